/**
 * Validates a 3.0 document against badgemap's 3.0 schema with Ajv's draft 2019-09 class,
 * and turns every Ajv error into an `ob-schema` finding on the offending value.
 */
import { Ajv2019, type ErrorObject, type ValidateFunction } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';

import { formatPath, type PathSegment } from '../../finding.js';
import { pointerToPath } from '../../load/schema-errors.js';
import { obSchemaRule } from '../../rules/ob-schema.js';
import { didYouMean } from '../../util/suggest.js';
import { describeJson, truncate, type DocumentReporter } from '../report.js';
import { OB3_CONTEXT_ITEM_PATTERN, OB3_SCHEMA, OB3_SCHEMA_ID, type Ob3Class } from './schema.js';
import { LANGUAGE_PATTERN, COMPACT_JWS_PATTERN } from './vocabulary.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  array: 'an array',
  object: 'an object',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
};

const PATTERN_NAMES: Record<string, string> = {
  [OB3_CONTEXT_ITEM_PATTERN]: 'an Open Badges 3.0 context URL such as "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"',
  [LANGUAGE_PATTERN]: 'a language tag such as "en", "en-GB" or "zh-Hant-TW" (language in lower case, script in title case, region in upper case)',
  [COMPACT_JWS_PATTERN]: 'a compact JWS (three base64url parts separated by dots)',
};

const FORMAT_NAMES: Record<string, string> = {
  'date-time': 'a date and time with a time zone, such as "2024-05-01T12:00:00Z"',
  date: 'a date such as "1990-05-01"',
};

let validators: Map<Ob3Class, ValidateFunction> | undefined;

/** The compiled validator of one class, compiled once per process. */
export function ob3Validator(cls: Ob3Class): ValidateFunction {
  validators ??= compileValidators();
  return validators.get(cls) as ValidateFunction;
}

function compileValidators(): Map<Ob3Class, ValidateFunction> {
  // Tuple-form `items` (the two fixed `@context` entries) is intended, so strictTuples is off.
  const ajv = new Ajv2019({ allErrors: true, strict: true, strictTuples: false, allowUnionTypes: true, verbose: true });
  addFormats(ajv);
  ajv.addVocabulary(['vocabulary']);
  ajv.addSchema(OB3_SCHEMA);

  const classes: Ob3Class[] = ['AchievementCredential', 'EndorsementCredential', 'Achievement', 'Profile'];
  return new Map(classes.map((cls) => [cls, ajv.getSchema(`${OB3_SCHEMA_ID}#/$defs/${cls}`) as ValidateFunction]));
}

/**
 * Checks a document as the given class. `rename` maps a property of the checked data back
 * to the one the document wrote, for documents checked in an upgraded form.
 */
export function checkOb3Schema(data: unknown, cls: Ob3Class, reporter: DocumentReporter, rename: (path: PathSegment[]) => PathSegment[] = (path) => path): boolean {
  const validate = ob3Validator(cls);
  if (validate(data)) return true;

  const errors = relevantErrors(validate.errors ?? []);
  const seen = new Set<string>();
  for (const error of errors) {
    const path = pointerToPath(error.instancePath, data);
    const key = `${error.keyword}\u0000${error.instancePath}\u0000${JSON.stringify(error.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reportError(error, path, reporter, rename);
  }
  return false;
}

/**
 * Drops errors that only restate another: the per-item errors under `contains` (the
 * `contains` error says it), and the "if" marker of `if`/`then`.
 */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => error.keyword !== 'if' && !/\/contains\//.test(error.schemaPath));
}

function reportError(error: ErrorObject, path: PathSegment[], reporter: DocumentReporter, rename: (path: PathSegment[]) => PathSegment[]): void {
  const params = error.params as Record<string, unknown>;
  const field = (segments: PathSegment[]) => formatPath(rename(segments)) || '(document)';
  const report = (messageId: keyof typeof obSchemaRule.messages, data: Record<string, string | number>, at: PathSegment[], target?: 'key') =>
    reporter.report(obSchemaRule, messageId, data, rename(at), target === undefined ? {} : { target });

  switch (error.keyword) {
    case 'required':
      report('required', { field: field([...path, String(params.missingProperty)]) }, path);
      return;
    case 'type': {
      const expected = String(params.type).split(',').map((type) => TYPE_NAMES[type] ?? type).join(' or ');
      const wrapHint = expected === 'an array' && error.data !== null && typeof error.data === 'object' ? ' Wrap a single value in an array: [ … ].' : '';
      const listHint = expected === 'an array' && typeof error.data === 'string' ? ' Write a single value as an array of one: [ … ].' : '';
      report('type', { field: field(path), expected, actual: describeJson(error.data), hint: wrapHint || listHint }, path);
      return;
    }
    case 'contains': {
      const schema = error.schema as { const?: unknown; enum?: unknown[] };
      const value = schema.const !== undefined ? String(schema.const) : (schema.enum ?? []).map(String).join('" or "');
      report('contains', { field: field(path), value }, path);
      return;
    }
    case 'const':
      report('const', { field: field(path), expected: String(params.allowedValue), actual: describeJson(error.data) }, path);
      return;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ');
      report('enum', { field: field(path), actual: describeJson(error.data), allowed }, path);
      return;
    }
    case 'pattern':
      reportPattern(error, path, field(path), report);
      return;
    case 'format':
      report('format', { field: field(path), expected: FORMAT_NAMES[String(params.format)] ?? String(params.format), value: truncate(String(error.data)) }, path);
      return;
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const owner = ownerOf(error.parentSchema);
      report('closed', { field: field([...path, extra]), owner, allowed: allowed.map((name) => `"${name}"`).join(', ') }, [...path, extra], 'key');
      return;
    }
    case 'minItems': {
      const limit = Number(params.limit);
      report('minItems', { field: field(path), limit: limit === 1 ? 'one entry' : `${limit} entries` }, path);
      return;
    }
    default:
      report('invalid', { field: field(path), reason: error.message ?? error.keyword }, path);
  }
}

type Report = (messageId: keyof typeof obSchemaRule.messages, data: Record<string, string | number>, at: PathSegment[]) => void;

function reportPattern(error: ErrorObject, path: PathSegment[], field: string, report: Report): void {
  const value = truncate(String(error.data));
  const vocabulary = (error.parentSchema as { vocabulary?: string[] } | undefined)?.vocabulary;
  if (vocabulary !== undefined) {
    const examples = vocabulary.slice(0, 3).map((name) => `"${name}"`).join(', ');
    report('vocabulary', { field, value, count: vocabulary.length, examples, hint: didYouMean(value, vocabulary) }, path);
    return;
  }
  const pattern = String((error.params as { pattern: string }).pattern);
  report('pattern', { field, expected: PATTERN_NAMES[pattern] ?? `text matching ${pattern}`, value }, path);
}

/** The class a closed object schema describes, named by its `type` constant. */
function ownerOf(schema: unknown): string {
  const type = (schema as { properties?: { type?: { const?: unknown } } } | undefined)?.properties?.type?.const;
  return typeof type === 'string' ? `an ${type}` : 'this object';
}
