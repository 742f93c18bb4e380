// Bundles the CLI and the Action entry into dist/ (committed: the Action runs it without installing anything).
// Code splitting keeps `slipway --version` from loading the libraries that only some commands need.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'dist');

/**
 * The validators of Slipway's documents (compatibility.yaml, manifest.yaml, bundle.yaml), compiled now rather than at
 * every start (ajv's compile costs ~100 ms for compatibility.yaml alone, a check well under 1 ms). In the bundle,
 * ajv's standalone code takes the place of each module below: the validators its `<module>.settings.json` names,
 * built with the ajv options and formats given there, which the module itself compiles with when run from source (the
 * tests): both validate alike.
 */
const PRECOMPILED = ['src/matrix/schema-validator.ts', 'src/bundle/document-validators.ts'];

const precompiledSchemas = {
  name: 'precompiled-schemas',
  setup(b) {
    const modules = PRECOMPILED.map((m) => path.join(root, m));
    b.onLoad({ filter: /[\\/]src[\\/].*validators?\.ts$/ }, async (args) => {
      if (!modules.includes(args.path)) return undefined;
      const settings = JSON.parse(await readFile(args.path.replace(/\.ts$/, '.settings.json'), 'utf8'));
      const [{ Ajv, _ }, { default: addFormats }, { default: standaloneCode }] = await Promise.all([
        import('ajv'),
        import('ajv-formats'),
        import('ajv/dist/standalone/index.js'),
      ]);
      const formats = settings.formats ?? [];
      const ajv = new Ajv({
        ...settings.ajvOptions,
        code: { source: true, esm: true, ...(formats.length ? { formats: _`require("ajv-formats/dist/formats").fullFormats` } : {}) },
      });
      if (formats.length) addFormats(ajv, formats);
      const exports = {};
      for (const [name, file] of Object.entries(settings.schemas)) {
        ajv.addSchema(JSON.parse(await readFile(path.join(root, file), 'utf8')), file);
        exports[`precompiled_${name}`] = file;
      }
      const functions = Object.keys(settings.schemas).map((name) => `export function ${name}() { return precompiled_${name}; }`);
      return { contents: `${standaloneCode(ajv, exports)}\n${functions.join('\n')}\n`, loader: 'js', resolveDir: root };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', action: 'src/action/entry.ts', 'verify-worker': 'src/bundle/verify-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // Runs on the machine's Node 20 and on the runner's node24.
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  minifySyntax: true,
  sourcemap: false,
  logLevel: 'warning',
  plugins: [precompiledSchemas],
  // CommonJS dependencies call require(); an ES module bundle has to provide it.
  banner: { js: "import { createRequire as __slipwayCreateRequire } from 'node:module';\nconst require = __slipwayCreateRequire(import.meta.url);" },
});
