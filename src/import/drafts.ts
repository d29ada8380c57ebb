/**
 * The definitions an import builds, one set per kind. Records that name the same
 * definition (the rows of one badge in a mapping sheet, the levels of one rubric) are
 * merged: lists are joined without repeats, a text field keeps its first value and a
 * different later value is reported.
 */
import type { Location, RawFinding } from '../finding.js';
import type { Kind } from '../model/types.js';
import { setOwn } from '../util/json.js';
import { IdAllocator } from './ids.js';
import { importFinding } from './problems.js';

/**
 * The key, on a record's fields, of the names of fields import filled in from another field
 * (a description copied from the name). A symbol, so it never reaches the written YAML.
 */
export const FILLED = Symbol('filled fields');

/** A record's fields, with the names of those import filled in. */
export type RecordFields = Record<string, unknown> & { [FILLED]?: readonly string[] };

export interface DraftDefinition {
  kind: Kind;
  id: string;
  /** The fields, ready to be written as YAML: the id first, then the schema's order, then `x-` fields. */
  value: Record<string, unknown>;
  /** The records it was read from (record numbers, or document numbers for JSON). */
  records: number[];
  location: Location;
  /**
   * Fields import filled in from another field. A value from the input replaces them, and
   * an update leaves a value the repository already has in their place.
   */
  filled?: Set<string>;
}

/** The order fields are written in, per kind; `x-` fields follow in the order they came. */
export const FIELD_ORDER: Record<Kind, string[]> = {
  competency: ['id', 'statement', 'name', 'description', 'level', 'alignments', 'tags', 'language', 'review', 'distinctFrom'],
  badge: [
    'id',
    'name',
    'description',
    'competencies',
    'image',
    'level',
    'prerequisites',
    'evidence',
    'assessment',
    'rubric',
    'criteria',
    'alignments',
    'tags',
    'language',
    'review',
    'achievementType',
    'version',
    'humanCode',
  ],
  rubric: ['id', 'name', 'criteria', 'passing', 'review'],
  module: ['id', 'name', 'competencies', 'durationMinutes', 'produces', 'review'],
};

/** Definition fields that sheets spread over columns of their own, by the sheet field of the column. */
const SHEET_FIELDS: Record<string, string> = {
  'criteria.narrative': 'narrative',
  'criteria.url': 'criteriaUrl',
  'assessment.methods': 'methods',
  'assessment.reviewers': 'reviewers',
};

const LIST_FIELDS = new Set(['competencies', 'prerequisites', 'evidence', 'alignments', 'tags', 'distinctFrom', 'produces']);

export class DraftSet {
  readonly ids = new IdAllocator();
  private readonly drafts = new Map<string, DraftDefinition>();
  /** Lower-cased id → the definition, since ids that differ only in letter case collide. */
  private readonly byFoldedId = new Map<string, DraftDefinition>();
  /** The text a definition is known by in records without an id → its id. */
  private readonly byIdentity = new Map<string, string>();

  constructor(
    readonly kind: Kind,
    private readonly findings: RawFinding[],
    private readonly report: boolean,
  ) {}

  get(id: string): DraftDefinition | undefined {
    return this.drafts.get(id);
  }

  /** The definition whose id equals `id` without regard to letter case. */
  getFolded(id: string): DraftDefinition | undefined {
    return this.drafts.get(id) ?? this.byFoldedId.get(id.toLowerCase());
  }

  idOfIdentity(identity: string): string | undefined {
    return this.byIdentity.get(identity);
  }

  all(): DraftDefinition[] {
    return [...this.drafts.values()];
  }

