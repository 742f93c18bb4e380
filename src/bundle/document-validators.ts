import { Ajv, type ValidateFunction } from 'ajv';
import bundleSchema from '../../schema/bundle.schema.json' with { type: 'json' };
import manifestSchema from '../../schema/release-manifest.schema.json' with { type: 'json' };

/*
 * The validators of manifest.yaml and bundle.yaml, compiled from their published schemas when first asked for. As for
 * compatibility.yaml (src/matrix/schema-validator.ts), the bundle that users run carries ajv's standalone code for the
 * schemas named in SCHEMAS, built with AJV_OPTIONS, in place of this module: nothing is compiled at run time.
 */
export const AJV_OPTIONS = { allErrors: true, strict: false } as const;
/** Each validator this module exports, and the schema file (from the repository root) it checks against. */
export const SCHEMAS = { manifestValidator: 'schema/release-manifest.schema.json', bundleIndexValidator: 'schema/bundle.schema.json' };

let ajv: Ajv | undefined;
const compiled = new Map<object, ValidateFunction>();

function validator(schema: object): ValidateFunction {
  ajv ??= new Ajv(AJV_OPTIONS);
  let v = compiled.get(schema);
  if (!v) compiled.set(schema, (v = ajv.compile(schema)));
  return v;
}

export function manifestValidator(): ValidateFunction {
  return validator(manifestSchema);
}

export function bundleIndexValidator(): ValidateFunction {
  return validator(bundleSchema);
}
