import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as documents from '../../src/bundle/document-validators.js';
import * as matrix from '../../src/matrix/schema-validator.js';
import { ROOT } from '../helpers/run-cli.js';

/*
 * The bundle precompiles each validator from the schema file that its module's SCHEMAS names (scripts/build.mjs); from
 * source, the module compiles the schema it imports. Both must be the same schema, or the CLI and the tests would
 * check different things.
 */
describe('the validators the bundle precompiles', () => {
  for (const [label, mod] of [['compatibility.yaml', matrix], ['manifest.yaml and bundle.yaml', documents]] as const) {
    it(`name the schema files they compile, for ${label}`, () => {
      const schemas = Object.entries(mod.SCHEMAS);
      expect(schemas.length).toBeGreaterThan(0);
      for (const [name, file] of schemas) {
        const validator = (mod as unknown as Record<string, () => { schema: unknown }>)[name]!;
        expect({ name, schema: validator().schema }).toEqual({ name, schema: JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) });
      }
    });
  }
});
