/**
 * Validates a raw definition against its kind's schema and builds the typed definition.
 *
 * A definition with an error keeps what is valid: a bad list item is dropped, a bad field is
 * removed, and a definition without a usable id is left out of the model. The schema
 * findings say what was wrong, so nothing is lost silently.
 */
import type { ErrorObject } from 'ajv';

import type { Config } from '../config/types.js';
import type { PathSegment, RawFinding } from '../finding.js';
import type {
  Alignment,
  Badge,
  Competency,
  Definition,
  DefinitionSource,
  Evidence,
  Module,
  Prerequisite,
  Review,
  Rubric,
  RubricCriterion,
} from '../model/types.js';
import { schemaRule } from '../rules/schema.js';
import { createFinding } from '../rules/types.js';
import { badgeSchema, competencySchema, moduleSchema, rubricSchema } from '../schemas/definitions.js';
import type { JsonSchema } from '../schemas/parts.js';
import { validate } from '../schemas/validator.js';
import { closestMatch } from '../util/suggest.js';
import type { RawDefinition } from './documents.js';
import { describeValue, pointerToPath, translateSchemaErrors } from './schema-errors.js';

const SCHEMAS: Record<Definition['kind'], JsonSchema> = {
  competency: competencySchema,
  badge: badgeSchema,
  rubric: rubricSchema,
  module: moduleSchema,
};

export const BLOOM_LEVELS = ['remember', 'understand', 'apply', 'analyze', 'analyse', 'evaluate', 'create'];

type Fields = Record<string, unknown>;

export interface BuiltDefinition {
  definition?: Definition;
  findings: RawFinding[];
}

export function buildDefinition(raw: RawDefinition, config: Config, row?: number): BuiltDefinition {
  const { value, location } = raw;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { findings: [createFinding(schemaRule, 'notMapping', { actual: describeValue(value) }, location)] };
  }

  const fields = dropMissing(value as Fields, SCHEMAS[raw.kind]);
  const definitionId = typeof fields.id === 'string' ? fields.id : undefined;
  const errors = [...validate(SCHEMAS[raw.kind], fields), ...infiniteNumbers(fields)];
  const findings = translateSchemaErrors(errors, {
    rule: schemaRule,
    data: fields,
    base: location,
    ...(definitionId === undefined ? {} : { definitionId }),
  });

  const invalidPaths = errors.map((error) => errorPath(error, fields).join('/'));
  if (!removeInvalid(fields, errors) || typeof fields.id !== 'string') return { findings };

  const source: DefinitionSource = { file: location.file, doc: location.doc, path: location.path };
  if (row !== undefined) source.row = row;
  const definition = toDefinition(raw.kind, fields, source);
  if (invalidPaths.length > 0) definition.invalidPaths = invalidPaths;
  findings.push(...checkValues(definition, config));
  return { definition, findings };
}

/**
 * Finds numbers too large to hold, such as `1e400`: Ajv's type coercion reads them as
 * Infinity and accepts them, so they are added as errors of a keyword of our own.
 */
