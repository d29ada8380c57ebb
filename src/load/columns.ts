/**
 * Header names that real spreadsheets use for each field, so that common exports (OSMT,
 * CASE and OpenSALT, Moodle, ESCO, Credential Engine bulk uploads, the mapping sheets that
 * programs keep) load without a column mapping. Headers are compared by `headerKey`:
 * letter case, spaces, underscores and hyphens do not matter.
 *
 * Field names are those of the definition, except a few that spreadsheets spread over
 * columns or hold in a simpler form: `parent` (a hierarchy link, kept as `x-parent`),
 * `methods` and `reviewers` (the badge's `assessment`), `narrative` and `criteriaUrl` (its
 * `criteria`), and the rubric's per-row `criterion…` and `level…` columns. A mapping sheet
 * names its fields `competency.<field>` and `badge.<field>`.
 */
import type { Kind } from '../model/types.js';

export type SheetKind = Exclude<Kind, 'module'> | 'mapping';

export const SHEET_KINDS: readonly SheetKind[] = ['competency', 'badge', 'rubric', 'mapping'];

const COMPETENCY: Record<string, string[]> = {
  id: [
    'id',
    'id number',
    'code',
    'competency id',
    'competency code',
    'skill id',
    'identifier',
    'human coding scheme',
    'ctid',
    'uuid',
  ],
  statement: [
    'statement',
    'skill statement',
    'competency statement',
    'full statement',
    'contextualized skill statement',
    'competency text',
    'competency label',
    'description',
  ],
  name: ['name', 'skill name', 'rsd name', 'short name', 'shortname', 'preferred label', 'abbreviated statement', 'title'],
  description: ['description', 'definition', 'comment'],
  level: ['level', 'bloom level', 'competency level'],
  tags: ['tags', 'keywords', 'concept keywords', 'keyword'],
  language: ['language', 'in language'],
  distinctFrom: ['distinct from'],
  alignments: ['alignments'],
  alignmentName: ['alignment name', 'alignment title', 'alignment 1 name'],
  alignmentUrl: ['alignment url', 'alignment', 'alignment 1 url'],
  alignmentFramework: ['alignment framework', 'alignment 1 framework'],
  alignmentCode: ['alignment code', 'alignment 1 code'],
  parent: ['parent', 'parent id', 'parent id number', 'parent code', 'parent identifier', 'is child of', 'broader', 'parent competency'],
};

const BADGE: Record<string, string[]> = {
  id: ['id', 'badge id', 'badge code', 'code', 'identifier', 'ctid'],
  name: ['name', 'badge name', 'badge', 'credential name', 'title'],
  description: ['description', 'badge description', 'credential description'],
  competencies: ['competencies', 'competency ids', 'competency id', 'skills'],
  image: ['image', 'image url', 'badge image'],
  level: ['level', 'badge level'],
  prerequisites: ['prerequisites', 'prerequisite', 'requires'],
  evidence: ['evidence', 'evidence required'],
  methods: ['assessment method', 'assessment methods', 'assessment'],
  reviewers: ['reviewers'],
  rubric: ['rubric', 'rubric id'],
  narrative: ['criteria', 'criteria narrative', 'rubric / benchmarks', 'benchmarks'],
  criteriaUrl: ['criteria url', 'criteria page'],
  tags: ['tags', 'keywords'],
  language: ['language', 'in language'],
  achievementType: ['achievement type', 'credential type'],
  version: ['version'],
  humanCode: ['human code'],
  alignments: ['alignments'],
  alignmentName: ['alignment name', 'alignment title'],
  alignmentUrl: ['alignment url', 'alignment'],
  alignmentFramework: ['alignment framework'],
  alignmentCode: ['alignment code'],
};

const RUBRIC: Record<string, string[]> = {
  id: ['rubric id', 'id', 'rubric'],
  name: ['rubric name', 'name'],
  criterion: ['criterion id', 'criterion'],
  competency: ['competency', 'competency id'],
  criterionName: ['criterion name'],
  criterionDescription: ['criterion description'],
  levelId: ['level id'],
  level: ['level', 'level name', 'performance level'],
  points: ['points', 'score'],
  descriptor: ['descriptor', 'level descriptor', 'description'],
  minimumPoints: ['minimum points', 'passing points'],
  everyCriterionAtLeast: ['every criterion at least', 'passing level'],
};

