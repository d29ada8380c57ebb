/**
 * The fields of one record, by kind. In `import` mode a missing statement or description
 * is filled in from the name (and reported), and a record that still lacks what its kind
 * requires is skipped; in `lint` mode the record is taken as written.
 */
import type { Location } from '../finding.js';
import type { Alignment, Evidence, Prerequisite } from '../model/types.js';
import { FILLED, type DraftSet, type RecordFields } from './drafts.js';
import { setOwn } from '../util/json.js';
import { slugify } from './ids.js';
import { preview, type RecordReader } from './record-reader.js';
import { alignmentFrom, isPoints, parseAlignment, parseEvidence, parsePrerequisite, UNSPECIFIED_EVIDENCE, vocabularyTerm } from './values.js';

export interface Vocabulary {
  evidenceTypes: readonly string[];
  assessmentMethods: readonly string[];
}

type Fields = Record<string, unknown>;

const COMPETENCY_FIELDS = ['id', 'statement', 'name', 'description', 'level', 'tags', 'language', 'distinctFrom', 'alignments', 'alignmentName', 'alignmentUrl', 'parent'];
const BADGE_FIELDS = [
  'id', 'name', 'description', 'competencies', 'image', 'level', 'prerequisites', 'evidence', 'methods', 'reviewers',
  'rubric', 'narrative', 'criteriaUrl', 'tags', 'language', 'achievementType', 'version', 'humanCode', 'alignments', 'alignmentName', 'alignmentUrl',
];

/** A competency's fields, or `undefined` when the record holds none (or, importing, no statement). */
export function readCompetencyFields(reader: RecordReader, prefix: string, lint: boolean, optional = false): Fields | undefined {
  const field = (name: string) => `${prefix}${name}`;
  if (optional && COMPETENCY_FIELDS.every((name) => reader.text(field(name)) === undefined)) return undefined;

  let statement = reader.text(field('statement'));
  const name = reader.text(field('name'));
  const description = reader.text(field('description'));
  const filled: string[] = [];
  if (statement === undefined && !lint) {
    const source = name !== undefined ? 'name' : description !== undefined ? 'description' : undefined;
    if (source === undefined) {
      reader.reportRecord('missingField', { field: 'statement', hint: hintFor(reader, field('statement')) });
      return undefined;
    }
    statement = (source === 'name' ? name : description) as string;
    filled.push('statement');
    reader.report(field(source), 'fallback', { field: 'statement', source, value: preview(statement) });
  }

  return withFilled(filled, {
    id: reader.text(field('id')),
    statement,
    name,
    description,
    level: reader.text(field('level')),
    alignments: readAlignments(reader, prefix),
    tags: reader.list(field('tags')),
    language: reader.text(field('language')),
    distinctFrom: reader.list(field('distinctFrom')),
    'x-parent': reader.text(field('parent')),
  });
}

/** The compacted fields, with the names of those filled in under `FILLED`. */
function withFilled(filled: readonly string[], fields: Fields, keep: readonly string[] = []): RecordFields {
  const result: RecordFields = compact(fields, keep);
  if (filled.length > 0) result[FILLED] = filled;
  return result;
}

