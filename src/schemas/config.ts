/** The JSON Schema of `badgemap.yaml`, with one entry per rule of the registry. */
import { allSheetFields, SHEET_KINDS } from '../load/columns.js';
import type { Rule } from '../rules/types.js';
import {
  closedObject,
  httpUrl,
  language,
  nonEmptyText,
  PATTERNS,
  positiveInteger,
  text,
  textList,
  type JsonSchema,
} from './parts.js';

export const RULE_LEVELS = ['off', 'info', 'warn', 'error'];

const level: JsonSchema = { type: 'string', enum: RULE_LEVELS, description: 'off, info, warn or error' };

function ruleSetting(rule: Rule): JsonSchema {
  // A rule whose severity cannot be changed accepts only its own, so "off" is reported rather than ignored.
  const severity: JsonSchema = rule.docs?.fixedSeverity === true ? { ...level, const: rule.defaultSeverity } : level;
  return {
    type: ['string', 'object'],
    description: rule.description,
    if: { type: 'string' },
    then: severity,
    else: closedObject({ severity, ...(rule.optionsSchema ?? {}) }),
  };
}

/** Lists every rule id as a property, so unknown ids fail. Rules outside `checked` accept any value. */
function ruleSettings(rules: readonly Rule[], checked: ReadonlySet<string> | undefined): JsonSchema {
  const properties: Record<string, JsonSchema | boolean> = {};
  for (const rule of rules) properties[rule.id] = checked === undefined || checked.has(rule.id) ? ruleSetting(rule) : true;
  return { type: 'object', properties, additionalProperties: false };
}

const issuer = closedObject(
  {
    id: httpUrl('The URL of the issuer Profile; it must lie under baseUrl.'),
    name: nonEmptyText('The issuing organisation.'),
    url: httpUrl('The web site of the issuer.'),
    email: { type: 'string', pattern: PATTERNS.email.pattern, description: 'The e-mail address of the issuer.' },
    description: text('A short description of the issuer.'),
    image: nonEmptyText('A path relative to the config, or an http(s) URL.'),
    telephone: text('A telephone number.'),
  },
  [],
  'The organisation that issues the badges.',
);

const sheet = closedObject(
  {
    kind: {
      type: 'string',
      enum: [...SHEET_KINDS],
      description: 'The kind of the records: competency, badge, rubric (a row per criterion level), or mapping (a row per competency and badge pair).',
    },
    columns: {
      type: 'object',
      properties: Object.fromEntries(
        allSheetFields().map((field) => [field, { type: 'string', minLength: 1 }]),
      ),
      additionalProperties: false,
      description: 'Field name to header name, for headers badgemap does not recognise.',
    },
    delimiter: {
      type: 'string',
      enum: [',', ';', '\t', '|'],
      description: 'The cell delimiter; detected when absent.',
    },
    separator: {
      type: 'string',
      minLength: 1,
      description: 'Separates the values of a multi-valued cell; default ";".',
    },
    sheet: nonEmptyText('The worksheet to read from an XLSX file.'),
  },
  ['kind'],
  'A spreadsheet read as definitions of one kind.',
);

/**
 * Builds the schema of `badgemap.yaml`. Given `checkedRules`, only those rules get the
 * schema of their setting, so validating a config compiles the settings of the rules it
 * names. Compiling every rule's options, once for `rules` and once for `overrides`, cost
 * about 0.3 s of CPU at each start (`badgemap lint` on an empty repository). A rule the
 * config does not name has no value to check, so the errors match the full schema's.
 */
export function buildConfigSchema(rules: readonly Rule[], checkedRules?: ReadonlySet<string>): JsonSchema {
  const settings = ruleSettings(rules, checkedRules);
  return {
    ...closedObject(
      {
        $schema: text('The schema of this file, for editors.'),
        issuer,
        baseUrl: httpUrl('Every exported id is built under this URL.'),
        language,
        review: closedObject({ cadenceMonths: positiveInteger('The default review cadence.') }),
        include: textList('Glob patterns of definition files; default **/*.yaml and **/*.yml.'),
        exclude: textList('Glob patterns left out.'),
        sheets: {
          type: 'object',
          additionalProperties: sheet,
          description: 'Spreadsheet sources by path, relative to this file.',
        },
        competencyLevels: { ...textList('Your own competency levels, low to high.'), minItems: 1 },
        vocabulary: closedObject({
          evidenceTypes: textList('Evidence types allowed besides the built-in ones.'),
          assessmentMethods: textList('Assessment methods allowed besides the built-in ones.'),
          verbs: textList('Observable action verbs, in their base form, that the wording rules accept besides the built-in lexicon.'),
        }),
        rules: settings,
        overrides: {
          type: 'array',
          items: closedObject(
            {
              files: { ...textList('Glob patterns, relative to this file.'), minItems: 1 },
              ids: textList('Definition ids, for sheet records.'),
              rules: settings,
            },
            ['files', 'rules'],
          ),
        },
      },
      [],
      'The badgemap repository configuration.',
    ),
    $schema: 'http://json-schema.org/draft-07/schema#',
  };
}
