/**
 * Header names that real competency spreadsheets use for each field, so that common exports
 * (OSMT, CASE and OpenSALT, Moodle, ESCO) load without a column mapping. Headers are compared
 * by `headerKey`: letter case, spaces, underscores and hyphens do not matter.
 */
import type { Kind } from '../model/types.js';

/** Field → header synonyms, most specific first. */
export const COLUMN_SYNONYMS: Partial<Record<Kind, Record<string, string[]>>> = {
  competency: {
    id: ['id', 'id number', 'code', 'competency id', 'skill id', 'identifier', 'human coding scheme'],
    statement: [
      'statement',
      'skill statement',
      'competency statement',
      'full statement',
      'contextualized skill statement',
    ],
    name: ['name', 'skill name', 'rsd name', 'short name', 'preferred label', 'abbreviated statement', 'title'],
    description: ['description'],
    level: ['level', 'bloom level'],
    tags: ['tags', 'keywords', 'concept keywords'],
    language: ['language'],
    distinctFrom: ['distinct from'],
  },
};

/** Field → header synonyms of a calibrate scores file (one row per score). */
export const SCORE_COLUMN_SYNONYMS: Record<string, string[]> = {
  submission: ['submission', 'submission id', 'sample', 'sample id', 'artifact', 'artefact', 'work sample', 'evidence', 'case', 'unit', 'item'],
  reviewer: ['reviewer', 'rater', 'assessor', 'scorer', 'grader', 'marker', 'examiner', 'evaluator', 'judge', 'coder', 'observer'],
  criterion: ['criterion', 'criterion id', 'rubric criterion', 'criteria', 'dimension', 'trait'],
  level: ['level', 'level id', 'performance level', 'score', 'rating', 'grade', 'mark'],
  rubric: ['rubric', 'rubric id'],
};

/** Field → header synonyms of a stats results file (one row per assessment outcome). */
export const RESULT_COLUMN_SYNONYMS: Record<string, string[]> = {
  learner: ['learner', 'learner id', 'student', 'student id', 'candidate', 'earner', 'recipient', 'participant', 'user', 'user id', 'email'],
  badge: ['badge', 'badge id', 'credential', 'credential id', 'achievement', 'achievement id'],
  competency: ['competency', 'competency id', 'skill', 'skill id'],
  criterion: ['criterion', 'criterion id', 'rubric criterion'],
  passed: ['passed', 'pass', 'pass fail', 'pass/fail', 'outcome', 'result', 'status', 'met'],
  level: ['level', 'level id', 'performance level', 'score', 'rating', 'grade'],
  date: ['date', 'assessed', 'assessed on', 'assessment date', 'date assessed', 'completed', 'completed on', 'submitted', 'submitted on', 'awarded on', 'timestamp'],
};

/** Fields whose cells hold several values split by the sheet's separator. */
export const MULTI_VALUED_FIELDS = new Set(['tags', 'distinctFrom']);

export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[\s_-]+/g, '');
}

export interface ColumnMatch {
  /** Field → column index. */
  columns: Map<string, number>;
  /** Explicitly mapped headers that the sheet does not have: field → header. */
  missing: Map<string, string>;
  /** Headers that map to no field. */
  unused: string[];
}

/** Matches a sheet's header to fields: explicit mappings first, then the known synonyms. */
export function matchColumns(kind: Kind, header: readonly string[], explicit: Record<string, string>): ColumnMatch {
  return matchColumnsWith(COLUMN_SYNONYMS[kind] ?? {}, header, explicit);
}

/** Matches a header to the fields of a synonym table, explicit mappings first. */
export function matchColumnsWith(
  synonymTable: Record<string, string[]>,
  header: readonly string[],
  explicit: Record<string, string>,
): ColumnMatch {
  const byKey = new Map<string, number>();
  header.forEach((name, index) => {
    const key = headerKey(name);
    if (!byKey.has(key)) byKey.set(key, index);
  });

  const columns = new Map<string, number>();
  const missing = new Map<string, string>();
  const claimed = new Set<number>();

  for (const [field, name] of Object.entries(explicit)) {
    const index = byKey.get(headerKey(name));
    if (index === undefined) missing.set(field, name);
    else {
      columns.set(field, index);
      claimed.add(index);
    }
  }

  for (const [field, synonyms] of Object.entries(synonymTable)) {
    if (columns.has(field) || missing.has(field)) continue;
    for (const synonym of synonyms) {
      const index = byKey.get(headerKey(synonym));
      if (index !== undefined && !claimed.has(index)) {
        columns.set(field, index);
        claimed.add(index);
        break;
      }
    }
  }

  const unused = header.filter((_, index) => !claimed.has(index));
  return { columns, missing, unused };
}
