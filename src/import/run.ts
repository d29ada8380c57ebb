/**
 * An import from start to end, without touching the disk: reads the input (a sheet or
 * Open Badges JSON), builds the definitions, plans them against the repository, and returns
 * the new text of every file to write. The CLI writes them, or not under `--dry-run`.
 */
import path from 'node:path';

import type { RawFinding } from '../finding.js';
import { headerKey, matchColumns, SHEET_KINDS, sheetFields, type SheetKind } from '../load/columns.js';
import type { Workspace } from '../load/workspace.js';
import type { Kind } from '../model/types.js';
import { encodingLabel, decodeText } from '../source/encoding.js';
import { JsonSource } from '../source/json-source.js';
import { isWorkbookFile, openTable } from '../source/open-table.js';
import type { SourceFile } from '../source/source-file.js';
import { YamlSource } from '../source/yaml-source.js';
import type { WorkbookResult, XlsxSource } from '../source/xlsx-source.js';
import { cleanCells, escapeControls } from './cells.js';
import type { DraftDefinition } from './drafts.js';
import { importJson } from './openbadges.js';
import { planImport, pluralKeyOf, type ImportPlan } from './plan.js';
import { importFinding } from './problems.js';
import { importTable } from './table-import.js';
import { BUILT_IN_VOCABULARY } from './values.js';
import { editYaml, newYaml, type FieldUpdate } from './yaml-writer.js';

export type ImportKind = SheetKind | 'openbadges';

export const IMPORT_KINDS: readonly ImportKind[] = ['competency', 'badge', 'rubric', 'mapping', 'openbadges'];

