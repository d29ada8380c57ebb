import { defineRule } from './types.js';
import { SCHEMA_MESSAGES } from './schema-messages.js';

/** Reported by the loader, which validates every definition against its kind's JSON Schema. */
export const schemaRule = defineRule({
  id: 'schema',
  defaultSeverity: 'error',
  description: 'Definitions whose shape or types break the schema of their kind.',
  defaultOptions: {},
  messages: {
    ...SCHEMA_MESSAGES,
    nearMissKind: 'Unknown kind "{value}".{hint}',
    nearMissKey: 'Unknown key "{value}".{hint}',
    notMapping: 'A definition must be a mapping of fields, not {actual}.',
    level: '"{field}" cannot be "{value}": use {allowed}.{hint}',
    date: '"{field}" is not a real date: "{value}".',
  },
});
