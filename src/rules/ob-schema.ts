import { defineRule } from './types.js';

/** Reported by `validate` and export's own check: a 3.0 document against badgemap's 3.0 schema. */
export const obSchemaRule = defineRule({
  id: 'ob-schema',
  defaultSeverity: 'error',
  description: 'An Open Badges 3.0 document that breaks the 3.0 schema: a missing property, a wrong type, a value outside a vocabulary.',
  defaultOptions: {},
  messages: {
    required: 'Missing required property "{field}".',
    type: '"{field}" must be {expected}, not {actual}.{hint}',
    contains: '"{field}" must include "{value}".',
    const: '"{field}" must be "{expected}", not {actual}.',
    enum: '"{field}" cannot be {actual}: use one of {allowed}.',
    vocabulary: '"{field}" cannot be "{value}": use one of the {count} values the specification lists, such as {examples}, or an "ext:" name.{hint}',
    pattern: '"{field}" must be {expected}, not "{value}".',
    format: '"{field}" must be {expected}, not "{value}".',
    closed: 'Unknown property "{field}": {owner} allows only {allowed}.',
    minItems: '"{field}" must have at least {limit}.',
    invalid: '"{field}" is invalid: {reason}.',
  },
});
