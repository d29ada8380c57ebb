/**
 * Turns a spreadsheet into definitions: competencies, badges or rubrics, one kind per
 * sheet, or competencies and badges from a mapping sheet. Lint reads declared sheets with
 * the same code in `lint` mode, which reports nothing of its own and fills nothing in, so
 * the schema and the rules judge the records as written.
 */
import type { Location, RawFinding } from '../finding.js';
import { headerKey, matchColumns, type ColumnMatch, type SheetKind } from '../load/columns.js';
import type { Kind } from '../model/types.js';
import { cellLocation, type TableSource } from '../source/table.js';
import { DraftSet, type DraftDefinition } from './drafts.js';
import { importFinding } from './problems.js';
import { RecordReader, type ReaderContext } from './record-reader.js';
import { readBadgeFields, readCompetencyFields, readRubricRow, type Vocabulary } from './row-fields.js';

export interface TableImportOptions {
  kind: SheetKind;
  /** Field → header, from `--map`, a mapping file or the config's `columns`. */
  columns: Record<string, string>;
  separator: string;
  mode: 'import' | 'lint';
  vocabulary: Vocabulary;
  /** Called every few thousand records with the number read so far. */
  onProgress?: (done: number, total: number) => void;
}

const PROGRESS_STEP = 2000;

/** A column that maps to no field, and the `x-` key import keeps it under. */
export interface KeptColumn {
  index: number;
  header: string;
  kind: Kind;
  key: string;
}

export interface TableImport {
  definitions: DraftDefinition[];
  findings: RawFinding[];
  match: ColumnMatch;
  kept: KeptColumn[];
  /** Records that became no definition. */
  skipped: number;
}

export function importTable(source: TableSource, options: TableImportOptions): TableImport {
  const match = matchColumns(options.kind, source.header, options.columns);
  for (const [field, index] of match.columns) source.fieldColumns.set(field, index);

  const findings: RawFinding[] = [];
  const report = options.mode === 'import';
  const context: ReaderContext = { source, columns: match.columns, separator: options.separator, report, findings };
  const kept = keptColumns(options.kind, source.header, match.unusedIndexes, findings, source.file, report);
  // A finding about a kept value, such as a conflict between rows, points at its column.
  for (const column of kept) source.fieldColumns.set(options.kind === 'mapping' ? `${column.kind}.${column.key}` : column.key, column.index);
  if (report) findings.push(...cellNoteFindings(source));

  const sets = {
    competency: new DraftSet('competency', findings, report),
    badge: new DraftSet('badge', findings, report),
    rubric: new DraftSet('rubric', findings, report),
  };
  const run = { options, sets, kept, report, skipped: 0 };

  const total = source.dataRecords.length;
  for (const record of source.dataRecords) {
    if (record.number % PROGRESS_STEP === 0) options.onProgress?.(record.number, total);
    const reader = new RecordReader(context, record);
    if (record.cells.every((cell) => cell.trim() === '')) {
      reader.reportRecord('blankRow', {});
      run.skipped++;
      continue;
    }
    if (!readRecord(run, reader)) run.skipped++;
  }

  options.onProgress?.(total, total);
  if (options.kind === 'competency' || options.kind === 'mapping') {
    resolveParents(sets.competency, findings, report);
    if (report) reportParentCycles(sets.competency, findings);
  }
  if (options.kind === 'rubric' && report) resolveLevelNames(sets.rubric, findings);
  if (options.kind === 'mapping' && report) {
    for (const badge of sets.badge.all()) {
      const competencies = badge.value.competencies;
      if (Array.isArray(competencies) && competencies.length === 0) findings.push(importFinding('noCompetency', { id: badge.id }, badge.location, badge.id));
    }
  }
  const definitions = [...sets.competency.finish(), ...sets.badge.finish(), ...sets.rubric.finish()];
  return { definitions, findings, match, kept, skipped: run.skipped };
}

interface Run {
  options: TableImportOptions;
  sets: Record<'competency' | 'badge' | 'rubric', DraftSet>;
  kept: KeptColumn[];
  report: boolean;
  skipped: number;
}

