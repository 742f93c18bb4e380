import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { relativePosix } from '../util/relative-path.js';
import * as core from '@actions/core';
import type { CommandContext, Outcome } from '../commands/outcome.js';
import { formatDiagnostic, SlipwayError, type Diagnostic } from '../errors/diagnostic.js';
import { REGISTRY_SECRET_VARIABLES } from '../oci/registry-secrets.js';
import { readInputs, type ActionInputs } from './inputs.js';

/**
 * The Action face: inputs in, the same commands as the CLI, outputs, a job summary and annotations out. A bad input
 * fails the step with one annotation per problem, pointing at the file and line.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  let cwd = workspace;
  try {
    // Registry credentials are masked before anything can print them, whatever the command.
    for (const name of REGISTRY_SECRET_VARIABLES) if (env[name]) core.setSecret(env[name]);
    const inputs = readInputs();
    cwd = path.resolve(workspace, inputs.workingDirectory);
    const ctx: CommandContext = { cwd, env };
    const outcome = await dispatch(ctx, inputs);
    for (const [name, value] of Object.entries(outcome.outputs ?? {})) core.setOutput(name, value);
    core.setOutput('result', JSON.stringify(outcome.data));
    if (outcome.text) core.info(outcome.text);
    for (const f of outcome.findings ?? []) annotate(f, ctx.cwd, workspace);
    // Appended directly: core.summary remembers the first file it saw for the life of the process.
    if (inputs.summary && outcome.markdown && env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, `${outcome.markdown}\n`);
    if (outcome.exitCode !== 0) core.setFailed(outcome.text.split('\n')[0] ?? 'failed');
  } catch (e) {
    if (e instanceof SlipwayError) {
      for (const d of e.diagnostics) annotate(d, cwd, workspace);
      core.setFailed(e.diagnostics.length === 1 ? formatDiagnostic(e.diagnostics[0]!) : `${e.diagnostics.length} problems, see the annotations`);
    } else {
      core.setFailed(`internal error: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

async function dispatch(ctx: CommandContext, i: ActionInputs): Promise<Outcome> {
  const config = i.config;
  switch (i.command) {
    case 'validate':
      return (await import('../commands/validate.js')).validate(ctx, { config });
    case 'plan':
      return (await import('../commands/plan.js')).plan(ctx, { config, format: i.format, ...(i.version ? { version: i.version } : {}) });
    case 'matrix':
      return (await import('../commands/matrix.js')).matrix(ctx, { config, format: i.format });
    case 'check':
      return (await import('../commands/check.js')).check(ctx, { config, installed: i.installed });
    case 'list':
      return (await import('../commands/list.js')).list(ctx, { config });
    case 'show':
      if (!i.component) throw new SlipwayError({ code: 'usage', message: 'command "show" needs the input "component"' }, 2);
      return (await import('../commands/list.js')).show(ctx, { config, component: i.component });
    case 'bundle':
      return (await import('../commands/bundle.js')).bundle(ctx, { config, out: i.dir, ...(i.version ? { version: i.version } : {}), bundles: i.bundles, formats: i.bundleFormats, replace: i.replace, dryRun: i.dryRun });
    case 'verify':
      return (await import('../commands/verify.js')).verify(ctx, { dir: i.dir });
    case 'extract':
      if (!i.file || !i.dest) throw new SlipwayError({ code: 'usage', message: 'command "extract" needs the inputs "file" and "dest"' }, 2);
      return (await import('../commands/extract.js')).extract(ctx, { file: i.file, dest: i.dest });
    case 'publish':
      return (await import('../commands/publish.js')).publish(ctx, {
        dir: i.dir,
        ...(i.tag ? { tag: i.tag } : {}),
        ...(i.repo ? { repo: i.repo } : {}),
        ...(i.to ? { to: i.to } : {}),
        ...(i.token ? { token: i.token } : {}),
        publish: i.publish,
        replace: i.replace,
        dryRun: i.dryRun,
        log: (m) => core.warning(m),
      });
    case 'download':
      return (await import('../commands/download.js')).download(ctx, {
        dest: i.dir,
        ...(i.tag ? { tag: i.tag } : {}),
        ...(i.repo ? { repo: i.repo } : {}),
        ...(i.from ? { from: i.from } : {}),
        ...(i.token ? { token: i.token } : {}),
        bundles: i.bundles,
        formats: i.bundleFormats,
        log: (m) => core.warning(m),
      });
    case 'chart-lint':
      return (await import('../commands/chart.js')).chartLint(ctx, { paths: i.chart.paths, strict: i.chart.strict });
    case 'chart-package':
      return (await import('../commands/chart.js')).chartPackage(ctx, { paths: i.chart.paths, ...(i.chart.release ? { release: i.chart.release } : { out: i.dir }) });
    case 'chart-index':
      return (await import('../commands/chart.js')).chartIndex(ctx, {
        dir: i.dir,
        ...(i.chart.url ? { url: i.chart.url } : {}),
        ...(i.chart.merge ? { merge: i.chart.merge } : {}),
        ...(i.chart.prune ? { prune: i.chart.prune } : {}),
        force: i.chart.force,
        dryRun: i.dryRun,
      });
    case 'chart-publish':
      // The token reaches git and the GitHub API through the environment of the command, never its arguments.
      return (await import('../commands/chart-publish.js')).chartPublish(
        { ...ctx, env: { ...ctx.env, ...(i.token ? { GITHUB_TOKEN: i.token } : {}) } },
        {
          config: i.config,
          ...(i.chart.charts.length ? { charts: i.chart.charts } : {}),
          mode: i.chart.mode,
          ...(i.chart.remote ? { remote: i.chart.remote } : {}),
          ...(i.chart.branch ? { branch: i.chart.branch } : {}),
          ...(i.chart.pagesPath ? { path: i.chart.pagesPath } : {}),
          ...(i.chart.url ? { url: i.chart.url } : {}),
          ...(i.chart.releaseName ? { releaseName: i.chart.releaseName } : {}),
          out: i.dir,
          force: i.chart.force,
          dryRun: i.dryRun,
        },
      );
    case 'chart-push':
      if (!i.chart.oci) throw new SlipwayError({ code: 'usage', message: 'command "chart-push" needs the input "oci" (oci://REGISTRY/NAMESPACE)' }, 2);
      return (await import('../commands/chart.js')).chartPush(
        { ...ctx, env: { ...ctx.env, ...(i.token ? { GITHUB_TOKEN: i.token } : {}) } },
        { target: i.chart.oci, paths: i.chart.paths, config: i.config, out: i.dir, force: i.chart.force, dryRun: i.dryRun },
      );
    case 'msi-generate':
      return (await import('../commands/msi.js')).msiGenerate(ctx, msiOptions(i));
    case 'msi-build': {
      const { withCertificate } = await import('./certificate.js');
      return withCertificate(i.msi, ctx.env, async (pfx) =>
        (await import('../commands/msi.js')).msiBuild(ctx, {
          ...msiOptions(i),
          ...(i.msi.sources ? { sources: i.msi.sources } : {}),
          ...(i.msi.toolchain ? { toolchain: i.msi.toolchain } : {}),
          ...(i.msi.acceptWixEula ? { acceptWixEula: i.msi.acceptWixEula } : {}),
          signing: {
            ...(pfx ? { pfx } : {}),
            ...(i.msi.password ? { password: i.msi.password } : {}),
            ...(i.msi.timestampUrl ? { timestampUrl: i.msi.timestampUrl } : {}),
            ...(i.msi.signCa ? { caFile: i.msi.signCa } : {}),
          },
          ...(i.replace ? { force: true } : {}),
        }));
    }
    case 'image-push': {
      if (!i.image.source || i.image.to.length !== 1) throw new SlipwayError({ code: 'usage', message: 'command "image-push" needs the input "source" and one "to"' }, 2);
      const image = await import('../commands/image.js');
      return image.imagePush(ctx, {
        source: i.image.source,
        to: i.image.to[0]!,
        ...(i.version ? { version: i.version } : {}),
        ...(i.image.latest ? { latest: i.image.latest } : {}),
        ...(i.image.sha ? { sha: i.image.sha } : {}),
        ...(i.image.title ? { title: i.image.title } : {}),
        ...(i.image.licenses ? { licenses: i.image.licenses } : {}),
        insecure: i.image.insecure,
        dryRun: i.dryRun,
        log: (line) => core.info(line),
      });
    }
    case 'image-tags':
      if (!i.version) throw new SlipwayError({ code: 'usage', message: 'command "image-tags" needs the input "version"' }, 2);
      return (await import('../commands/image.js')).imageTags(ctx, {
        version: i.version,
        ...(i.image.latest ? { latest: i.image.latest } : {}),
        ...(i.image.sha ? { sha: i.image.sha } : {}),
        ...(i.image.to[0] ? { image: i.image.to[0] } : {}),
        insecure: i.image.insecure,
      });
    case 'image-promote':
      if (!i.image.source || i.image.to.length === 0) throw new SlipwayError({ code: 'usage', message: 'command "image-promote" needs the inputs "source" and "to"' }, 2);
      return (await import('../commands/image.js')).imagePromote(ctx, {
        source: i.image.source,
        to: i.image.to,
        ...(i.version ? { version: i.version } : {}),
        ...(i.image.latest ? { latest: i.image.latest } : {}),
        ...(i.image.sha ? { sha: i.image.sha } : {}),
        insecure: i.image.insecure,
        dryRun: i.dryRun,
        log: (line) => core.info(line),
      });
  }
}

function msiOptions(i: ActionInputs) {
  return { config: i.config, out: i.dir, ...(i.component ? { component: i.component } : {}), ...(i.version ? { version: i.version } : {}), dryRun: i.dryRun };
}

/** Annotations name files relative to the repository root, whatever the working directory of the step. */
function annotate(d: Diagnostic, cwd: string, workspace: string): void {
  const message = d.hint ? `${d.message} (hint: ${d.hint})` : d.message;
  const file = d.location ? relativePosix(workspace, path.resolve(cwd, d.location.file)) : undefined;
  core.error(message, {
    title: `slipway: ${d.code}`,
    ...(d.location ? { file, startLine: d.location.line, startColumn: d.location.col } : {}),
  });
}
