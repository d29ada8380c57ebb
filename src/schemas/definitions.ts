/**
 * The JSON Schema of each definition kind. The loader validates every definition with
 * these, and `schemas/` ships them for editors.
 */
import {
  alignment,
  closedObject,
  httpUrl,
  language,
  nonEmptyText,
  positiveInteger,
  review,
  text,
  textList,
  type JsonSchema,
} from './parts.js';

const id = nonEmptyText('An opaque id, unique within its kind. Kept exactly as written.');

const kindOf = (kind: string): JsonSchema => ({
  const: kind,
  description: 'The kind of definition. Omitted inside a plural list.',
});

const alignments: JsonSchema = { type: 'array', items: alignment };

const tags = textList('Free-form tags.');

export const competencySchema: JsonSchema = closedObject(
  {
    kind: kindOf('competency'),
    id,
    statement: nonEmptyText('One assessable sentence stating what a person can do.'),
    name: text('A short label; defaults to the statement.'),
    description: text('Markdown.'),
    level: text('A Bloom level or a value of competencyLevels in the config.'),
    alignments,
    tags,
    language,
    review,
    distinctFrom: textList('Competency ids reviewed and kept apart from this one.'),
  },
  ['id', 'statement'],
  'A badgemap competency.',
);

const prerequisiteGroup: JsonSchema = closedObject(
  {
    anyOf: { ...textList('Badge ids, any of which satisfies the group.'), minItems: 1 },
    minimum: positiveInteger('How many of the badges are required; default 1.'),
  },
  ['anyOf'],
  'A group of badges of which a minimum number is required.',
);

const prerequisite: JsonSchema = {
  type: ['string', 'object'],
  if: { type: 'object' },
  then: prerequisiteGroup,
  else: { type: 'string', minLength: 1 },
  description: 'A badge id, or a group { anyOf, minimum }.',
};

const evidence: JsonSchema = closedObject(
  {
    type: nonEmptyText('The kind of evidence, such as project, report or recording.'),
    description: nonEmptyText('What the learner submits.'),
    required: { type: 'boolean', description: 'Whether the evidence is required; default true.' },
  },
  ['type', 'description'],
);

export const badgeSchema: JsonSchema = closedObject(
  {
    kind: kindOf('badge'),
    id,
    name: nonEmptyText('The badge name.'),
    description: nonEmptyText('Markdown.'),
    competencies: textList('The ids of the competencies the badge certifies.'),
    image: nonEmptyText('A path relative to this file, or an http(s) URL.'),
    level: positiveInteger('The position of the badge in a pathway.'),
    prerequisites: { type: 'array', items: prerequisite },
    evidence: { type: 'array', items: evidence },
    assessment: closedObject({
      methods: textList('Assessment methods, such as reviewer-rubric or hands-on-lab.'),
      reviewers: positiveInteger('How many reviewers assess each submission.'),
    }),
    rubric: nonEmptyText('The id of the rubric that scores the evidence.'),
    criteria: closedObject({
      narrative: text('Markdown appended to the generated criteria narrative.'),
      url: httpUrl('Replaces the criteria page URL.'),
    }),
    alignments,
    tags,
    language,
    review,
    achievementType: nonEmptyText('The Open Badges 3.0 achievement type; default Badge.'),
    version: text('Exported as written.'),
    humanCode: text('Exported as written.'),
  },
  ['id', 'name', 'description', 'competencies'],
  'A badgemap badge.',
);

const rubricLevel: JsonSchema = closedObject(
  {
    id,
    name: nonEmptyText('The level name.'),
    points: { type: 'number', minimum: 0, description: 'Points scored at this level.' },
    descriptor: text('What performance at this level looks like.'),
  },
  ['id', 'name', 'points'],
);

const rubricCriterion: JsonSchema = closedObject(
  {
    id,
    competency: nonEmptyText('The id of the competency this criterion scores.'),
    name: text('A short name; defaults to the description.'),
    description: text('What the criterion looks at.'),
    levels: { type: 'array', items: rubricLevel, description: 'Listed from low to high.' },
  },
  ['id', 'competency', 'levels'],
);

export const rubricSchema: JsonSchema = closedObject(
  {
    kind: kindOf('rubric'),
    id,
    name: nonEmptyText('The rubric name.'),
    criteria: { type: 'array', items: rubricCriterion },
    passing: closedObject({
      minimumPoints: { type: 'number', minimum: 0, description: 'The least total that passes.' },
      everyCriterionAtLeast: nonEmptyText('A level id that every criterion must reach.'),
    }),
    review,
  },
  ['id', 'name', 'criteria'],
  'A badgemap rubric.',
);

export const moduleSchema: JsonSchema = closedObject(
  {
    kind: kindOf('module'),
    id,
    name: nonEmptyText('The module name.'),
    competencies: textList('The competency the module targets; one is the norm.'),
    durationMinutes: positiveInteger('How long the module takes, in minutes.'),
    produces: textList('The evidence types the module produces.'),
    review,
  },
  ['id', 'name', 'competencies'],
  'A badgemap module.',
);

/** The top level of a document that lists definitions under plural keys. */
export const collectionSchema: JsonSchema = closedObject(
  {
    competencies: { type: 'array' },
    badges: { type: 'array' },
    rubrics: { type: 'array' },
    modules: { type: 'array' },
  },
  [],
  'Definitions listed by kind.',
);
