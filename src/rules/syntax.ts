/** Rules reported by the parsers: input that cannot be read as YAML or CSV. */
import { EXAMPLE_CONFIG, lines } from './examples.js';
import { defineRule } from './types.js';

export const yamlSyntaxRule = defineRule({
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: 'YAML that does not parse; the definitions of a broken document are not loaded.',
  defaultOptions: {},
  messages: { syntax: '{message}' },
  docs: {
    finds:
      'A YAML file that cannot be read: bad indentation, an unclosed quote or bracket, a tab used for indentation, a file that cannot be ' +
      'opened. The finding sits where the parser stopped. YAML warnings, such as an unresolved tag, are reported as warnings.',
    why:
      'A document that does not parse contributes no definitions, so every badge in it would silently disappear from lint and export. ' +
      'The rest of the file is still read where the parser can recover.',
    failing: {
      description: 'The flow sequence is never closed.',
      files: { 'competency.yaml': ['kind: competency', 'id: tls-configure', 'statement: Configures TLS on a web server', 'tags: [security, web', ''].join('\n') },
    },
    passing: {
      description: 'The sequence is closed.',
      files: { 'competency.yaml': ['kind: competency', 'id: tls-configure', 'statement: Configures TLS on a web server', 'tags: [security, web]', ''].join('\n') },
    },
  },
});

export const duplicateKeyRule = defineRule({
  id: 'duplicate-key',
  defaultSeverity: 'error',
  description: 'A mapping that sets the same key twice; the later value replaces the earlier one.',
  defaultOptions: {},
  messages: { duplicate: 'Duplicate key "{key}"; the later value replaces the earlier one.' },
  docs: {
    finds: 'A YAML mapping that sets the same key twice, at any depth.',
    why:
      'YAML keeps only one of the two values, and which one depends on the tool. A duplicated `statement` or `competencies` usually ' +
      'means an edit landed in the wrong place, and half of it is silently lost.',
    failing: {
      description: 'The statement is given twice.',
      files: { 'competency.yaml': ['kind: competency', 'id: tls-configure', 'statement: Configures TLS on a web server', 'statement: Configures TLS 1.3 on nginx', ''].join('\n') },
    },
    passing: {
      description: 'One statement.',
      files: { 'competency.yaml': ['kind: competency', 'id: tls-configure', 'statement: Configures TLS 1.3 on nginx', ''].join('\n') },
    },
  },
});

export const csvSyntaxRule = defineRule({
  id: 'csv-syntax',
  defaultSeverity: 'error',
  description: 'A sheet that cannot be read: malformed quoting, ragged records, an unreadable file.',
  defaultOptions: {},
  messages: {
    syntax: 'Record skipped: {message}.',
    ragged: 'The record has {count} cells but the header has {expected}.',
    unreadable: 'Cannot read sheet "{path}": {reason}.',
    unsupported: 'Cannot read sheet "{path}": {reason}',
    empty: 'The sheet is empty: it needs a header row and at least one record.',
    encoding: 'The sheet is {encoding}, not UTF-8; it was read as {encoding}. Save it as UTF-8 to be sure every character is right.',
  },
  docs: {
    finds:
      'A sheet declared under `sheets` that cannot be read: malformed quoting, a record with more or fewer cells than the header, an ' +
      'empty file, a file that cannot be opened, or a format lint does not read yet. A finding carries the file\'s true line, even ' +
      'when a quoted cell spans lines.',
    why:
      'Spreadsheets from subject-matter experts are the messiest input a program receives. A ragged record usually means a delimiter ' +
      'inside an unquoted cell, which shifts every later cell into the wrong field; reporting it keeps rows from being loaded wrongly.',
    failing: {
      description: 'The second record has an extra cell: the statement contains an unquoted comma.',
      files: {
        'badgemap.yaml': lines(...EXAMPLE_CONFIG, 'sheets:', '  skills.csv: { kind: competency }'),
        'skills.csv': ['id,statement', 'tls-1,Configures TLS on a web server', 'tls-2,Rotates certificates, keys and secrets before they expire', ''].join('\n'),
      },
    },
    passing: {
      description: 'The cell with commas is quoted.',
      files: {
        'badgemap.yaml': lines(...EXAMPLE_CONFIG, 'sheets:', '  skills.csv: { kind: competency }'),
        'skills.csv': ['id,statement', 'tls-1,Configures TLS on a web server', 'tls-2,"Rotates certificates, keys and secrets before they expire"', ''].join('\n'),
      },
    },
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
    encoding: 'The file is encoded as {encoding}, but JSON must be UTF-8 (RFC 8259). Save it as UTF-8.',
  },
  docs: {
    finds:
      'A JSON file given to `validate` that does not parse, with the position where the parser stopped: a trailing comma, a missing ' +
      'colon, an unterminated string, an empty file, nesting deeper than 256 levels. In an NDJSON file, each record is parsed on ' +
      'its own, so one broken line does not hide the others. A file in UTF-16 or UTF-32 is reported too, and is then read in that ' +
      'encoding, so its other findings are still shown.',
    why: 'Nothing in a file that does not parse can be checked, and many tools stop at the first broken file without saying where.',
    failing: {
      description: 'A trailing comma.',
      command: 'badgemap validate triage.json',
      files: { 'triage.json': lines('{', '  "name": "Incident Triage",', '}') },
    },
    passing: {
      description: 'No trailing comma.',
      command: 'badgemap validate triage.json',
      files: { 'triage.json': lines('{', '  "name": "Incident Triage"', '}') },
    },
  },
});
