/**
 * Building blocks shared by the definition and config schemas.
 *
 * The schemas are JSON Schema draft-07, the draft that YAML editors support best, and each
 * written file is self-contained so that an editor never has to resolve a reference.
 */

import { ALIGNMENT_TARGET_TYPES } from '../openbadges/ob3/vocabulary.js';

export type JsonSchema = Record<string, unknown>;

export const SCHEMA_DRAFT = 'http://json-schema.org/draft-07/schema#';

/** The base of every schema `$id`. It names the schema; nothing is fetched from it. */
export const SCHEMA_ID_BASE = 'https://badgemap.dev/schemas/v1/';

/** Fields whose name starts with `x-` are allowed everywhere and ignored by the rules. */
export const EXTENSION_FIELDS = { '^x-': {} };

export const nonEmptyText = (description: string): JsonSchema => ({
  type: 'string',
  minLength: 1,
  description,
});

export const text = (description: string): JsonSchema => ({ type: 'string', description });

export const textList = (description: string): JsonSchema => ({
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description,
});

/** Patterns with the noun phrase that messages use for what they expect. */
export const PATTERNS = {
  httpUrl: { pattern: '^https?://[^\\s/]+\\S*$', name: 'an http or https URL' },
  date: {
    pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
    name: 'a date in the form YYYY-MM-DD',
  },
  language: { pattern: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$', name: 'a BCP 47 language tag such as en or pt-BR' },
  email: { pattern: '^[^\\s@]+@[^\\s@]+$', name: 'an e-mail address' },
};

export const PATTERN_NAMES: Record<string, string> = Object.fromEntries(
  Object.values(PATTERNS).map(({ pattern, name }) => [pattern, name]),
);

export const httpUrl = (description: string): JsonSchema => ({
  type: 'string',
  pattern: PATTERNS.httpUrl.pattern,
  description,
});

export const positiveInteger = (description: string): JsonSchema => ({
  type: 'integer',
  minimum: 1,
  description,
});

/** A closed object: the listed properties, `x-` extensions, and nothing else. */
export function closedObject(
  properties: Record<string, JsonSchema>,
  required: string[] = [],
  description?: string,
): JsonSchema {
  return {
    type: 'object',
    ...(description === undefined ? {} : { description }),
    properties,
    patternProperties: EXTENSION_FIELDS,
    additionalProperties: false,
    ...(required.length > 0 ? { required } : {}),
  };
}

/** The Open Badges 3.0 alignment target types. */
export { ALIGNMENT_TARGET_TYPES };

export const alignment: JsonSchema = closedObject(
  {
    framework: text('The framework the target belongs to, such as NICE or ESCO.'),
    code: text('The code of the target inside its framework.'),
    name: nonEmptyText('The name of the framework item.'),
    url: httpUrl('The http(s) URL of the framework item.'),
    description: text('A short description of the framework item.'),
    targetType: {
      type: 'string',
      enum: [...ALIGNMENT_TARGET_TYPES],
      description: 'The Open Badges 3.0 target type; inferred from url and code when absent.',
    },
  },
  ['name', 'url'],
  'A link to an item of an external framework.',
);

export const review: JsonSchema = closedObject(
  {
    last: { type: 'string', pattern: PATTERNS.date.pattern, description: 'The date of the last review, YYYY-MM-DD.' },
    cadenceMonths: positiveInteger('How many months may pass between reviews.'),
    by: textList('Who reviewed the definition.'),
  },
  [],
  'When the definition was last reviewed, and how often it must be.',
);

export const language: JsonSchema = {
  type: 'string',
  pattern: PATTERNS.language.pattern,
  description: 'A BCP 47 language tag such as en or pt-BR.',
};

