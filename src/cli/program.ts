import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { SlipwayError, type Diagnostic } from '../errors/diagnostic.js';
import type { CommandContext, Outcome } from '../commands/outcome.js';
import { renderDiagnostic, type Terminal } from './terminal.js';

export interface CliRun {
  ctx: CommandContext;
  term: Terminal;
}

type Runner = () => Promise<Outcome>;

/**
 * Commands load their modules on use, so that `slipway --version` and `--help` start without the YAML, schema and
 * HTTP libraries.
 */
export function buildProgram(run: CliRun, done: (code: number) => void): Command {
  const program = new Command('slipway')
    .description('Release toolkit for infrastructure projects: plan, build, check and publish a release from compatibility.yaml.')
    .version(pkg.version, '-V, --version', 'print the version of slipway')
    .option('--no-color', 'never colour the output')
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (s) => run.term.out(s.replace(/\n$/, '')), writeErr: (s) => run.term.err(s.replace(/\n$/, '')) })
    .exitOverride();

  const execute = async (json: boolean, runner: Runner) => {
    done(await perform(run, json, runner));
  };

  const config = () => new Option('-c, --config <file>', 'the compatibility file').default('compatibility.yaml');
  const json = () => new Option('--json', 'print the result as JSON');

  program
    .command('validate')
    .description('check compatibility.yaml: schema, names, versions, ranges and every requirement')
    .addOption(config())
    .addOption(json())
    .action((o: { config: string; json?: boolean }) =>
      execute(Boolean(o.json), async () => (await import('../commands/validate.js')).validate(run.ctx, { config: o.config })));

  program
    .command('plan')
    .description('print the release plan: the version and the jobs of each kind, ready for a workflow matrix')
    .addOption(config())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'markdown']).default('json'))
    .option('--version <version>', 'the release version, instead of the release event, the pushed tag or git describe')
    .addOption(json())
    .action((o: { config: string; format: 'json' | 'markdown'; version?: string; json?: boolean }) =>
      execute(Boolean(o.json), async () =>
        (await import('../commands/plan.js')).plan(run.ctx, { config: o.config, format: o.format, ...(o.version ? { version: o.version } : {}) })));

  program
    .command('matrix')
    .description('print the compatibility table: each component against what it requires')
    .addOption(config())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['markdown', 'json']).default('markdown'))
    .addOption(json())
    .action((o: { config: string; format: 'json' | 'markdown'; json?: boolean }) =>
      execute(Boolean(o.json), async () => (await import('../commands/matrix.js')).matrix(run.ctx, { config: o.config, format: o.format })));

  program
    .command('check')
    .description('is this set of installed versions compatible with the release? (exit 1 with the conflicts)')
    .argument('<name=version...>', 'installed components and platforms, e.g. kubernetes=1.30.4 api=1.3.2')
    .addOption(config())
    .addOption(json())
    .action((installed: string[], o: { config: string; json?: boolean }) =>
      execute(Boolean(o.json), async () => (await import('../commands/check.js')).check(run.ctx, { config: o.config, installed })));

  program
    .command('list')
    .description('list the components of the release')
    .addOption(config())
    .addOption(json())
    .action((o: { config: string; json?: boolean }) =>
      execute(Boolean(o.json), async () => (await import('../commands/list.js')).list(run.ctx, { config: o.config })));

  program
    .command('show')
    .description('show one component: version, sources, requirements, who requires it, its bundles')
    .argument('<component>', 'the component name')
    .addOption(config())
    .addOption(json())
    .action((component: string, o: { config: string; json?: boolean }) =>
      execute(Boolean(o.json), async () => (await import('../commands/list.js')).show(run.ctx, { config: o.config, component })));

  program
    .command('bundle')
    .description('build the reproducible bundles of the release (.tar.gz, .zip), with manifest.yaml and SHA256SUMS')
    .addOption(config())
    .requiredOption('-o, --out <dir>', 'the release folder to write into')
    .option('--version <version>', 'the release version, instead of the release event, the pushed tag or git describe')
    .option('-b, --bundle <name...>', 'only these bundles')
    .option('--format <formats>', 'archive format: tar.gz, zip, or tar.gz,zip for both', 'tar.gz')
    .option('--level <n>', 'compression level (gzip and zip deflate), 1 (fast) to 9 (small)', (v) => Number(v))
    .option('--replace', 'replace a bundle of the folder that was built from other sources')
    .option('--dry-run', 'print what would be built, build nothing')
    .addOption(json())
    .action((o: { config: string; out: string; version?: string; bundle?: string[]; format: string; level?: number; replace?: boolean; dryRun?: boolean; json?: boolean }) =>
      execute(Boolean(o.json), async () =>
        (await import('../commands/bundle.js')).bundle(run.ctx, {
          config: o.config,
          out: o.out,
          ...(o.version ? { version: o.version } : {}),
          ...(o.bundle ? { bundles: o.bundle } : {}),
          formats: [o.format],
          ...(o.level !== undefined ? { level: o.level } : {}),
          replace: Boolean(o.replace),
          dryRun: Boolean(o.dryRun),
        })));

  program
    .command('verify')
    .description('check a release folder offline: SHA256SUMS, manifest.yaml and every file inside each bundle (exit 1 naming each problem)')
    .argument('<dir>', 'the release folder')
    .addOption(json())
    .action((dir: string, o: { json?: boolean }) =>
      execute(Boolean(o.json), async () => (await import('../commands/verify.js')).verify(run.ctx, { dir })));

  program
    .command('extract')
    .description('unpack a bundle safely into a new folder (refuses absolute paths, "..", escaping links and devices)')
    .argument('<file>', 'the .tar.gz bundle')
    .requiredOption('-d, --dest <dir>', 'the folder to create')
    .addOption(json())
    .action((file: string, o: { dest: string; json?: boolean }) =>
      execute(Boolean(o.json), async () => (await import('../commands/extract.js')).extract(run.ctx, { file, dest: o.dest })));

  const chart = program.command('chart').description('Helm charts: lint, package, index, publish to GitHub Pages and push to OCI registries');

  chart
    .command('lint')
    .description("check charts (folders or .tgz) as Helm loads and lints them")
    .argument('<path...>', 'chart folders or archives')
    .option('--strict', 'fail on warnings too')
    .addOption(json())
    .action((paths: string[], o: { strict?: boolean; json?: boolean }) =>
      execute(Boolean(o.json), async () => (await import('../commands/chart.js')).chartLint(run.ctx, { paths, strict: Boolean(o.strict) })));

  chart
    .command('package')
    .description('package chart folders as reproducible <name>-<version>.tgz (mtime from SOURCE_DATE_EPOCH or the last commit)')
    .argument('<path...>', 'chart folders')
    .option('-o, --out <dir>', 'where to write the packages (default: DIR/charts with --release, else .)')
    .option('--release <dir>', 'a release folder made by slipway bundle: the packages join its manifest.yaml and SHA256SUMS')
    .addOption(json())
    .action((paths: string[], o: { out?: string; release?: string; json?: boolean }) =>
      execute(Boolean(o.json), async () =>
        (await import('../commands/chart.js')).chartPackage(run.ctx, { paths, ...(o.out ? { out: o.out } : {}), ...(o.release ? { release: o.release } : {}) })));

  chart
    .command('index')
    .description('write DIR/index.yaml for the packages in DIR, merged into the existing index (created dates kept, published versions immutable)')
    .argument('<dir>', 'the folder of .tgz packages')
    .option('--url <url>', 'the URL the packages are served from')
    .option('--merge <file>', 'merge into this index instead of DIR/index.yaml')
    .option('--force', 'replace a published version whose package changed')
    .option('--prune <rule>', 'keep N newest versions per chart, or drop versions created before a date (YYYY-MM-DD)')
    .option('--dry-run', 'print what would change, write nothing')
    .addOption(json())
    .action((dir: string, o: { url?: string; merge?: string; force?: boolean; prune?: string; dryRun?: boolean; json?: boolean }) =>
      execute(Boolean(o.json), async () =>
        (await import('../commands/chart.js')).chartIndex(run.ctx, {
          dir,
          ...(o.url ? { url: o.url } : {}),
          ...(o.merge ? { merge: o.merge } : {}),
          force: Boolean(o.force),
          ...(o.prune ? { prune: o.prune } : {}),
          dryRun: Boolean(o.dryRun),
        })));

  chart
    .command('publish')
    .description('publish the charts of compatibility.yaml: new versions as GitHub releases (or beside the index), merged into the index on the Pages branch')
    .addOption(config())
    .option('--chart <name...>', 'only these chart components')
    .addOption(new Option('--mode <mode>', 'where packages go').choices(['releases', 'packages-with-index']).default('releases'))
    .option('--remote <url>', 'the git remote of the Pages branch (default: the GitHub repository of compatibility.yaml)')
    .option('--branch <name>', 'the Pages branch (default: targets.pages.branch, else gh-pages)')
    .option('--path <dir>', 'the folder of index.yaml in the branch (default: targets.pages.path)')
    .option('--url <url>', 'the URL Pages serves that folder at (default: targets.pages.url)')
    .option('--release-name <template>', 'release name and tag, from {name} and {version}', '{name}-{version}')
    .option('-o, --out <dir>', 'where to write the packages', '.slipway/charts')
    .option('--force', 'replace a published version whose package changed')
    .option('--dry-run', 'print the plan, publish nothing')
    .addOption(json())
    .action((o: { config: string; chart?: string[]; mode: 'releases' | 'packages-with-index'; remote?: string; branch?: string; path?: string; url?: string; releaseName: string; out: string; force?: boolean; dryRun?: boolean; json?: boolean }) =>
      execute(Boolean(o.json), async () =>
        (await import('../commands/chart-publish.js')).chartPublish(run.ctx, {
          config: o.config,
          ...(o.chart ? { charts: o.chart } : {}),
          mode: o.mode,
          ...(o.remote ? { remote: o.remote } : {}),
          ...(o.branch ? { branch: o.branch } : {}),
          ...(o.path ? { path: o.path } : {}),
          ...(o.url ? { url: o.url } : {}),
          releaseName: o.releaseName,
          out: o.out,
          force: Boolean(o.force),
          dryRun: Boolean(o.dryRun),
        })));

  chart
    .command('push')
    .description('push chart packages to an OCI registry as Helm does (config and content media types), tag = chart version')
    .argument('<target>', 'oci://REGISTRY/NAMESPACE')
    .argument('[paths...]', 'packages (.tgz) or chart folders (default: the chart components of compatibility.yaml)')
    .addOption(config())
    .option('-o, --out <dir>', 'where to write packages made from folders', '.slipway/charts')
    .option('--force', 'move a tag that holds another package')
    .option('--insecure', 'allow plain HTTP or unverified TLS for a registry that is not on this machine')
    .option('--dry-run', 'say what would be pushed, push nothing')
    .addOption(json())
    .action((target: string, paths: string[], o: { config: string; out: string; force?: boolean; insecure?: boolean; dryRun?: boolean; json?: boolean }) =>
      execute(Boolean(o.json), async () =>
        (await import('../commands/chart.js')).chartPush(run.ctx, { target, paths, config: o.config, out: o.out, force: Boolean(o.force), insecure: Boolean(o.insecure), dryRun: Boolean(o.dryRun) })));

  const image = program.command('image').description('container images: compute tags, push OCI layouts and docker-save archives, promote between repositories');
  const latestOption = () => new Option('--latest <mode>', 'move "latest": auto (only for the highest stable version), always, never').choices(['auto', 'always', 'never']).default('auto');
  const progress = (line: string) => run.term.err(line);

  image
    .command('push')
    .description('push an image (or a multi-platform index) to a registry, with the tags and annotations of the release')
    .argument('<source>', 'oci:DIR[:REF] (an OCI layout) or docker-archive:FILE[:NAME:TAG] (docker save)')
    .requiredOption('--to <image>', 'REGISTRY/REPOSITORY[:TAG], e.g. ghcr.io/acme/api')
    .option('--version <version>', 'the release version: tags X.Y.Z, X.Y, X (and latest)')
    .addOption(latestOption())
    .option('--sha <commit>', 'also tag sha-<7 hex digits>')
    .option('--title <title>', 'the org.opencontainers.image.title annotation')
    .option('--licenses <spdx>', 'the org.opencontainers.image.licenses annotation')
    .option('--source-url <url>', 'the org.opencontainers.image.source annotation (default: the workflow repository)')
    .option('--revision <commit>', 'the org.opencontainers.image.revision annotation (default: GITHUB_SHA)')
    .option('--insecure', 'allow plain HTTP and unverified TLS (always allowed for a registry on this machine)')
    .option('--dry-run', 'print the plan (digest, tags, annotations), push nothing')
    .addOption(json())
    .action((source: string, o: { to: string; version?: string; latest: string; sha?: string; title?: string; licenses?: string; sourceUrl?: string; revision?: string; insecure?: boolean; dryRun?: boolean; json?: boolean }) =>
      execute(Boolean(o.json), async () =>
        (await import('../commands/image.js')).imagePush(run.ctx, {
          source,
          to: o.to,
          ...(o.version ? { version: o.version } : {}),
          latest: o.latest,
          ...(o.sha ? { sha: o.sha } : {}),
          ...(o.title ? { title: o.title } : {}),
          ...(o.licenses ? { licenses: o.licenses } : {}),
          ...(o.sourceUrl ? { sourceUrl: o.sourceUrl } : {}),
          ...(o.revision ? { revision: o.revision } : {}),
          insecure: Boolean(o.insecure),
          dryRun: Boolean(o.dryRun),
          log: progress,
        })));

  image
    .command('tags')
    .description('print the tags a version gets (and those held back, and why) and the annotations')
    .requiredOption('--version <version>', 'the release version')
    .addOption(latestOption())
    .option('--sha <commit>', 'also tag sha-<7 hex digits>')
    .option('--image <image>', 'REGISTRY/REPOSITORY whose current tags decide whether floating tags move')
    .option('--insecure', 'allow plain HTTP and unverified TLS')
    .addOption(json())
    .action((o: { version: string; latest: string; sha?: string; image?: string; insecure?: boolean; json?: boolean }) =>
      execute(Boolean(o.json), async () =>
        (await import('../commands/image.js')).imageTags(run.ctx, {
          version: o.version,
          latest: o.latest,
          ...(o.sha ? { sha: o.sha } : {}),
          ...(o.image ? { image: o.image } : {}),
          insecure: Boolean(o.insecure),
        })));

  image
    .command('promote')
    .description('copy an image or index, unchanged, to other repositories or registries and tag it (blobs mounted where possible)')
    .argument('<source>', 'docker://REGISTRY/REPOSITORY:TAG or @sha256:...')
    .requiredOption('--to <image...>', 'docker://REGISTRY/REPOSITORY[:TAG], one or more')
    .option('--version <version>', 'compute the tags of this version for each destination')
    .addOption(latestOption())
    .option('--sha <commit>', 'also tag sha-<7 hex digits>')
    .option('--insecure', 'allow plain HTTP and unverified TLS')
    .option('--dry-run', 'print what would be copied and tagged, write nothing')
    .addOption(json())
    .action((source: string, o: { to: string[]; version?: string; latest: string; sha?: string; insecure?: boolean; dryRun?: boolean; json?: boolean }) =>
      execute(Boolean(o.json), async () =>
        (await import('../commands/image.js')).imagePromote(run.ctx, {
          source,
          to: o.to,
          ...(o.version ? { version: o.version } : {}),
          latest: o.latest,
          ...(o.sha ? { sha: o.sha } : {}),
          insecure: Boolean(o.insecure),
          dryRun: Boolean(o.dryRun),
          log: progress,
        })));

  const msi = program.command('msi').description('Windows installers: generate the WiX sources of installer components and build, sign and check the MSIs');
  const msiOptions = (c: Command) =>
    c
      .addOption(config())
      .requiredOption('-o, --out <dir>', 'where the sources (one folder per installer) and the MSIs go')
      .option('--component <name>', 'only this installer component')
      .option('--version <version>', 'the release version, instead of the release event, the pushed tag or git describe')
      .option('--dry-run', 'print what would be generated (and built), write nothing')
      .addOption(json());
  type MsiCli = { config: string; out: string; component?: string; version?: string; dryRun?: boolean; json?: boolean };
  const common = (o: MsiCli) => ({
    config: o.config,
    out: o.out,
    ...(o.component ? { component: o.component } : {}),
    ...(o.version ? { version: o.version } : {}),
    ...(o.dryRun ? { dryRun: true } : {}),
  });
  msiOptions(msi.command('generate').description('write the WiX sources: WiX v4+ (.wxs, .wixproj, build.cmd) and the dialect of wixl'))
    .action((o: MsiCli) => execute(Boolean(o.json), async () => (await import('../commands/msi.js')).msiGenerate(run.ctx, common(o))));
  msiOptions(msi.command('build').description('generate, then build each MSI (wixl on Linux, wix on Windows), check its tables, sign and verify it, and list it in OUT/manifest.yaml and OUT/SHA256SUMS'))
    .option('--sources <dir>', 'where the WiX sources go (default: OUT/msi-sources)')
    .addOption(new Option('--toolchain <tool>', 'the builder (default: wix on Windows, wixl elsewhere)').choices(['wixl', 'wix']))
    .option('--accept-wix-eula <id>', 'accept the WiX OSMF EULA (e.g. wix7) for WiX v7 and later: only if you have read and accept it')
    .option('--pfx <file>', 'sign with this PKCS#12 certificate (password: SLIPWAY_SIGN_PASSWORD)')
    .option('--cert <file>', 'sign with this PEM certificate (with --key)')
    .option('--key <file>', 'the PEM key of --cert (password, if any: SLIPWAY_SIGN_PASSWORD)')
    .option('--timestamp-url <url>', 'an RFC 3161 timestamp server for the signature')
    .option('--sign-ca <file>', 'trusted roots (PEM) to verify the signature against, for a private CA')
    .option('--force', 'replace an MSI that Slipway did not build')
    .action((o: MsiCli & { sources?: string; toolchain?: 'wixl' | 'wix'; acceptWixEula?: string; pfx?: string; cert?: string; key?: string; timestampUrl?: string; signCa?: string; force?: boolean }) =>
      execute(Boolean(o.json), async () => {
        const password = run.ctx.env.SLIPWAY_SIGN_PASSWORD;
        return (await import('../commands/msi.js')).msiBuild(run.ctx, {
          ...common(o),
          ...(o.sources ? { sources: o.sources } : {}),
          ...(o.toolchain ? { toolchain: o.toolchain } : {}),
          ...(o.acceptWixEula ? { acceptWixEula: o.acceptWixEula } : {}),
          signing: {
            ...(o.pfx ? { pfx: o.pfx } : {}),
            ...(o.cert ? { cert: o.cert } : {}),
            ...(o.key ? { key: o.key } : {}),
            ...(password ? { password } : {}),
            ...(o.timestampUrl ? { timestampUrl: o.timestampUrl } : {}),
            ...(o.signCa ? { caFile: o.signCa } : {}),
          },
          ...(o.force ? { force: true } : {}),
        });
      }));

  program
    .command('publish')
    .description('put a release folder on the GitHub release of a tag (draft first, idempotent by digest), or lay it out in a folder with --to')
    .argument('<dir>', 'the release folder (made by slipway bundle)')
    .option('-t, --tag <tag>', 'the release tag (default: the tag in manifest.yaml)')
    .option('-r, --repo <owner/name>', 'the GitHub repository (default: GITHUB_REPOSITORY, then manifest.yaml)')
    .option('--to <dir>', 'a local folder instead of GitHub: the release goes to <dir>/<tag>/')
    .option('--publish', 'publish the draft once every asset is in place')
    .option('--replace', 'on a draft, replace assets whose bytes differ')
    .option('--dry-run', 'print what would be uploaded, change nothing')
    .addOption(json())
    .action((dir: string, o: { tag?: string; repo?: string; to?: string; publish?: boolean; replace?: boolean; dryRun?: boolean; json?: boolean }) =>
      execute(Boolean(o.json), async () =>
        (await import('../commands/publish.js')).publish(run.ctx, {
          dir,
          ...(o.tag ? { tag: o.tag } : {}),
          ...(o.repo ? { repo: o.repo } : {}),
          ...(o.to ? { to: o.to } : {}),
          publish: Boolean(o.publish),
          replace: Boolean(o.replace),
          dryRun: Boolean(o.dryRun),
          log: (m) => run.term.err(m),
        })));

  program
    .command('download')
    .description('download a release (from GitHub, or --from a copied folder), verifying every file before it is kept')
    .requiredOption('-d, --dest <dir>', 'the folder to download into')
    .option('-r, --repo <owner/name>', 'the GitHub repository (default: GITHUB_REPOSITORY)')
    .option('-t, --tag <tag>', 'the release tag')
    .option('-b, --bundle <name...>', 'only these bundles (manifest.yaml and SHA256SUMS always come)')
    .option('--format <formats>', 'only these archive formats of the bundles: tar.gz, zip or tar.gz,zip (default: every format the release has)')
    .option('--from <dir>', 'a release folder instead of GitHub: <dir>/<tag>/ as written by publish --to, or a copied release folder')
    .addOption(json())
    .action((o: { dest: string; repo?: string; tag?: string; bundle?: string[]; format?: string; from?: string; json?: boolean }) =>
      execute(Boolean(o.json), async () =>
        (await import('../commands/download.js')).download(run.ctx, {
          dest: o.dest,
          ...(o.repo ? { repo: o.repo } : {}),
          ...(o.tag ? { tag: o.tag } : {}),
          ...(o.bundle ? { bundles: o.bundle } : {}),
          ...(o.format ? { formats: [o.format] } : {}),
          ...(o.from ? { from: o.from } : {}),
          log: (m) => run.term.err(m),
        })));

  return program;
}

