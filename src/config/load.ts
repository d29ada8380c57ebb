/**
 * Reads `badgemap.yaml` in three steps: parse, validate against the config schema (which
 * also checks every rule's options), then normalise into a `Config` with defaults and
 * absolute paths. Problems are returned as `config` findings, never thrown.
 */
import path from 'node:path';

import type { RawFinding } from '../finding.js';
import { describeValue, translateSchemaErrors } from '../load/schema-errors.js';
import type { SheetKind } from '../load/columns.js';
import { configRule } from '../rules/config.js';
import { RULES } from '../rules/registry.js';
import { createFinding } from '../rules/types.js';
import { buildConfigSchema } from '../schemas/config.js';
import type { JsonSchema } from '../schemas/parts.js';
import { validate } from '../schemas/validator.js';
import { YamlSource } from '../source/yaml-source.js';
import {
  DEFAULT_INCLUDE,
  type Config,
  type Override,
  type RuleLevel,
  type RuleSetting,
  type SheetConfig,
} from './types.js';

export interface ConfigResult {
  /** Absent when the config has findings. */
  config?: Config;
  source: YamlSource;
  findings: RawFinding[];
}

/** Config schemas by the rule ids they check, so each compiled validator is reused. */
const configSchemas = new Map<string, JsonSchema>();

export function loadConfig(file: string, text: string): ConfigResult {
  const source = new YamlSource(file, text);
  const findings = syntaxFindings(source);
  if (findings.length > 0) return { source, findings };

  const data = source.valueOf(0) ?? {};
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const finding = createFinding(configRule, 'notMapping', { actual: describeValue(data) }, { file, doc: 0, path: [] });
    return { source, findings: [finding] };
  }

  const errors = validate(configSchemaFor(data as Record<string, unknown>), data);
  if (errors.length > 0) {
    const base = { file, doc: 0, path: [] };
    return { source, findings: translateSchemaErrors(errors, { rule: configRule, data, base }) };
  }

  return { source, findings: [], config: normalise(file, data as RawConfig) };
}

function configSchemaFor(data: Record<string, unknown>): JsonSchema {
  const named = namedRuleIds(data);
  const key = [...named].sort().join('\n');
  let schema = configSchemas.get(key);
  if (schema === undefined) {
    schema = buildConfigSchema(RULES, named);
    configSchemas.set(key, schema);
  }
  return schema;
}

/** Collects the rule ids the config sets, under `rules` or under the `rules` of an override. */
function namedRuleIds(data: Record<string, unknown>): Set<string> {
  const ids = new Set<string>();
  const addKeys = (rules: unknown) => {
    if (isMapping(rules)) for (const id of Object.keys(rules)) ids.add(id);
  };
  addKeys(data.rules);
  if (Array.isArray(data.overrides)) {
    for (const override of data.overrides) if (isMapping(override)) addKeys(override.rules);
  }
  return ids;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function syntaxFindings(source: YamlSource): RawFinding[] {
  const errors = source.problems().filter((problem) => !problem.warning);
  const findings = errors.map((problem) =>
    createFinding(configRule, 'syntax', { message: problem.message }, { file: source.file, doc: problem.doc, path: [], range: problem.range }),
  );

  if (source.documentCount > 1) {
    findings.push(createFinding(configRule, 'extraDocument', {}, { file: source.file, doc: 1, path: [] }));
  }
  return findings;
}

interface RawRuleSetting {
  severity?: RuleLevel;
  [option: string]: unknown;
}

interface RawConfig {
  issuer?: Config['issuer'];
  baseUrl?: string;
  language?: string;
  review?: { cadenceMonths?: number };
  include?: string[];
  exclude?: string[];
  sheets?: Record<string, { kind: SheetKind; columns?: Record<string, string>; delimiter?: string; separator?: string; sheet?: string }>;
  competencyLevels?: string[];
  vocabulary?: { evidenceTypes?: string[]; assessmentMethods?: string[]; verbs?: string[] };
  rules?: Record<string, RuleLevel | RawRuleSetting>;
  overrides?: { files: string[]; ids?: string[]; rules: Record<string, RuleLevel | RawRuleSetting> }[];
}

function normalise(file: string, raw: RawConfig): Config {
  const root = path.dirname(file);
  const location = (...segments: (string | number)[]) => ({ file, doc: 0, path: segments });

  const sheets: SheetConfig[] = Object.entries(raw.sheets ?? {}).map(([sheetPath, sheet]) => ({
    path: sheetPath,
    file: path.resolve(root, sheetPath),
    kind: sheet.kind,
    columns: sheet.columns ?? {},
    ...(sheet.delimiter === undefined ? {} : { delimiter: sheet.delimiter }),
    separator: sheet.separator ?? ';',
    ...(sheet.sheet === undefined ? {} : { sheet: sheet.sheet }),
    location: { ...location('sheets', sheetPath), target: 'key' as const },
  }));

  const overrides: Override[] = (raw.overrides ?? []).map((override, index) => ({
    files: override.files,
    ...(override.ids === undefined ? {} : { ids: override.ids }),
    rules: normaliseRules(override.rules, (...segments) => location('overrides', index, 'rules', ...segments)),
    location: location('overrides', index),
  }));

  return {
    file,
    root,
    ...(raw.issuer === undefined ? {} : { issuer: raw.issuer }),
    ...(raw.baseUrl === undefined ? {} : { baseUrl: raw.baseUrl.endsWith('/') ? raw.baseUrl : `${raw.baseUrl}/` }),
    language: raw.language ?? 'en',
    review: raw.review ?? {},
    include: raw.include ?? DEFAULT_INCLUDE,
    exclude: raw.exclude ?? [],
    sheets,
    ...(raw.competencyLevels === undefined ? {} : { competencyLevels: raw.competencyLevels }),
    vocabulary: {
      evidenceTypes: raw.vocabulary?.evidenceTypes ?? [],
      assessmentMethods: raw.vocabulary?.assessmentMethods ?? [],
      verbs: raw.vocabulary?.verbs ?? [],
    },
    rules: normaliseRules(raw.rules ?? {}, (...segments) => location('rules', ...segments)),
    overrides,
  };
}

function normaliseRules(
  raw: Record<string, RuleLevel | RawRuleSetting>,
  location: (...segments: string[]) => RuleSetting['location'],
): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(raw)) {
    if (typeof value === 'string') {
      settings[id] = { severity: value, options: {}, location: location(id) };
      continue;
    }
    const { severity, ...options } = value;
    settings[id] = { ...(severity === undefined ? {} : { severity }), options, location: location(id) };
  }
  return settings;
}