/** The mapping sheet's fields and headers. A header listed here wins over a plain synonym. */
const MAPPING: Record<string, string[]> = {
  'competency.id': ['competency id', 'competency code', 'skill id'],
  'competency.statement': ['competency', 'competency statement', 'skill', 'skill statement', 'statement'],
  'competency.name': ['competency name', 'skill name'],
  'competency.description': ['competency description'],
  'competency.level': ['competency level', 'bloom level'],
  'competency.tags': ['competency tags'],
  'competency.language': ['competency language'],
  'competency.distinctFrom': ['competency distinct from', 'distinct from'],
  'competency.alignments': ['competency alignments'],
  'competency.parent': ['competency parent', 'parent competency', 'parent'],
  'badge.id': ['badge id', 'badge code'],
  'badge.name': ['badge', 'badge name', 'credential', 'micro-credential'],
  'badge.description': ['badge description', 'description'],
  'badge.evidence': ['evidence', 'evidence required'],
  'badge.narrative': ['rubric / benchmarks', 'rubric/benchmarks', 'benchmarks', 'rubric', 'criteria', 'criteria narrative'],
  'badge.methods': ['assessment method', 'assessment methods', 'assessment'],
  'badge.reviewers': ['reviewers'],
  'badge.rubric': ['rubric id'],
  'badge.level': ['badge level', 'level'],
  'badge.image': ['badge image', 'image'],
  'badge.prerequisites': ['prerequisites', 'badge prerequisites'],
  'badge.criteriaUrl': ['criteria url'],
  'badge.tags': ['badge tags', 'tags'],
  'badge.language': ['badge language', 'language'],
  'badge.achievementType': ['achievement type'],
  'badge.version': ['badge version', 'version'],
  'badge.humanCode': ['human code'],
  'badge.alignments': ['badge alignments', 'alignments'],
};

/** Field → header synonyms, most specific first. */
export const COLUMN_SYNONYMS: Record<SheetKind, Record<string, string[]>> = {
  competency: COMPETENCY,
  badge: BADGE,
  rubric: RUBRIC,
  mapping: MAPPING,
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

/** Fields whose cells hold several values split by the sheet's separator or by line breaks. */
export const MULTI_VALUED_FIELDS = new Set([
  'tags',
  'distinctFrom',
  'alignments',
  'competencies',
  'prerequisites',
  'evidence',
  'methods',
]);

/** Fields whose cells must hold a whole number, and the least value allowed. */
export const INTEGER_FIELDS: Record<string, number> = { level: 1, reviewers: 1 };

/** Fields whose cells must hold a number of points. */
export const POINTS_FIELDS = new Set(['points', 'minimumPoints']);

/** The plain field name of a possibly qualified one: `badge.level` → `level`. */
export function baseField(field: string): string {
  const dot = field.indexOf('.');
  return dot < 0 ? field : field.slice(dot + 1);
}

/** Every field name a sheet's `columns` may map, for the config schema. */
export function allSheetFields(): string[] {
  const fields = new Set<string>();
  for (const kind of SHEET_KINDS) for (const field of Object.keys(COLUMN_SYNONYMS[kind])) fields.add(field);
  return [...fields].sort();
}

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
  /** Indexes of the columns that map to no field. */
  unusedIndexes: number[];
}

/** Matches a sheet's header to fields: explicit mappings first, then the known synonyms. */
export function matchColumns(kind: SheetKind, header: readonly string[], explicit: Record<string, string>): ColumnMatch {
  return matchColumnsWith(COLUMN_SYNONYMS[kind], header, explicit);
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
    if (key !== '' && !byKey.has(key)) byKey.set(key, index);
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

  // Fields claim columns in declared order, each its first free synonym, so `Description`
  // is the statement of a sheet with no statement column and the description otherwise.
  for (const [field, names] of Object.entries(synonymTable)) {
    if (columns.has(field) || missing.has(field)) continue;
    for (const name of names) {
      const index = byKey.get(headerKey(name));
      if (index !== undefined && !claimed.has(index)) {
        columns.set(field, index);
        claimed.add(index);
        break;
      }
    }
  }

  const unusedIndexes = header.map((_, index) => index).filter((index) => !claimed.has(index));
  return { columns, missing, unused: unusedIndexes.map((index) => header[index] ?? ''), unusedIndexes };
}