/** Reads one record into the draft sets; returns false when it became no definition. */
function readRecord(run: Run, reader: RecordReader): boolean {
  const { options, sets } = run;
  const lint = options.mode === 'lint';
  const location = (kind: Kind): Location => ({
    file: reader.file,
    doc: reader.record.number,
    path: options.kind === 'mapping' ? [`$${kind}`] : [],
  });

  switch (options.kind) {
    case 'competency': {
      const fields = readCompetencyFields(reader, '', lint);
      if (fields === undefined) return false;
      return addWithId(run, sets.competency, reader, fields, location('competency'), '');
    }
    case 'badge': {
      const fields = readBadgeFields(reader, '', lint, options.vocabulary);
      if (fields === undefined) return false;
      return addWithId(run, sets.badge, reader, fields, location('badge'), '');
    }
    case 'rubric':
      return readRubricRow(reader, sets.rubric, location('rubric'), lint, keptValues(run, reader, 'rubric'));
    default:
      return readMappingRow(run, reader, location);
  }
}

function readMappingRow(run: Run, reader: RecordReader, location: (kind: Kind) => Location): boolean {
  const lint = run.options.mode === 'lint';
  const competencyFields = readCompetencyFields(reader, 'competency.', lint, true);
  const badgeFields = readBadgeFields(reader, 'badge.', lint, run.options.vocabulary, true);
  if (competencyFields === undefined && badgeFields === undefined) return false;

  let competencyId: string | undefined;
  if (competencyFields !== undefined) {
    competencyId = idFor(run.sets.competency, reader, competencyFields, 'competency.');
    if (competencyId !== undefined) {
      run.sets.competency.add(competencyId, { ...competencyFields, ...keptValues(run, reader, 'competency') }, reader.record.number, location('competency'), identityOf(competencyFields));
    }
  }
  if (badgeFields !== undefined) {
    const badgeId = idFor(run.sets.badge, reader, badgeFields, 'badge.');
    if (badgeId !== undefined) {
      const fields = { ...badgeFields, competencies: competencyId === undefined ? [] : [competencyId], ...keptValues(run, reader, 'badge') };
      run.sets.badge.add(badgeId, fields, reader.record.number, location('badge'), identityOf(badgeFields));
    }
  }
  return true;
}

/** Adds a record of a one-kind sheet: its id as written, else derived from its text. */
function addWithId(
  run: Run,
  set: DraftSet,
  reader: RecordReader,
  fields: Record<string, unknown>,
  location: Location,
  prefix: string,
): boolean {
  const written = typeof fields.id === 'string' ? fields.id : undefined;
  if (written !== undefined && set.ids.isTaken(written)) {
    if (run.options.mode === 'lint') {
      // Lint keeps both, so duplicate-id reports them with both places.
      set.add(written, fields, reader.record.number, location, undefined, `${written}\u0000${reader.record.number}`);
      return true;
    }
    const holder = set.getFolded(written);
    const spelling = holder === undefined || holder.id === written ? '' : ` ("${holder.id}")`;
    const first = holder === undefined ? 'an earlier record' : `record ${holder.records[0] ?? 0}${spelling}`;
    reader.report(`${prefix}id`, 'duplicateId', { kind: set.kind, id: written, first });
    return false;
  }

  const id = idFor(set, reader, fields, prefix);
  if (id === undefined) return false;
  set.add(id, { ...fields, ...keptValues(run, reader, set.kind) }, reader.record.number, location, identityOf(fields));
  return true;
}

/**
 * The id of a record: the id cell as written, or one derived from the statement or name.
 * In a mapping sheet a record without an id joins the definition of the same text.
 */