async function perform(run: CliRun, json: boolean, runner: Runner): Promise<number> {
  try {
    const outcome = await runner();
    if (json) run.term.out(JSON.stringify(outcome.data, null, 2));
    else if (outcome.text) run.term.out(outcome.text);
    for (const f of outcome.findings ?? []) run.term.err(renderDiagnostic(f, run.term.color));
    return outcome.exitCode;
  } catch (e) {
    return reportFailure(run, json, e);
  }
}

export function reportFailure(run: CliRun, json: boolean, e: unknown): number {
  if (e instanceof SlipwayError) {
    if (json) run.term.out(JSON.stringify({ ok: false, errors: e.diagnostics }, null, 2));
    else for (const d of e.diagnostics) run.term.err(renderDiagnostic(d, run.term.color));
    return e.exitCode;
  }
  if (e instanceof CommanderError) {
    // Help and --version end the program through commander's exitOverride with code 0.
    if (e.exitCode === 0) return 0;
    return 2;
  }
  // A bug, not bad input: say so plainly, keep the stack for those who ask for it.
  const message = e instanceof Error ? e.message : String(e);
  const internal: Diagnostic = { code: 'internal', message: `internal error: ${message}`, hint: 'please report it; set SLIPWAY_DEBUG=1 for details' };
  run.term.err(renderDiagnostic(internal, run.term.color));
  if (run.ctx.env.SLIPWAY_DEBUG && e instanceof Error && e.stack) run.term.err(e.stack);
  return 1;
}
