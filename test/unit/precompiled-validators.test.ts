import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as documents from '../../src/bundle/document-validators.js';
import documentSettings from '../../src/bundle/document-validators.settings.json' with { type: 'json' };
import * as matrix from '../../src/matrix/schema-validator.js';
import matrixSettings from '../../src/matrix/schema-validator.settings.json' with { type: 'json' };
import { ROOT } from '../helpers/run-cli.js';

/*
 * The bundle precompiles each validator from the schema file that its module's settings name (scripts/build.mjs); from
 * source, the module compiles the schema it imports. Both must be the same schema, or the CLI and the tests would
 * check different things.
 */
describe('the validators the bundle precompiles', () => {
  for (const [label, mod, settings] of [['compatibility.yaml', matrix, matrixSettings], ['manifest.yaml and bundle.yaml', documents, documentSettings]] as const) {
    it(`name the schema files they compile, for ${label}`, () => {
      const schemas: [string, string][] = Object.entries(settings.schemas);
      expect(schemas.length).toBeGreaterThan(0);
      for (const [name, file] of schemas) {
        const validator = (mod as unknown as Record<string, () => { schema: unknown }>)[name]!;
        expect({ name, schema: validator().schema }).toEqual({ name, schema: JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) });
      }
    });
  }
});
