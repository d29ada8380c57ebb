/**
 * Decides what a YAML document is: one definition with a `kind`, a collection under plural
 * keys, or someone else's YAML (a CI workflow, say), which is skipped without a finding.
 * A `kind` or plural key that is a near miss of ours is reported instead of skipped.
 */
import type { Location, RawFinding } from '../finding.js';
import { KINDS, PLURAL_KEYS, type Kind } from '../model/types.js';
import { schemaRule } from '../rules/schema.js';
import { createFinding } from '../rules/types.js';
import { collectionSchema } from '../schemas/definitions.js';
import { validate } from '../schemas/validator.js';
import { editDistance } from '../util/suggest.js';
import { translateSchemaErrors } from './schema-errors.js';

/** A definition as read, before validation. */
export interface RawDefinition {
  kind: Kind;
  value: unknown;
  /** Where the definition's mapping sits. */
  location: Location;
}

export interface ClassifiedDocument {
  definitions: RawDefinition[];
  findings: RawFinding[];
  /** Why the document was skipped, for `--verbose`. */
  skipped?: string;
}

export function classifyDocument(value: unknown, file: string, doc: number): ClassifiedDocument {
  const base: Location = { file, doc, path: [] };

  if (value === null || value === undefined) return { definitions: [], findings: [], skipped: 'empty document' };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { definitions: [], findings: [], skipped: 'not a mapping' };
  }

  const mapping = value as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(mapping, 'kind')) return classifyByKind(mapping, base);
  return classifyByPluralKeys(mapping, base);
}

function classifyByKind(mapping: Record<string, unknown>, base: Location): ClassifiedDocument {
  const kind = mapping.kind;
  if (typeof kind === 'string' && (KINDS as readonly string[]).includes(kind)) {
    return { definitions: [{ kind: kind as Kind, value: mapping, location: base }], findings: [] };
  }

  const text = typeof kind === 'string' ? kind : '';
  const nearMiss = nearMissOf(text, KINDS);
  if (nearMiss === undefined) return { definitions: [], findings: [], skipped: `kind "${text}" is not a badgemap kind` };

  const location = { ...base, path: ['kind'] };
  const finding = createFinding(schemaRule, 'nearMissKind', { value: text, hint: ` Did you mean "${nearMiss}"?` }, location);
  return { definitions: [], findings: [finding] };
}

function classifyByPluralKeys(mapping: Record<string, unknown>, base: Location): ClassifiedDocument {
  const keys = Object.keys(mapping);
  const pluralKeys = Object.keys(PLURAL_KEYS);
  const ours = keys.filter((key) => pluralKeys.includes(key));
  const nearMisses = keys
    .filter((key) => !ours.includes(key) && !key.startsWith('x-'))
    .map((key) => ({ key, match: nearMissOf(key, pluralKeys) }))
    .filter((entry): entry is { key: string; match: string } => entry.match !== undefined);

  if (ours.length === 0 && nearMisses.length === 0) {
    return { definitions: [], findings: [], skipped: 'no kind and no plural key such as competencies or badges' };
  }

  const findings = nearMisses.map(({ key, match }) =>
    createFinding(schemaRule, 'nearMissKey', { value: key, hint: ` Did you mean "${match}"?` }, { ...base, path: [key], target: 'key' }),
  );

  // Other top-level keys are unknown fields once the document is known to be ours.
  const nearMissKeys = new Set(nearMisses.map(({ key }) => key));
  const rest = Object.fromEntries(Object.entries(mapping).filter(([key]) => !nearMissKeys.has(key)));
  findings.push(...translateSchemaErrors(validate(collectionSchema, rest), { rule: schemaRule, data: rest, base }));

  const definitions: RawDefinition[] = [];
  for (const key of ours) {
    const list = mapping[key];
    if (!Array.isArray(list)) continue;
    const kind = PLURAL_KEYS[key] as Kind;
    list.forEach((item, index) => {
      definitions.push({ kind, value: item, location: { ...base, path: [key, index] } });
    });
  }

  return { definitions, findings };
}

/**
 * Returns the name `word` almost is: equal up to case, or within a couple of edits of it
 * (`competences`, `badge`, `Rubrics`). Words of other tools' YAML are further away.
 */
export function nearMissOf(word: string, names: readonly string[]): string | undefined {
  const folded = word.toLowerCase();
  if (folded === '') return undefined;
  const limit = folded.length < 6 ? 1 : 2;
  for (const name of names) {
    if (name === word) continue;
    if (editDistance(folded, name, limit) <= limit) return name;
  }
  return undefined;
}