function infiniteNumbers(value: unknown, pointer = ''): ErrorObject[] {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return [{ keyword: 'finite', instancePath: pointer, schemaPath: '', params: {}, data: value }];
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => infiniteNumbers(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
}

/**
 * Removes fields whose value is `null`, at every depth: written as empty, `~` or `null`, they
 * are missing. An unknown field stays, so the schema reports it even when it has no value
 * (`and its tests` after a comma in a flow mapping is such a key).
 */
function dropMissing(fields: Fields, schema: JsonSchema | undefined): Fields {
  const properties = propertiesOf(schema);
  for (const [key, value] of Object.entries(fields)) {
    const fieldSchema = properties?.[key];
    const known = properties === undefined || fieldSchema !== undefined || key.startsWith('x-');
    if (value === null) {
      if (known) delete fields[key];
    } else if (Array.isArray(value)) {
      const itemSchema = fieldSchema?.items as JsonSchema | undefined;
      value.forEach((item) => isFields(item) && dropMissing(item, itemSchema));
    } else if (isFields(value)) {
      dropMissing(value, fieldSchema);
    }
  }
  return fields;
}

/** Returns the properties a mapping may have, from the schema or its mapping alternative; undefined when unknown. */
function propertiesOf(schema: JsonSchema | undefined): Record<string, JsonSchema> | undefined {
  if (schema === undefined) return undefined;
  if (isFields(schema.properties)) return schema.properties as Record<string, JsonSchema>;
  const alternatives = [schema.anyOf, schema.oneOf, [schema.then]].flat().filter(isFields) as JsonSchema[];
  const mapping = alternatives.find((alternative) => isFields(alternative.properties));
  return mapping === undefined ? undefined : propertiesOf(mapping);
}

/**
 * Removes what each error is about: the innermost list item that holds the error, else the
 * field itself. Returns false when the id is invalid, since the definition then cannot be
 * referred to.
 */
function removeInvalid(fields: Fields, errors: ErrorObject[]): boolean {
  const removals = new Map<string, { list: unknown[]; indexes: Set<number> }>();

  for (const error of errors) {
    if (error.keyword === 'if') continue;
    const path = errorPath(error, fields);
    if (path.length === 0) continue;
    if (path[0] === 'id') return false;

    const lastIndex = path.findLastIndex((segment) => typeof segment === 'number');
    if (lastIndex < 0) {
      deleteAt(fields, path);
      continue;
    }

    const list = valueAt(fields, path.slice(0, lastIndex));
    if (!Array.isArray(list)) continue;
    const key = JSON.stringify(path.slice(0, lastIndex));
    const entry = removals.get(key) ?? { list, indexes: new Set<number>() };
    entry.indexes.add(path[lastIndex] as number);
    removals.set(key, entry);
  }

  // Items go last to first, so earlier indexes stay valid.
  for (const { list, indexes } of removals.values()) {
    for (const index of [...indexes].sort((a, b) => b - a)) list.splice(index, 1);
  }
  return true;
}

/** Returns the data path of what an error is about: the value, or the unknown field. */
function errorPath(error: ErrorObject, fields: Fields): PathSegment[] {
  const path = pointerToPath(error.instancePath, fields);
  if (error.keyword === 'additionalProperties') path.push(String(error.params.additionalProperty));
  return path;
}

function valueAt(fields: Fields, path: (string | number)[]): unknown {
  let current: unknown = fields;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function deleteAt(fields: Fields, path: (string | number)[]): void {
  const parent = valueAt(fields, path.slice(0, -1));
  if (isFields(parent)) delete parent[path[path.length - 1] as string];
}

function toDefinition(kind: Definition['kind'], fields: Fields, source: DefinitionSource): Definition {
  const base = { id: fields.id as string, source, extensions: extensionsOf(fields) };
  switch (kind) {
    case 'competency':
      return toCompetency(fields, base);
    case 'badge':
      return toBadge(fields, base);
    case 'rubric':
      return toRubric(fields, base);
    default:
      return toModule(fields, base);
  }
}

type Base = Pick<Definition, 'id' | 'source' | 'extensions'>;

function toCompetency(fields: Fields, base: Base): Competency {
  return {
    kind: 'competency',
    ...base,
    statement: text(fields.statement),
    ...optional('name', fields.name),
    ...optional('description', fields.description),
    ...optional('level', fields.level),
    alignments: list<Alignment>(fields.alignments),
    tags: list<string>(fields.tags),
    ...optional('language', fields.language),
    ...optional('review', toReview(fields.review)),
    distinctFrom: list<string>(fields.distinctFrom),
  } as Competency;
}

function toBadge(fields: Fields, base: Base): Badge {
  const assessment = fields.assessment as Fields | undefined;
  return {
    kind: 'badge',
    ...base,
    name: text(fields.name),
    description: text(fields.description),
    competencies: list<string>(fields.competencies),
    ...optional('image', fields.image),
    ...optional('level', fields.level),
    prerequisites: list<Prerequisite | Fields>(fields.prerequisites).map(toPrerequisite),
    evidence: list<Fields>(fields.evidence).map(toEvidence),
    ...optional(
      'assessment',
      assessment && {
        methods: list<string>(assessment.methods),
        ...optional('reviewers', assessment.reviewers),
      },
    ),
    ...optional('rubric', fields.rubric),
    ...optional('criteria', fields.criteria),
    alignments: list<Alignment>(fields.alignments),
    tags: list<string>(fields.tags),
    ...optional('language', fields.language),
    ...optional('review', toReview(fields.review)),
    ...optional('achievementType', fields.achievementType),
    ...optional('version', fields.version),
    ...optional('humanCode', fields.humanCode),
  } as Badge;
}

function toRubric(fields: Fields, base: Base): Rubric {
  return {
    kind: 'rubric',
    ...base,
    name: text(fields.name),
    criteria: list<Fields>(fields.criteria).map(
      (criterion) =>
        ({
          id: criterion.id as string,
          competency: criterion.competency as string,
          ...optional('name', criterion.name),
          ...optional('description', criterion.description),
          levels: list<RubricCriterion['levels'][number]>(criterion.levels),
        }) as RubricCriterion,
    ),
    ...optional('passing', fields.passing),
    ...optional('review', toReview(fields.review)),
  } as Rubric;
}

function toModule(fields: Fields, base: Base): Module {
  return {
    kind: 'module',
    ...base,
    name: text(fields.name),
    competencies: list<string>(fields.competencies),
    ...optional('durationMinutes', fields.durationMinutes),
    produces: list<string>(fields.produces),
    ...optional('review', toReview(fields.review)),
  } as Module;
}

function toPrerequisite(entry: Prerequisite | Fields): Prerequisite {
  if (typeof entry === 'string') return entry;
  return { anyOf: list<string>(entry.anyOf), minimum: typeof entry.minimum === 'number' ? entry.minimum : 1 };
}

function toEvidence(entry: Fields): Evidence {
  return {
    type: entry.type as string,
    description: entry.description as string,
    required: entry.required !== false,
  };
}

function toReview(value: unknown): Review | undefined {
  if (!isFields(value)) return undefined;
  return {
    ...optional('last', value.last),
    ...optional('cadenceMonths', value.cadenceMonths),
    by: list<string>(value.by),
  } as Review;
}

/** Checks that need the config or the calendar, beyond what the schema can say. */
function checkValues(definition: Definition, config: Config): RawFinding[] {
  const findings: RawFinding[] = [];
  const at = (...path: (string | number)[]) => ({
    file: definition.source.file,
    doc: definition.source.doc,
    path: [...definition.source.path, ...path],
  });
  const extras = { definitionId: definition.id };

  if (definition.kind === 'competency' && definition.level !== undefined) {
    const allowed = config.competencyLevels ?? BLOOM_LEVELS;
    if (!allowed.includes(definition.level)) {
      const match = closestMatch(definition.level, allowed);
      const data = {
        field: 'level',
        value: definition.level,
        allowed: config.competencyLevels === undefined ? 'a Bloom level' : 'one of competencyLevels in the config',
        hint: match === undefined ? ` Allowed: ${allowed.join(', ')}.` : ` Did you mean "${match}"?`,
      };
      findings.push(createFinding(schemaRule, 'level', data, at('level'), extras));
    }
  }

  const last = definition.review?.last;
  if (last !== undefined && !isCalendarDate(last)) {
    findings.push(createFinding(schemaRule, 'date', { field: 'review.last', value: last }, at('review', 'last'), extras));
  }

  return findings;
}

export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, because Date.UTC reads the years 0 to 99 as 1900 to 1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function extensionsOf(fields: Fields): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => key.startsWith('x-')));
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

function optional<K extends string>(key: K, value: unknown): { [P in K]?: unknown } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: unknown });
}

function isFields(value: unknown): value is Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
