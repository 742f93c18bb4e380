// Bundles the CLI and the Action entry into dist/ (committed: the Action runs it without installing anything).
// Code splitting keeps `slipway --version` from loading the libraries that only some commands need.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'dist');

/**
 * compatibility.yaml's validator, compiled now rather than at every start (ajv's compile costs ~100 ms, the check
 * well under 1 ms): ajv's standalone code takes the place of src/matrix/schema-validator.ts in the bundle, with the
 * options that module declares, so that the tests from source and the bundle validate alike.
 */
const precompiledSchema = {
  name: 'precompiled-schema',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]matrix[\\/]schema-validator\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const literal = (name) => {
        const m = new RegExp(`export const ${name} = ([^;]+?)(?: as const)?;`).exec(source);
        if (!m) throw new Error(`${args.path}: no ${name} to precompile the schema with`);
        return new Function(`return (${m[1]});`)();
      };
      const [{ Ajv, _ }, { default: addFormats }, { default: standaloneCode }] = await Promise.all([
        import('ajv'),
        import('ajv-formats'),
        import('ajv/dist/standalone/index.js'),
      ]);
      const schema = JSON.parse(await readFile(path.join(root, 'schema/compatibility.schema.json'), 'utf8'));
      const ajv = new Ajv({ ...literal('AJV_OPTIONS'), code: { source: true, esm: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } });
      addFormats(ajv, literal('FORMATS'));
      const validate = ajv.compile(schema);
      const contents = `${standaloneCode(ajv, validate)}\nexport function compatibilityValidator() { return validate; }\n`;
      return { contents, loader: 'js', resolveDir: root };
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
  plugins: [precompiledSchema],
  // CommonJS dependencies call require(); an ES module bundle has to provide it.
  banner: { js: "import { createRequire as __slipwayCreateRequire } from 'node:module';\nconst require = __slipwayCreateRequire(import.meta.url);" },
});
