/** Message templates shared by the `schema` and `config` rules, which both report Ajv errors. */
export const SCHEMA_MESSAGES = {
  required: 'Missing required field "{field}".',
  unknownField: 'Unknown field "{field}".{hint}',
  unknownRule: 'Unknown rule "{field}".{hint}',
  unknownOption: 'Rule "{rule}" has no option "{field}".{hint}',
  fixedSeverity: 'The severity of rule "{rule}" cannot be changed: its findings are always {expected}. Remove this setting.',
  type: '"{field}" must be {expected}, not {actual}.',
  enum: '"{field}" cannot be "{value}".{hint}',
  pattern: '"{field}" must be {expected}, not "{value}".',
  empty: '"{field}" must not be empty.',
  minimum: '"{field}" must be at least {limit}, not {value}.',
  finite: '"{field}" is a number too large to hold ({value}). Write a smaller number.',
  minItems: '"{field}" must list at least {limit}.',
  const: '"{field}" must be "{expected}" here, not "{value}".',
  invalid: '"{field}" is invalid: {reason}.',
} as const;

export type SchemaMessageId = keyof typeof SCHEMA_MESSAGES;
