/**
 * An import from start to end, without touching the disk: reads the input (a sheet or
 * Open Badges JSON), builds the definitions, plans them against the repository, and returns
 * the new text of every file to write. The CLI writes them, or not under `--dry-run`.
 */
import path from 'node:path';

import type { RawFinding } from '../finding.js';
import { matchColumns, type SheetKind } from '../load/columns.js';
import type { Workspace } from '../load/workspace.js';
import type { Kind } from '../model/types.js';
import { encodingLabel, decodeText } from '../source/encoding.js';
import { JsonSource } from '../source/json-source.js';
import { openTable } from '../source/open-table.js';
import type { SourceFile } from '../source/source-file.js';
import { YamlSource } from '../source/yaml-source.js';
import type { WorkbookResult } from '../source/xlsx-source.js';
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
  if (isJson) {
    const source = new JsonSource(input.file, decodeText(input.bytes).text);
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
  const opened = openTable(input.file, input.bytes, input.sheet === undefined ? {} : { sheet: input.sheet }, input.workbook);
  if ('error' in opened) return opened;
  const { source } = opened;
  if (source.header.length === 0) return { error: 'the sheet is empty: it needs a header row' };

  const kind = input.kind ?? detectKind(source.header);
  if (kind === undefined) {
    return { error: `cannot tell what the sheet holds from its header (${source.header.map((name) => `"${name}"`).join(', ')}); give --kind competency, badge, rubric or mapping` };
  }
  if (kind === 'openbadges') return { error: '--kind openbadges needs an Open Badges JSON file' };

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
  for (const problem of opened.csv?.problems ?? []) {
    const location = { file: input.file, doc: 0, path: [], range: problem.range };
    findings.push(importFinding('jsonSyntax', { message: problem.message }, location));
  }
  for (const [field, header] of imported.match.missing) {
    return { error: `--map ${field}=${header}: the sheet has no column "${header}"; its columns are ${source.header.map((name) => `"${name}"`).join(', ')}` };
  }

  const summary: ImportSummary = {
    format: opened.csv === undefined ? 'XLSX' : 'CSV',
    kind,
    ...(opened.encoding === undefined ? {} : { encoding: encodingLabel(opened.encoding) }),
    ...(opened.csv === undefined ? {} : { delimiter: opened.csv.delimiter }),
    ...(opened.csv === undefined && 'table' in source ? { sheet: (source as { table: { name: string } }).table.name } : {}),
    records: source.dataRecords.length,
    skipped: imported.skipped,
    matched: [...imported.match.columns].sort((a, b) => a[1] - b[1]).map(([field, index]) => ({ header: source.header[index] ?? '', field })),
    kept: imported.kept.map((column) => ({ header: column.header, key: column.key })),
  };
  return { summary, source, definitions: imported.definitions, findings: [...findings, ...imported.findings] };
}

/**
 * Guesses the kind from the header: a rubric has points and levels; a mapping sheet names
 * both a competency and a badge; a competency sheet has a statement; a badge sheet has a
 * name and badge columns such as evidence or criteria.
 */
export function detectKind(header: readonly string[]): SheetKind | undefined {
  const has = (kind: SheetKind, ...fields: string[]) => {
    const { columns } = matchColumns(kind, header, {});
    return fields.every((field) => columns.has(field));
  };
  const badgeColumns = ['evidence', 'methods', 'competencies', 'image', 'narrative', 'prerequisites', 'criteriaUrl', 'rubric'];

  if (has('rubric', 'points') && (has('rubric', 'level') || has('rubric', 'levelId'))) return 'rubric';
  const mapping = matchColumns('mapping', header, {}).columns;
  const mappingCompetency = [...mapping.keys()].some((field) => field.startsWith('competency.') && field !== 'competency.parent');
  if (mappingCompetency && (mapping.has('badge.name') || mapping.has('badge.id'))) return 'mapping';
  if (has('competency', 'statement')) return 'competency';
  if (has('badge', 'name') && badgeColumns.some((field) => has('badge', field))) return 'badge';
  return undefined;
}

function looksLikeJson(file: string, bytes: Uint8Array): boolean {
  if (/\.(json|jsonld|ndjson|jsonl)$/i.test(file)) return true;
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
      if (text === undefined) edits.push({ file, content: newYaml({ [pluralKeyOf(added?.kind ?? 'competency')]: added?.values ?? [] }) });
      else edits.push({ file, content: editYaml(text, updates.get(file) ?? [], added === undefined ? undefined : pluralKeyOf(added.kind), added?.values ?? []) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { error: `cannot edit ${path.relative(workspace.config.root, file)}: ${reason}` };
    }
  }
  return edits;
}
