/**
 * What import reports about its input: rows it skipped, cells it dropped or kept aside,
 * values it converted. They are findings of the `import` rule, located at the record and
 * column they are about, so they print like lint findings; the rule is not a lint rule and
 * is not in the rule registry.
 */
import type { Location, RawFinding, Severity } from '../finding.js';
import { createFinding, defineRule } from '../rules/types.js';

export const importRule = defineRule({
  id: 'import',
  defaultSeverity: 'warn',
  description: 'What import skipped, kept aside or converted, by record and column.',
  defaultOptions: {},
  messages: {
    encoding: 'The file is {encoding}, not UTF-8; it was converted. Save it as UTF-8 to be sure every character is right.',
    hiddenSheets: 'Worksheet "{sheet}" was read, the first visible one; hidden worksheets were skipped: {hidden}. Give --sheet NAME to read one of them.',
    blankRow: 'Record skipped: every cell is empty.',
    missingField: 'Record skipped: it has no {field}{hint}.',
    invalidField: 'Record skipped: "{value}" is not {expected}, so it cannot be "{field}".',
    duplicateId: 'Record skipped: {kind} id "{id}" is already used by {first}.',
    repeatedRecord: 'Record repeats record {first} (what differs: {differs}); it was merged into {kind} "{id}".',
    sameText: '{kind} "{id}" repeats record {first} word for word; it was imported under its own id.',
    notNumber: 'Value kept as "{field}": "{value}" is not {expected}, so it cannot be "{target}".',
    cellValue: 'Value converted: the cell holds {original}; it was read as "{text}".',
    cellDropped: 'Cell dropped: it holds {original}.',
    extraCell: 'Cell kept as "{field}": it lies past the last of the {count} columns the header names.',
    controlCharacters: 'Value converted: {count} control character(s) such as {code} were removed, giving "{value}".',
    trimmed: 'Value converted: spaces or line breaks around "{value}" were removed.',
    repeated: 'Value dropped: "{value}" appears more than once in the cell.',
    repeatedItem: 'Value dropped: "{value}" appears more than once in {field}.',
    fallback: 'Value filled in: {field} is empty, so the {source} "{value}" was used.',
    vocabulary: 'Value converted: "{value}" was read as the {what} "{term}".',
    evidenceType: 'Value converted: evidence "{value}" names no evidence type, so it was imported with type "{type}".',
    evidenceNamed: 'Value converted: evidence "{value}" has no "type:" prefix, so it was imported with the type "{type}" that it names.',
    notVocabulary: 'Value kept as written: "{value}" is no {what} of the vocabulary, so lint will report it; use a term of the vocabulary or add this one to the config.',
    notParsed: 'Value kept as "{field}": "{value}" is not a valid {what} ({reason}).',
    parentCycle: 'The parent links form a cycle, {cycle}, so the hierarchy cannot be drawn; change the parent of one of them.',
    unknownParent: 'The parent "{parent}" is no record of this sheet; the link is kept as written.',
    conflict: '{kind} "{id}": {field} "{value}" differs from "{kept}" in record {first}; the first value was kept.',
    headerBlank: 'The header cell is empty; this column was kept as "{field}".',
    headerDuplicate: 'The header "{header}" appears more than once; this column was kept as "{field}".',
    idClash: 'The id "{taken}" already belongs to {first}, a different record, so this one was imported as "{assigned}".',
    legacyKey: 'Alignment key{plural} {keys} (Open Badges 1.0) mapped to {fields}.',
    noCompetency: 'Badge "{id}" names no competency to map; it was imported with competencies: [].',
    noImage: 'Badge "{id}" has no image, which export needs, so lint will report it; add image: with a PNG or SVG file.',
    achievementType: 'Badge "{id}": achievementType "{value}" is not an Open Badges 3.0 value, so lint will report it; use a 3.0 value or ext:{value}.',
    skippedDocument: 'Document skipped: {reason}.',
    jsonSyntax: 'Line skipped: {message}.',
    csvRecord: 'Record skipped: {message}.',
    missingDefinition: '{kind} "{id}" is not in the imported file; it was kept.',
    sheetDefinition: '{kind} "{id}" is defined in the sheet {sheet}; import does not edit sheets, so it was left as it is.',
    caseClash: '{kind} "{id}" differs only in letter case from "{existing}" in {file}; it was skipped.',
  },
});

export type ImportMessageId = keyof typeof importRule.messages;

const SEVERITY: Partial<Record<ImportMessageId, Severity>> = {
  encoding: 'info',
  hiddenSheets: 'info',
  cellValue: 'info',
  trimmed: 'info',
  repeated: 'info',
  repeatedItem: 'info',
  fallback: 'info',
  vocabulary: 'info',
  evidenceType: 'info',
  evidenceNamed: 'info',
  legacyKey: 'info',
  noCompetency: 'info',
  missingDefinition: 'info',
  sameText: 'info',
  repeatedRecord: 'info',
};

/** An import finding with the severity its message carries. */
export function importFinding(
  messageId: ImportMessageId,
  data: Record<string, string | number>,
  location: Location,
  definitionId?: string,
): RawFinding {
  const severity = SEVERITY[messageId] ?? 'warn';
  return createFinding(importRule, messageId, data, location, {
    severity,
    ...(definitionId === undefined ? {} : { definitionId }),
  });
}