  /**
   * Adds the fields of one record to the definition `id`, creating it at `location` when new.
   * `identity` is the text the record is known by when it has no id. `key` tells drafts
   * apart when two must stay separate under one id, as lint keeps duplicates.
   */
  add(id: string, fields: RecordFields, record: number, location: Location, identity?: string, key = id): DraftDefinition {
    if (identity !== undefined && !this.byIdentity.has(identity)) this.byIdentity.set(identity, id);
    const filled = fields[FILLED] ?? [];

    const existing = this.drafts.get(key);
    if (existing === undefined) {
      const draft: DraftDefinition = { kind: this.kind, id, value: { id }, records: [record], location };
      if (filled.length > 0) draft.filled = new Set(filled);
      for (const [field, value] of Object.entries(fields)) if (field !== 'id') setOwn(draft.value, field, value);
      this.drafts.set(key, draft);
      if (!this.byFoldedId.has(id.toLowerCase())) this.byFoldedId.set(id.toLowerCase(), draft);
      return draft;
    }

    if (!existing.records.includes(record)) existing.records.push(record);
    for (const [key, value] of Object.entries(fields)) {
      if (key === 'id') continue;
      if (filled.includes(key)) {
        // A filled-in value only replaces a missing one.
        if (existing.value[key] === undefined) {
          setOwn(existing.value, key, value);
          existing.filled ??= new Set();
          existing.filled.add(key);
        }
      } else if (existing.filled?.delete(key) === true) setOwn(existing.value, key, value);
      else this.merge(existing, key, value, location);
    }
    return existing;
  }

  /** Puts every definition's fields in the written order. */
  finish(): DraftDefinition[] {
    const order = FIELD_ORDER[this.kind];
    for (const draft of this.drafts.values()) {
      const sorted: Record<string, unknown> = {};
      for (const key of order) if (draft.value[key] !== undefined) setOwn(sorted, key, draft.value[key]);
      for (const [key, value] of Object.entries(draft.value)) if (!order.includes(key)) setOwn(sorted, key, value);
      draft.value = sorted;
    }
    return this.all();
  }

  private merge(draft: DraftDefinition, key: string, value: unknown, location: Location): void {
    const current = draft.value[key];
    if (current === undefined) {
      setOwn(draft.value, key, value);
      return;
    }
    if (LIST_FIELDS.has(key) && Array.isArray(current) && Array.isArray(value)) {
      const seen = new Set(current.map((item) => JSON.stringify(item)));
      for (const item of value) if (!seen.has(JSON.stringify(item))) current.push(item);
      return;
    }
    if (isRecord(current) && isRecord(value)) {
      for (const [inner, innerValue] of Object.entries(value)) {
        this.mergeInner(draft, key, current, inner, innerValue, location);
      }
      return;
    }
    this.reportConflict(draft, key, current, value, location);
  }

  private mergeInner(
    draft: DraftDefinition,
    key: string,
    current: Record<string, unknown>,
    inner: string,
    value: unknown,
    location: Location,
  ): void {
    const existing = current[inner];
    if (existing === undefined) setOwn(current, inner, value);
    else if (Array.isArray(existing) && Array.isArray(value)) {
      for (const item of value) if (!existing.includes(item)) existing.push(item);
    } else if (key === 'criteria' && inner === 'narrative' && typeof existing === 'string' && typeof value === 'string') {
      // A mapping sheet states a badge's benchmarks row by row; each distinct one is kept.
      const paragraphs = existing.split('\n\n');
      const added = value.split('\n\n').filter((paragraph) => !paragraphs.includes(paragraph));
      if (added.length > 0) current[inner] = [...paragraphs, ...added].join('\n\n');
    } else this.reportConflict(draft, `${key}.${inner}`, existing, value, location);
  }

  private reportConflict(draft: DraftDefinition, field: string, kept: unknown, value: unknown, location: Location): void {
    if (!this.report || JSON.stringify(kept) === JSON.stringify(value)) return;
    // The path names the sheet field, so a sheet finding points at the column that disagrees.
    const at = { ...location, path: [...location.path, SHEET_FIELDS[field] ?? field] };
    const data = {
      kind: this.kind,
      id: draft.id,
      field,
      value: shortText(value),
      kept: shortText(kept),
      first: draft.records[0] ?? 0,
    };
    this.findings.push(importFinding('conflict', data, at, draft.id));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function shortText(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
