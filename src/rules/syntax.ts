/** Rules reported by the parsers: input that cannot be read as YAML or CSV. */
import { defineRule } from './types.js';

export const yamlSyntaxRule = defineRule({
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: 'YAML that does not parse; the definitions of a broken document are not loaded.',
  defaultOptions: {},
  messages: { syntax: '{message}' },
});

export const duplicateKeyRule = defineRule({
  id: 'duplicate-key',
  defaultSeverity: 'error',
  description: 'A mapping that sets the same key twice; the later value replaces the earlier one.',
  defaultOptions: {},
  messages: { duplicate: 'Duplicate key "{key}"; the later value replaces the earlier one.' },
});

export const csvSyntaxRule = defineRule({
  id: 'csv-syntax',
  defaultSeverity: 'error',
  description: 'A sheet that cannot be read: malformed quoting, ragged records, an unreadable file.',
  defaultOptions: {},
  messages: {
    syntax: '{message}',
    ragged: 'The record has {count} cells but the header has {expected}.',
    unreadable: 'Cannot read sheet "{path}": {reason}.',
    unsupported: 'Cannot read sheet "{path}": {reason}',
    empty: 'The sheet is empty: it needs a header row and at least one record.',
    encoding: 'The sheet is {encoding}, not UTF-8; it was read as {encoding}. Save it as UTF-8 to be sure every character is right.',
  },
});

export const jsonSyntaxRule = defineRule({
  id: 'json-syntax',
  defaultSeverity: 'error',
  description: 'A JSON file, or an NDJSON record, that does not parse; nothing in it is checked.',
  defaultOptions: {},
  messages: {
    syntax: '{message}',
    unreadable: 'Cannot read the file: {reason}.',
  },
});
