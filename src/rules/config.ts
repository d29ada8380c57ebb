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
  docs: {
    finds:
      'A `badgemap.yaml` that does not parse, holds more than one document, is not a mapping, or breaks the config schema: an unknown ' +
      'setting ("did you mean"), a wrong type, an unknown rule id under `rules` or `overrides`, an option a rule does not have, a ' +
      'severity other than `error` for `config` itself. Also a ' +
      'sheet whose `columns` name a header the sheet lacks, or that has no column for a required field.',
    why:
      'Every run depends on the config. A typo in a rule id would silently leave a rule at its default, and a misspelt setting would be ' +
      'ignored; so config problems stop the run with exit code 2 before anything is linted or exported.',
    failing: {
      description: 'A misspelt rule id and a severity that does not exist.',
      files: {
        'badgemap.yaml': [
          'issuer: { id: https://badges.example.org/issuer.json, name: Example, url: https://example.org, email: badges@example.org }',
          'baseUrl: https://badges.example.org/',
          'rules:',
          '  measurable-verbs: warn',
          '  stale-review: warning',
          '',
        ].join('\n'),
      },
    },
    passing: {
      description: 'Known rule ids and severities.',
      files: {
        'badgemap.yaml': [
          'issuer: { id: https://badges.example.org/issuer.json, name: Example, url: https://example.org, email: badges@example.org }',
          'baseUrl: https://badges.example.org/',
          'rules:',
          '  measurable-verb: warn',
          '  stale-review: { severity: error }',
          '',
        ].join('\n'),
      },
    },
    notes: 'Findings of this rule cannot be turned off or silenced: any of them ends the run with exit code 2.',
    fixedSeverity: true,
  },
});
