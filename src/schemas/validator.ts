/**
 * The one Ajv instance, configured for data read from YAML: every scalar arrives as a
 * string, and `coerceTypes` turns the ones typed as numbers or booleans into those.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

import type { JsonSchema } from './parts.js';

const ajv = new Ajv({
  allErrors: true,
  coerceTypes: true,
  allowUnionTypes: true,
  verbose: true,
  strict: true,
});

const compiled = new WeakMap<JsonSchema, ValidateFunction>();

export function validatorFor(schema: JsonSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    const { $id: _id, $schema: _schema, ...body } = schema;
    validate = ajv.compile(body);
    compiled.set(schema, validate);
  }
  return validate;
}

/** Validates in place (coercing types) and returns the errors, if any. */
export function validate(schema: JsonSchema, data: unknown): ErrorObject[] {
  const run = validatorFor(schema);
  return run(data) ? [] : [...(run.errors ?? [])];
}

export type { ErrorObject };