export interface ImportInput {
  file: string;
  bytes: Uint8Array;
  /** The workbook, read beforehand, when the file is XLSX. */
  workbook?: WorkbookResult;
  kind?: ImportKind;
  sheet?: string;
  /** The CSV delimiter; default: detected from the header row. */
  delimiter?: string;
  /** Field → header. */
  columns: Record<string, string>;
  separator: string;
  workspace: Workspace;
  /** Absolute path of the folder new definitions go to. */
  outDir: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportSummary {
  format: 'CSV' | 'XLSX' | 'JSON' | 'NDJSON';
  kind: ImportKind;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  records: number;
  skipped: number;
  matched: { header: string; field: string }[];
  kept: { header: string; key: string }[];
}

export interface FileEdit {
  file: string;
  content: string;
}

export interface ImportOutcome {
  summary: ImportSummary;
  source: SourceFile;
  plan: ImportPlan;
  findings: RawFinding[];
  edits: FileEdit[];
}

export function runImport(input: ImportInput): ImportOutcome | { error: string } {
  const read = readInput(input);
  if ('error' in read) return read;

  const plan = planImport(read.definitions, input.workspace, input.outDir);
  const edits = fileEdits(plan, input.workspace);
  if ('error' in edits) return edits;
  return { summary: read.summary, source: read.source, plan, findings: [...read.findings, ...plan.findings], edits };
}

interface ReadInput {
  summary: ImportSummary;
  source: SourceFile;
  definitions: DraftDefinition[];
  findings: RawFinding[];
}

function readInput(input: ImportInput): ReadInput | { error: string } {
  const isJson = input.kind === 'openbadges' || (input.kind === undefined && looksLikeJson(input.file, input.bytes));
  if (!isJson && JSON_NAME.test(input.file)) return { error: `--kind ${input.kind} needs a CSV, TSV or XLSX file` };
  if (isJson) {
    const unused = [input.sheet === undefined ? '' : '--sheet', Object.keys(input.columns).length === 0 ? '' : '--map', input.delimiter === undefined ? '' : '--delimiter'];
    const options = unused.filter((option) => option !== '');
    if (options.length > 0) return { error: `${options.join(', ')} ${options.length === 1 ? 'applies' : 'apply'} only to sheets, not to Open Badges JSON` };
    const text = decodeText(input.bytes).text;
    if (text.trim() === '') return { error: 'the file is empty' };
    const source = new JsonSource(input.file, text);
    const [problem] = source.syntaxErrors();
    // A file that is not JSON as a whole, nor line by line, has nothing to skip and go on from.
    if (source.documents.length === 0 && problem !== undefined && !source.ndjson) {
      const reason = problem.message.replace(/^Invalid JSON: /, '').replace(/\.$/, '');
      return { error: `it is not valid JSON: ${reason} (line ${problem.range.start.line}, column ${problem.range.start.column})` };
    }
    const imported = importJson(source);
    const summary: ImportSummary = {
      format: source.ndjson ? 'NDJSON' : 'JSON',
      kind: 'openbadges',
      records: source.records.length,
      skipped: imported.skipped,
      matched: [],
      kept: [],
    };
    return { summary, source, definitions: imported.definitions, findings: imported.findings };
  }
  return readSheet(input);
}

function readSheet(input: ImportInput): ReadInput | { error: string } {
  const workbook = isWorkbookFile(input.file);
  if (workbook && input.delimiter !== undefined) return { error: '--delimiter applies only to CSV and TSV files, not to XLSX workbooks' };
  if (!workbook && input.sheet !== undefined) return { error: '--sheet applies only to XLSX workbooks, not to CSV or TSV files' };
  const options = { ...(input.sheet === undefined ? {} : { sheet: input.sheet }), ...(input.delimiter === undefined ? {} : { delimiter: input.delimiter }) };
  const opened = openTable(input.file, input.bytes, options, input.workbook);
  if ('error' in opened) return opened;
  const { source } = opened;
  const csvProblems = opened.csv?.problems ?? [];
  const cellFindings: RawFinding[] = [];
  cleanCells(source, opened.csv !== undefined, cellFindings);
  if (source.header.length === 0) {
    const problem = csvProblems[0];
    return { error: problem === undefined ? 'the sheet is empty: it needs a header row' : `its header cannot be read: ${problem.message}` };
  }

  const headerKeys = new Set(source.header.map(headerKey));
  for (const [field, header] of Object.entries(input.columns)) {
    if (headerKeys.has(headerKey(header))) continue;
    return { error: `--map ${field}=${header}: the sheet has no column "${header}"; its columns are ${quotedHeaders(source.header)}` };
  }

  const kind = input.kind ?? detectKind(source.header, input.columns);
  if (kind === undefined) {
    const mapped = Object.keys(input.columns);
    const suited = SHEET_KINDS.filter((candidate) => mapped.every((field) => sheetFields(candidate).includes(field)));
    const hint = mapped.length === 0 ? '' : `; the mapped fields suit ${suited.length === 0 ? 'no single kind' : `only ${suited.join(' or ')} sheets`}`;
    const delimiter = opened.csv === undefined || input.delimiter !== undefined ? '' : `, or --delimiter if the columns are not split on ${JSON.stringify(opened.csv.delimiter)}`;
    return { error: `cannot tell what the sheet holds from its header (${quotedHeaders(source.header)})${hint}; give --kind competency, badge, rubric or mapping${delimiter}` };
  }
  if (kind === 'openbadges') return { error: '--kind openbadges needs an Open Badges JSON file' };
  const fields = sheetFields(kind);
  const foreign = Object.keys(input.columns).filter((field) => !fields.includes(field));
  if (foreign.length > 0) {
    const names = foreign.map((field) => `"${field}"`).join(', ');
    return { error: `a ${kind} sheet has no field ${names}; its fields are ${fields.join(', ')}` };
  }

  const config = input.workspace.config;
  const vocabulary = {
    evidenceTypes: [...BUILT_IN_VOCABULARY.evidenceTypes, ...config.vocabulary.evidenceTypes],
    assessmentMethods: [...BUILT_IN_VOCABULARY.assessmentMethods, ...config.vocabulary.assessmentMethods],
  };
  const imported = importTable(source, {
    kind,
    columns: input.columns,
    separator: input.separator,
    mode: 'import',
    vocabulary,
    ...(input.onProgress === undefined ? {} : { onProgress: input.onProgress }),
  });

  const findings: RawFinding[] = [];
  if (opened.encoding !== undefined && opened.encoding !== 'utf-8') {
    findings.push(importFinding('encoding', { encoding: encodingLabel(opened.encoding) }, { file: input.file, doc: 0, path: [] }));
  }
  if (opened.hiddenSheets !== undefined && 'table' in source) {
    const data = { sheet: (source as XlsxSource).table.name, hidden: opened.hiddenSheets.map((name) => `"${name}"`).join(', ') };
    findings.push(importFinding('hiddenSheets', data, { file: input.file, doc: 0, path: [] }));
  }
  for (const problem of csvProblems) {
    const location = { file: input.file, doc: 0, path: [], range: problem.range };
    findings.push(importFinding('csvRecord', { message: problem.message }, location));
  }

  const summary: ImportSummary = {
    format: opened.csv === undefined ? 'XLSX' : 'CSV',
    kind,
    ...(opened.encoding === undefined ? {} : { encoding: encodingLabel(opened.encoding) }),
    ...(opened.csv === undefined ? {} : { delimiter: opened.csv.delimiter }),
    ...(opened.csv === undefined && 'table' in source ? { sheet: (source as { table: { name: string } }).table.name } : {}),
    // Records csv-parse could not read count as records, and as skipped ones.
    records: source.dataRecords.length + csvProblems.length,
    skipped: imported.skipped + csvProblems.length,
    matched: [...imported.match.columns].sort((a, b) => a[1] - b[1]).map(([field, index]) => ({ header: source.header[index] ?? '', field })),
    kept: imported.kept.map((column) => ({ header: column.header, key: column.key })),
  };
  return { summary, source, definitions: imported.definitions, findings: [...findings, ...cellFindings, ...imported.findings] };
}

function quotedHeaders(header: readonly string[]): string {
  return header.map((name) => `"${escapeControls(name)}"`).join(', ');
}

/**
 * Guesses the kind from the header and the `--map` fields. A rubric has points and levels.
 * A mapping sheet names both a competency and a badge. A competency sheet has a statement,
 * and a badge sheet has a name and badge columns such as evidence or criteria.
 */
export function detectKind(header: readonly string[], explicit: Record<string, string> = {}): SheetKind | undefined {
  const candidates = SHEET_KINDS.filter((kind) => Object.keys(explicit).every((field) => sheetFields(kind).includes(field)));
  const matched = (kind: SheetKind) => (candidates.includes(kind) ? matchColumns(kind, header, explicit).columns : new Map<string, number>());
  const has = (kind: SheetKind, ...fields: string[]) => {
    const columns = matched(kind);
    return fields.every((field) => columns.has(field));
  };
  const badgeColumns = ['evidence', 'methods', 'competencies', 'image', 'narrative', 'prerequisites', 'criteriaUrl', 'rubric'];

  if (has('rubric', 'points') && (has('rubric', 'level') || has('rubric', 'levelId'))) return 'rubric';
  const mapping = matched('mapping');
  const mappingCompetency = [...mapping.keys()].some((field) => field.startsWith('competency.') && field !== 'competency.parent');
  if (mappingCompetency && (mapping.has('badge.name') || mapping.has('badge.id'))) return 'mapping';

  // `Description` is a competency's statement when nothing else is, but badge sheets have one
  // too. A sheet whose only statement is a description and that has badge columns is a badge sheet.
  const competency = matched('competency');
  const statementColumn = competency.get('statement');
  const statementIsDescription = statementColumn !== undefined && headerKey(header[statementColumn] ?? '') === headerKey('description');
  const badge = has('badge', 'name') && badgeColumns.some((field) => has('badge', field));
  if (statementColumn !== undefined && !(statementIsDescription && badge)) return 'competency';
  if (badge) return 'badge';
  return undefined;
}

const JSON_NAME = /\.(json|jsonld|ndjson|jsonl)$/i;

function looksLikeJson(file: string, bytes: Uint8Array): boolean {
  if (JSON_NAME.test(file)) return true;
  const start = decodeText(bytes.subarray(0, 64)).text.trimStart();
  return start.startsWith('{') || start.startsWith('[');
}

/** The new text of every file the plan changes. */
function fileEdits(plan: ImportPlan, workspace: Workspace): FileEdit[] | { error: string } {
  const updates = new Map<string, FieldUpdate[]>();
  const additions = new Map<string, { kind: Kind; values: unknown[] }>();

  for (const entry of plan.entries) {
    if (entry.action === 'update' && entry.target !== undefined) {
      const fields = Object.fromEntries(entry.fields.map((field) => [field, entry.draft.value[field]]));
      const list = updates.get(entry.file) ?? [];
      list.push({ doc: entry.target.doc, path: entry.target.path, fields });
      updates.set(entry.file, list);
    } else if (entry.action === 'create') {
      const added = additions.get(entry.file) ?? { kind: entry.kind, values: [] };
      added.values.push(entry.draft.value);
      additions.set(entry.file, added);
    }
  }

  const edits: FileEdit[] = [];
  const files = [...new Set([...updates.keys(), ...additions.keys()])].sort();
  for (const file of files) {
    const added = additions.get(file);
    const existing = workspace.sources.get(file);
    const text = existing instanceof YamlSource ? existing.text : undefined;
    try {
      if (text === undefined) edits.push({ file, content: newYaml(pluralKeyOf(added?.kind ?? 'competency'), added?.values ?? []) });
      else edits.push({ file, content: editYaml(text, updates.get(file) ?? [], added === undefined ? undefined : pluralKeyOf(added.kind), added?.values ?? []) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { error: `cannot edit ${path.relative(workspace.config.root, file)}: ${reason}` };
    }
  }
  return edits;
}
