import { Ajv, type ValidateFunction } from 'ajv';
import bundleSchema from '../../schema/bundle.schema.json' with { type: 'json' };
import manifestSchema from '../../schema/release-manifest.schema.json' with { type: 'json' };
import settings from './document-validators.settings.json' with { type: 'json' };

/*
 * The validators of manifest.yaml and bundle.yaml, compiled from their published schemas when first asked for. As for
 * compatibility.yaml (src/matrix/schema-validator.ts), the bundle that users run carries ajv's standalone code for the
 * schemas that document-validators.settings.json names, built with its ajv options, in place of this module: nothing
 * is compiled at run time.
 */

let ajv: Ajv | undefined;
const compiled = new Map<object, ValidateFunction>();

function validator(schema: object): ValidateFunction {
  ajv ??= new Ajv(settings.ajvOptions);
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
