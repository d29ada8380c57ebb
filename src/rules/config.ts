import { defineRule } from './types.js';
import { SCHEMA_MESSAGES } from './schema-messages.js';

/** Reported while loading `badgemap.yaml`; any finding of this rule ends the run with exit code 2. */
export const configRule = defineRule({
  id: 'config',
  defaultSeverity: 'error',
  description: 'A config file that does not parse or breaks its schema, or names an unknown rule.',
  defaultOptions: {},
  messages: {
    ...SCHEMA_MESSAGES,
    syntax: '{message}',
    notMapping: 'The config must be a mapping of settings, not {actual}.',
    extraDocument: 'The config must be a single YAML document.',
    sheetColumn: 'Sheet "{sheet}" has no column "{header}" for field "{field}".{hint}',
    sheetField: 'Sheet "{sheet}" is a {kind} sheet, which has no field "{field}". Its fields: {fields}.',
    sheetRequired: 'Sheet "{sheet}" has no column for required field "{field}". Map one under "columns", for example {field}: "Your header".',
  },
});