function idFor(set: DraftSet, reader: RecordReader, fields: Record<string, unknown>, prefix: string): string | undefined {
  if (typeof fields.id === 'string') {
    if (!set.ids.isTaken(fields.id)) {
      set.ids.claim(fields.id, fields.id);
      const identity = identityOf(fields);
      const known = identity === undefined ? undefined : set.idOfIdentity(identity);
      if (known !== undefined) reportSameText(set, reader, fields.id, known);
    }
    return fields.id;
  }
  const identity = identityOf(fields);
  if (identity === undefined) return undefined;
  const known = set.idOfIdentity(identity);
  if (known !== undefined && prefix !== '') return known;

  const id = set.ids.derive(identity);
  fields.id = id;
  if (known !== undefined) reportSameText(set, reader, id, known);
  return id;
}

/** Reports a new definition `id` whose statement or name repeats that of the earlier definition `known`. */
function reportSameText(set: DraftSet, reader: RecordReader, id: string, known: string): void {
  const first = set.get(known)?.records[0] ?? 0;
  reader.reportRecord('sameText', { kind: set.kind, id, first });
}

function identityOf(fields: Record<string, unknown>): string | undefined {
  const text = fields.statement ?? fields.name;
  return typeof text === 'string' ? text : undefined;
}

/** The kept columns' values of a record for one kind, under their `x-` keys. */
function keptValues(run: Run, reader: RecordReader, kind: Kind): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (run.options.mode === 'lint') return values;
  for (const column of run.kept) {
    if (column.kind !== kind) continue;
    const text = reader.cell(column.index);
    if (text !== undefined) values[column.key] = text;
  }
  for (const [key, text] of reader.aside) {
    if (kind === kindOfAside(run.options.kind, key)) values[key] = text;
  }
  if (kind === kindOfAside(run.options.kind, '')) {
    // Cells past the last header have no name; they are kept by position, as a headerless column is.
    const width = reader.headerWidth;
    reader.record.cells.forEach((cell, index) => {
      if (index < width || cell.trim() === '') return;
      const key = `x-column-${index + 1}`;
      values[key] = cell.trim();
      reader.reportAt(index, 'extraCell', { field: key, count: width });
    });
  }
  return values;
}

function kindOfAside(sheetKind: SheetKind, key: string): Kind {
  if (sheetKind !== 'mapping') return sheetKind;
  return /^x-competency/i.test(key) ? 'competency' : 'badge';
}

/**
 * The `x-` key of every column that maps to no field. In a mapping sheet, `Competency x-foo`
 * and `Badge x-foo` go to that kind, and any other column to the badge.
 */
function keptColumns(
  kind: SheetKind,
  header: readonly string[],
  unused: readonly number[],
  findings: RawFinding[],
  file: string,
  report: boolean,
): KeptColumn[] {
  const kept: KeptColumn[] = [];
  const keys = new Set<string>();
  for (const index of unused) {
    const header_ = (header[index] ?? '').trim();
    let target: Kind = kind === 'mapping' ? 'badge' : kind;
    let name = header_;
    const qualified = /^(competency|badge)\s+(x-.+)$/i.exec(header_);
    if (kind === 'mapping' && qualified !== null) {
      target = (qualified[1] as string).toLowerCase() as Kind;
      name = qualified[2] as string;
    }
    let key = name === '' ? `x-column-${index + 1}` : name.startsWith('x-') ? name : `x-${name}`;
    const repeated = header.slice(0, index).some((earlier) => headerKey(earlier) === headerKey(header_));
    if (keys.has(`${target}:${key}`)) key = `${key}-${index + 1}`;
    if (report && header_ === '') findings.push(importFinding('headerBlank', { field: key }, cellLocation(file, 0, index)));
    else if (report && repeated) findings.push(importFinding('headerDuplicate', { header: header_, field: key }, cellLocation(file, 0, index)));
    keys.add(`${target}:${key}`);
    kept.push({ index, header: header_, kind: target, key });
  }
  return kept;
}

function cellNoteFindings(source: TableSource): RawFinding[] {
  return source.cellNotes.map((note) => {
    const location = cellLocation(source.file, note.record, note.column);
    return note.dropped
      ? importFinding('cellDropped', { original: note.original }, location)
      : importFinding('cellValue', { original: note.original, text: note.text }, location);
  });
}