/** A badge's fields, or `undefined` when the record holds none (or, importing, no name). */
export function readBadgeFields(reader: RecordReader, prefix: string, lint: boolean, vocabulary: Vocabulary, optional = false): Fields | undefined {
  const field = (name: string) => `${prefix}${name}`;
  if (optional && BADGE_FIELDS.every((name) => reader.text(field(name)) === undefined)) return undefined;

  const name = reader.text(field('name'));
  let description = reader.text(field('description'));
  if (name === undefined && !lint) {
    reader.reportRecord('missingField', { field: 'badge name', hint: hintFor(reader, field('name')) });
    return undefined;
  }
  const filled: string[] = [];
  if (description === undefined && name !== undefined && !lint) {
    description = name;
    filled.push('description');
    reader.report(field('name'), 'fallback', { field: 'description', source: 'name', value: preview(name) });
  }

  const methods = reader.list(field('methods')).map((method) => {
    const term = vocabularyTerm(method, vocabulary.assessmentMethods);
    if (term === method) return method;
    if (term === undefined) {
      reader.report(field('methods'), 'notVocabulary', { value: method, what: 'assessment method' });
      return method;
    }
    reader.report(field('methods'), 'vocabulary', { value: method, what: 'assessment method', term });
    return term;
  });
  const reviewers = reader.integer(field('reviewers'));
  const narrative = reader.text(field('narrative'));
  const criteriaUrl = readUrl(reader, field('criteriaUrl'));

  return withFilled(filled, {
    id: reader.text(field('id')),
    name,
    description,
    competencies: prefix === '' ? reader.list(field('competencies')) : undefined,
    image: reader.text(field('image')),
    level: reader.integer(field('level')),
    prerequisites: readPrerequisites(reader, field('prerequisites')),
    evidence: readEvidence(reader, field('evidence'), vocabulary),
    assessment: compact({ methods, reviewers }),
    rubric: reader.text(field('rubric')),
    criteria: compact({ narrative, url: criteriaUrl }),
    alignments: readAlignments(reader, prefix),
    tags: reader.list(field('tags')),
    language: reader.text(field('language')),
    achievementType: reader.text(field('achievementType')),
    version: reader.text(field('version')),
    humanCode: reader.text(field('humanCode')),
  }, prefix === '' ? ['competencies'] : []);
}

/**
 * One row of a rubric sheet: one level of one criterion. Rows are grouped by rubric id (or
 * name) and criterion id (or name); levels keep the order of the rows.
 */
export function readRubricRow(reader: RecordReader, set: DraftSet, location: Location, lint: boolean, kept: Fields): boolean {
  const rubricId = reader.text('id');
  const rubricName = reader.text('name');
  const competency = reader.text('competency');
  const levelName = reader.text('level');
  const pointsText = reader.text('points');

  const missing = [
    rubricId === undefined && rubricName === undefined ? 'rubric id or name' : undefined,
    competency === undefined ? 'competency' : undefined,
    levelName === undefined && reader.text('levelId') === undefined ? 'level' : undefined,
    pointsText === undefined ? 'points' : undefined,
  ].filter((name) => name !== undefined);
  if (missing.length > 0 && !lint) {
    reader.reportRecord('missingField', { field: missing.join(', '), hint: '' });
    return false;
  }
  // A level without points cannot be scored, so importing skips the row instead of keeping the text aside.
  if (!lint && pointsText !== undefined && !isPoints(pointsText)) {
    reader.report('points', 'invalidField', { value: preview(pointsText), expected: 'a number of 0 or more', field: 'points' });
    return false;
  }
  let points: number | undefined;
  if (lint) points = reader.points('points');
  else if (pointsText !== undefined) points = Number(pointsText);

  const identity = rubricName ?? rubricId ?? '';
  const id = rubricId ?? set.idOfIdentity(identity) ?? set.ids.derive(identity);
  if (rubricId !== undefined && !set.ids.isTaken(rubricId)) set.ids.claim(rubricId, rubricId);
  const name = rubricName ?? (lint ? undefined : id);
  if (rubricName === undefined && set.get(id) === undefined && !lint) {
    reader.report('id', 'fallback', { field: 'rubric name', source: 'id', value: id });
  }

  const passing = compact({ minimumPoints: reader.points('minimumPoints'), everyCriterionAtLeast: reader.text('everyCriterionAtLeast') });
  const filled = rubricName === undefined && !lint ? ['name'] : [];
  const draft = set.add(id, withFilled(filled, { name, passing, ...kept }), reader.record.number, location, identity);
  // compact drops empty lists, and merging a second `criteria` list would report a conflict, so the list is made here.
  if (!Array.isArray(draft.value.criteria)) setOwn(draft.value, 'criteria', []);

  const criteria = draft.value.criteria as Fields[];
  const criterionName = reader.text('criterionName');
  const criterionDescription = reader.text('criterionDescription');
  const criterionId = reader.text('criterion') ?? slugify(criterionName ?? criterionDescription ?? competency ?? '') ?? '';
  let criterion = criteria.find((item) => item.id === criterionId);
  if (criterion === undefined) {
    criterion = compact({ id: criterionId, competency, name: criterionName, description: criterionDescription, levels: [] }, ['levels']);
    criteria.push(criterion);
  }

  const levelId = reader.text('levelId') ?? slugify(levelName ?? '');
  (criterion.levels as Fields[]).push(compact({ id: levelId, name: levelName ?? levelId, points, descriptor: reader.text('descriptor') }));
  return true;
}

