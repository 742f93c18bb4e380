import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import schema from '../../schema/compatibility.schema.json' with { type: 'json' };

/*
 * The validator of compatibility.yaml, compiled from the published schema when first asked for. The bundle that users
 * run does not compile it at all: scripts/build.mjs puts ajv's standalone code for the schemas named in SCHEMAS, with
 * AJV_OPTIONS and FORMATS, in place of this module (compiling costs ~100 ms at every start, the check well under 1 ms).
 */

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv, formats?: string[]) => Ajv;

/** strict: false lets the schema carry editor hints (patternErrorMessage) that ajv itself does not know. */
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true } as const;
export const FORMATS = ['uri'];
/** Each validator this module exports, and the schema file (from the repository root) it checks against. */
export const SCHEMAS = { compatibilityValidator: 'schema/compatibility.schema.json' };

let compiled: ValidateFunction | undefined;

export function compatibilityValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv(AJV_OPTIONS);
    addFormats(ajv, FORMATS);
    compiled = ajv.compile(schema);
  }
  return compiled;
}
