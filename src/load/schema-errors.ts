/**
 * Turns Ajv errors into findings a user can act on: one per problem, positioned on the
 * offending value (or key, for an unknown field), with "did you mean" where it helps.
 */
import type { ErrorObject } from 'ajv';

import { formatPath, type Location, type PathSegment, type RawFinding } from '../finding.js';
import { createFinding, type Rule } from '../rules/types.js';
import type { SchemaMessageId } from '../rules/schema-messages.js';
import { PATTERN_NAMES } from '../schemas/parts.js';
import { didYouMean } from '../util/suggest.js';

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a mapping',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};

export interface SchemaErrorContext {
  rule: Rule<object, SchemaMessageId>;
  data: unknown;
  base: Location;
  definitionId?: string;
}

export function translateSchemaErrors(errors: ErrorObject[], context: SchemaErrorContext): RawFinding[] {
  const findings: RawFinding[] = [];
  const seen = new Set<string>();

  for (const error of errors) {
    // An if/then error only reports that a branch failed. The branch's own errors explain how.
    if (error.keyword === 'if') continue;

    const finding = translate(error, context);
    const key = `${finding.message}\u0000${JSON.stringify(finding.location.path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }

  return findings;
}

function translate(error: ErrorObject, context: SchemaErrorContext): RawFinding {
  const relative = pointerToPath(error.instancePath, context.data);
  const at = (path: PathSegment[], target?: 'key'): Location => ({
    ...context.base,
    path: [...context.base.path, ...path],
    ...(target === undefined ? {} : { target }),
  });
  const report = (messageId: SchemaMessageId, data: Record<string, string | number>, location: Location) =>
    createFinding(context.rule, messageId, data, location, definitionIdOf(context));
  const field = formatPath(relative) || '(root)';
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return report('required', { field: formatPath([...relative, missing]) }, at(relative));
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const rule = ruleOfSetting(relative, context);
      if (rule !== undefined) {
        const hint = didYouMean(extra, allowed) || ` Its options: ${allowed.join(', ')}.`;
        return report('unknownOption', { rule, field: extra, hint }, at([...relative, extra], 'key'));
      }
      const inRules = relative[relative.length - 1] === 'rules';
      const hint = didYouMean(extra, allowed) || (inRules ? '' : ' Custom fields must start with "x-".');
      return report(inRules ? 'unknownRule' : 'unknownField', { field: extra, hint }, at([...relative, extra], 'key'));
    }
    case 'type':
      return report('type', { field, expected: describeTypes(String(params.type)), actual: describeValue(error.data) }, at(relative));
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = String(error.data);
      const hint = didYouMean(value, allowed) || ` Allowed: ${allowed.join(', ')}.`;
      return report('enum', { field, value: truncate(value), hint }, at(relative));
    }
    case 'const': {
      const setting = relative[relative.length - 1] === 'severity' ? relative.slice(0, -1) : relative;
      const rule = ruleOfSetting(setting, context);
      if (rule !== undefined) return report('fixedSeverity', { rule, expected: `${String(params.allowedValue)}s` }, at(relative));
      return report('const', { field, expected: String(params.allowedValue), value: truncate(String(error.data)) }, at(relative));
    }
    case 'pattern': {
      const expected = PATTERN_NAMES[String(params.pattern)] ?? `text matching ${String(params.pattern)}`;
      return report('pattern', { field, expected, value: truncate(String(error.data)) }, at(relative));
    }
    case 'minLength':
      return report('empty', { field }, at(relative));
    case 'minimum':
      return report('minimum', { field, limit: Number(params.limit), value: String(error.data) }, at(relative));
    case 'finite':
      return report('finite', { field, value: String(error.data) }, at(relative));
    case 'minItems': {
      const limit = Number(params.limit);
      return report('minItems', { field, limit: limit === 1 ? 'one item' : `${limit} items` }, at(relative));
    }
    default:
      return report('invalid', { field, reason: error.message ?? error.keyword }, at(relative));
  }
}

/** Returns the rule id when a path is a rule's setting in the config (`rules.ID`, `overrides[i].rules.ID`). */
function ruleOfSetting(path: readonly PathSegment[], context: SchemaErrorContext): string | undefined {
  if (context.rule.id !== 'config' || path.length < 2 || path[path.length - 2] !== 'rules') return undefined;
  return String(path[path.length - 1]);
}

function definitionIdOf(context: SchemaErrorContext): { definitionId?: string } {
  return context.definitionId === undefined ? {} : { definitionId: context.definitionId };
}

/** Converts an Ajv instance path to data path segments, with list indexes as numbers. */
export function pointerToPath(pointer: string, data: unknown): PathSegment[] {
  if (pointer === '') return [];
  const path: PathSegment[] = [];
  let current: unknown = data;

  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

function describeTypes(types: string): string {
  const names = types.split(',').map((type) => TYPE_NAMES[type] ?? type);
  return names.join(' or ');
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `"${truncate(String(value))}"`;
}

function truncate(text: string, limit = 60): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length <= limit ? oneLine : `${oneLine.slice(0, limit - 1)}…`;
}