function readAlignments(reader: RecordReader, prefix: string): Alignment[] {
  const field = `${prefix}alignments`;
  const alignments: Alignment[] = [];
  for (const text of reader.list(field)) {
    const parsed = parseAlignment(text);
    if ('reason' in parsed) reader.keepAside(field, text, 'notParsed', { what: 'alignment', reason: parsed.reason });
    else alignments.push(parsed.value);
  }

  const group = {
    name: reader.text(`${prefix}alignmentName`),
    url: reader.text(`${prefix}alignmentUrl`),
    framework: reader.text(`${prefix}alignmentFramework`),
    code: reader.text(`${prefix}alignmentCode`),
  };
  if (Object.values(group).some((value) => value !== undefined)) {
    const alignment = alignmentFrom(group);
    if (alignment !== undefined) alignments.push(alignment);
    else {
      const text = Object.values(group).filter((value) => value !== undefined).join(' ');
      reader.keepAside(`${prefix}alignmentUrl`, text, 'notParsed', { what: 'alignment', reason: 'it needs an http(s) URL' });
    }
  }
  return alignments;
}

function readEvidence(reader: RecordReader, field: string, vocabulary: Vocabulary): Evidence[] {
  const evidence: Evidence[] = [];
  for (const text of reader.list(field)) {
    const parsed = parseEvidence(text, vocabulary.evidenceTypes);
    if ('reason' in parsed) {
      reader.keepAside(field, text, 'notParsed', { what: 'evidence', reason: parsed.reason });
      continue;
    }
    if (parsed.converted !== undefined) {
      const messageId = parsed.converted === UNSPECIFIED_EVIDENCE ? 'evidenceType' : 'evidenceNamed';
      reader.report(field, messageId, { value: preview(text), type: parsed.converted });
    }
    evidence.push(parsed.value);
  }
  return evidence;
}

function readPrerequisites(reader: RecordReader, field: string): Prerequisite[] {
  const prerequisites: Prerequisite[] = [];
  for (const text of reader.list(field)) {
    const parsed = parsePrerequisite(text);
    if ('reason' in parsed) reader.keepAside(field, text, 'notParsed', { what: 'prerequisite', reason: parsed.reason });
    else prerequisites.push(parsed.value);
  }
  return prerequisites;
}

function readUrl(reader: RecordReader, field: string): string | undefined {
  const text = reader.text(field);
  if (text === undefined || /^https?:\/\/\S+$/i.test(text)) return text;
  reader.keepAside(field, text, 'notParsed', { what: 'URL', reason: 'it must start with http:// or https://' });
  return undefined;
}

function hintFor(reader: RecordReader, field: string): string {
  return reader.has(field) ? '' : `; no column is mapped to it (use --map ${field.replace(/^\w+\./, '')}=HEADER)`;
}

/** Drops undefined values, empty lists and empty objects, except the keys in `keep`. */
function compact(fields: Fields, keep: readonly string[] = []): Fields {
  const result: Fields = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (!keep.includes(key)) {
      if (Array.isArray(value) && value.length === 0) continue;
      if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    }
    result[key] = value;
  }
  return result;
}
