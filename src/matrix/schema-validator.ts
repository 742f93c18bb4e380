import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import schema from '../../schema/compatibility.schema.json' with { type: 'json' };
import settings from './schema-validator.settings.json' with { type: 'json' };

/*
 * The validator of compatibility.yaml, compiled from the published schema when first asked for. The bundle that users
 * run does not compile it at all: scripts/build.mjs puts ajv's standalone code for the schemas that
 * schema-validator.settings.json names, with its ajv options and formats, in place of this module (compiling costs
 * ~100 ms at every start, the check well under 1 ms). Those settings are data so that the build reads the very same.
 * strict: false lets the schema carry editor hints (patternErrorMessage) that ajv itself does not know.
 */

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv, formats?: string[]) => Ajv;

let compiled: ValidateFunction | undefined;

export function compatibilityValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv(settings.ajvOptions);
    addFormats(ajv, settings.formats);
    compiled = ajv.compile(schema);
  }
  return compiled;
}