/**
 * Turns parent cells into links: a parent that is a competency id stays as it is; one that
 * is the statement or name of a competency becomes its id; any other is reported.
 */
function resolveParents(set: DraftSet, findings: RawFinding[], report: boolean): void {
  const drafts = set.all();
  const unresolved = drafts.filter((draft) => {
    const parent = draft.value['x-parent'];
    return typeof parent === 'string' && set.get(parent) === undefined;
  });
  if (unresolved.length === 0) return;

  const byText = new Map<string, string>();
  for (const draft of drafts) {
    for (const key of ['statement', 'name']) {
      const text = draft.value[key];
      if (typeof text === 'string' && !byText.has(text)) byText.set(text, draft.id);
    }
  }
  for (const draft of unresolved) {
    const parent = draft.value['x-parent'] as string;
    const id = byText.get(parent);
    if (id !== undefined) draft.value['x-parent'] = id;
    else if (report) findings.push(importFinding('unknownParent', { parent }, { ...draft.location, path: [...draft.location.path, 'parent'] }, draft.id));
  }
}

/**
 * Reports every cycle of parent links once, at the parent cell of its first record. Lint
 * ignores `x-parent`, so import is the one place that can tell that the hierarchy cannot be drawn.
 */
function reportParentCycles(set: DraftSet, findings: RawFinding[]): void {
  const parentOf = (draft: DraftDefinition) => {
    const parent = draft.value['x-parent'];
    return typeof parent === 'string' ? set.get(parent) : undefined;
  };
  const finished = new Set<DraftDefinition>();
  for (const start of set.all()) {
    const walk: DraftDefinition[] = [];
    const onWalk = new Set<DraftDefinition>();
    let current: DraftDefinition | undefined = start;
    while (current !== undefined && !finished.has(current) && !onWalk.has(current)) {
      walk.push(current);
      onWalk.add(current);
      current = parentOf(current);
    }
    const cycleStart = current !== undefined && onWalk.has(current) ? walk.indexOf(current) : -1;
    for (const draft of walk) finished.add(draft);
    if (cycleStart < 0) continue;

    const members = walk.slice(cycleStart);
    const first = members.reduce((earliest, draft) => ((draft.records[0] ?? 0) < (earliest.records[0] ?? 0) ? draft : earliest));
    const from = members.indexOf(first);
    const ordered = [...members.slice(from), ...members.slice(0, from), first];
    const cycle = ordered.map((draft) => draft.id).join(' → ');
    findings.push(importFinding('parentCycle', { cycle }, { ...first.location, path: [...first.location.path, 'parent'] }, first.id));
  }
}

/**
 * Replaces a passing level given by name with its id. Sheets often name the level (`Meets`)
 * where the rubric needs its id (`meets`), so a value that is no level id but is the name of
 * a level of every criterion becomes that id.
 */
function resolveLevelNames(set: DraftSet, findings: RawFinding[]): void {
  for (const draft of set.all()) {
    const passing = draft.value.passing as Record<string, unknown> | undefined;
    const wanted = passing?.everyCriterionAtLeast;
    const criteria = draft.value.criteria as { levels?: { id?: unknown; name?: unknown }[] }[] | undefined;
    if (passing === undefined || typeof wanted !== 'string' || criteria === undefined || criteria.length === 0) continue;

    const levels = criteria.flatMap((criterion) => criterion.levels ?? []);
    if (levels.some((level) => level.id === wanted)) continue;
    const ids = new Set(levels.filter((level) => level.name === wanted).map((level) => level.id));
    const [id] = ids;
    const everyCriterionHasIt = criteria.every((criterion) => (criterion.levels ?? []).some((level) => level.id === id));
    if (ids.size !== 1 || typeof id !== 'string' || !everyCriterionHasIt) continue;

    passing.everyCriterionAtLeast = id;
    const location = { ...draft.location, path: ['everyCriterionAtLeast'] };
    findings.push(importFinding('vocabulary', { value: wanted, what: 'level id', term: id }, location, draft.id));
  }
}
