/**
 * Turns the text of one spreadsheet value into a field value: alignments, evidence,
 * prerequisites and assessment methods, each from the forms people type. A value that
 * cannot be read returns a reason, so the caller can keep the text aside and say why.
 */
import { parse as parseYaml } from 'yaml';

import type { Alignment, Evidence, PrerequisiteGroup } from '../model/types.js';
import { slugify } from './ids.js';

export const EVIDENCE_TYPES = [
  'project',
  'code',
  'report',
  'recording',
  'demonstration',
  'simulation',
  'portfolio',
  'observation',
  'reflection',
  'quiz',
  'exam',
  'attendance',
  'completion',
];

export const ASSESSMENT_METHODS = [
  'reviewer-rubric',
  'hands-on-lab',
  'simulation',
  'observation',
  'live-qa',
  'peer-review',
  'multiple-choice-quiz',
  'exam',
  'self-assessment',
];

/** The type an evidence value gets when its text names none. */
export const UNSPECIFIED_EVIDENCE = 'unspecified';

export type Parsed<T> = { value: T; converted?: string } | { reason: string };

/** Splits a multi-valued cell: on line breaks when it has any, else on the separator. */
export function splitValues(cell: string, separator: string): string[] {
  const parts = /[\r\n]/.test(cell) ? cell.split(/\r\n|\r|\n/) : cell.split(separator);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** Whether text is a number of points: digits with an optional decimal part, 0 or more. */
export function isPoints(text: string): boolean {
  return /^\d+(\.\d+)?$/.test(text);
}

/** `{ name: …, url: … }`, `Name <https://…>` or a bare URL. */
export function parseAlignment(text: string): Parsed<Alignment> {
  if (text.startsWith('{')) {
    const mapping = parseFlowMapping(text);
    if (typeof mapping === 'string') return { reason: mapping };
    const alignment = alignmentFrom(mapping);
    return alignment === undefined ? { reason: 'it needs a name and an http(s) url' } : { value: alignment };
  }

  const named = /^(.*?)\s*<(https?:\/\/[^\s>]+)>$/i.exec(text);
  if (named !== null && named[1] !== '') return { value: { name: named[1] as string, url: named[2] as string } };
  if (/^https?:\/\/\S+$/i.test(text)) return { value: { name: text, url: text }, converted: 'the URL is also its name' };
  return { reason: 'write it as Name <https://…> or { name: …, url: … }' };
}

/** An alignment from the fields of a mapping; `undefined` without a name and an http(s) url. */
export function alignmentFrom(fields: Record<string, unknown>): Alignment | undefined {
  const text = (key: string) => (typeof fields[key] === 'string' && fields[key] !== '' ? (fields[key] as string) : undefined);
  const url = text('url');
  const name = text('name') ?? url;
  if (url === undefined || name === undefined || !/^https?:\/\//i.test(url)) return undefined;

  const alignment: Alignment = { name, url };
  for (const key of ['framework', 'code', 'description', 'targetType'] as const) {
    const value = text(key);
    if (value !== undefined) alignment[key] = value;
  }
  return alignment;
}

/**
 * `type: description`, `type (optional): description`, `{ type, description, required }`,
 * or plain text, whose type is the first evidence type named in it.
 */
export function parseEvidence(text: string, types: readonly string[]): Parsed<Evidence> {
  if (text.startsWith('{')) {
    const mapping = parseFlowMapping(text);
    if (typeof mapping === 'string') return { reason: mapping };
    const { type, description, required } = mapping;
    if (typeof type !== 'string' || typeof description !== 'string' || type === '' || description === '') {
      return { reason: 'it needs a type and a description' };
    }
    return { value: { type, description, required: String(required) !== 'false' } };
  }

  const prefixed = /^([A-Za-z][\w-]{0,39})(\s*\(optional\))?\s*:\s*(\S.*)$/s.exec(text);
  if (prefixed !== null) {
    return { value: { type: prefixed[1] as string, description: prefixed[3] as string, required: prefixed[2] === undefined } };
  }

  const words = text.toLowerCase().split(/[^a-z-]+/);
  const named = types.find((type) => words.includes(type));
  if (named !== undefined) return { value: { type: named, description: text, required: true }, converted: named };
  return { value: { type: UNSPECIFIED_EVIDENCE, description: text, required: true }, converted: UNSPECIFIED_EVIDENCE };
}

/** A badge id, or `{ anyOf: [...], minimum: N }`. */
export function parsePrerequisite(text: string): Parsed<string | PrerequisiteGroup> {
  if (!text.startsWith('{')) return { value: text };
  const mapping = parseFlowMapping(text);
  if (typeof mapping === 'string') return { reason: mapping };
  const anyOf = mapping.anyOf;
  if (!Array.isArray(anyOf) || anyOf.length === 0 || !anyOf.every((id) => typeof id === 'string' && id !== '')) {
    return { reason: 'a group needs anyOf: [badge ids]' };
  }
  const minimum = mapping.minimum === undefined ? 1 : Number(mapping.minimum);
  if (!Number.isInteger(minimum) || minimum < 1) return { reason: 'minimum must be a whole number of at least 1' };
  return { value: { anyOf: anyOf as string[], minimum } };
}

/**
 * A term of a vocabulary written as a person would: `Hands-on lab` → `hands-on-lab`, or the
 * one term whose first words these are: `Multiple choice` → `multiple-choice-quiz`.
 */
export function vocabularyTerm(text: string, terms: readonly string[]): string | undefined {
  const slug = slugify(text);
  if (slug === '') return undefined;
  const exact = terms.find((term) => term === slug);
  if (exact !== undefined) return exact;
  const longer = terms.filter((term) => term.startsWith(`${slug}-`));
  return longer.length === 1 ? longer[0] : undefined;
}

/** Reads `{ … }` with the YAML failsafe schema, so every scalar stays the text it was. */
function parseFlowMapping(text: string): Record<string, unknown> | string {
  try {
    const value: unknown = parseYaml(text, { schema: 'failsafe' });
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'it is not a mapping';
    return value as Record<string, unknown>;
  } catch (error) {
    return error instanceof Error ? (error.message.split('\n')[0] ?? 'it does not parse') : 'it does not parse';
  }
}

/** The evidence types and assessment methods every repository allows. */
export const BUILT_IN_VOCABULARY = { evidenceTypes: EVIDENCE_TYPES, assessmentMethods: ASSESSMENT_METHODS };
