/**
 * Writes imported definitions into YAML files. An edited file is changed through the
 * `yaml` Document API, so its comments, key order and untouched values stay as they were;
 * only the values that changed are replaced, at any depth, and new fields are appended. New files are
 * written with the core schema, so text that YAML would read as a number is quoted.
 */
import { Document, isCollection, isMap, isNode, isScalar, isSeq, parseAllDocuments, visit, type Node, type YAMLMap } from 'yaml';

import type { PathSegment } from '../finding.js';
import { renderDefinitions } from './block-yaml.js';
import { isOmittedDefault, isRecord } from './compare.js';

const TO_STRING = { lineWidth: 0 } as const;

/** Plain scalars that the YAML 1.2 core schema reads as numbers, booleans or null. */
const CORE_NON_STRING =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/;

export interface FieldUpdate {
  doc: number;
  /** The data path of the definition's mapping inside its document. */
  path: PathSegment[];
  fields: Record<string, unknown>;
}

/** Applies updates and appends new definitions under `pluralKey` to the text of one file. */
export function editYaml(text: string, updates: readonly FieldUpdate[], pluralKey?: string, added: readonly unknown[] = []): string {
  const documents = parseAllDocuments(text, { schema: 'failsafe' });
  if (documents.some((document) => !('errors' in document) || document.errors.length > 0)) {
    throw new Error('the file has YAML errors; fix them with badgemap lint first');
  }

  for (const update of updates) {
    const document = documents[update.doc];
    const target = update.path.length === 0 ? document?.contents : document?.getIn(update.path, true);
    if (!isMap(target)) throw new Error(`no mapping at ${update.path.join('.')} in document ${update.doc + 1}`);
    for (const [key, value] of Object.entries(update.fields)) mergeField(target, key, value, [key]);
  }

  let output = documents.map((document) => document.toString(TO_STRING)).join('');
  if (pluralKey !== undefined && added.length > 0) {
    const holder = documents.find((document) => isSeq(document.getIn([pluralKey], true)));
    if (holder !== undefined) {
      const list = holder.getIn([pluralKey], true);
      if (isSeq(list)) for (const item of added) list.items.push(failsafeNode(item));
      output = documents.map((document) => document.toString(TO_STRING)).join('');
    } else {
      const separator = output.trim() === '' ? '' : `${output.endsWith('\n') ? '' : '\n'}---\n`;
      output = `${output.trim() === '' ? '' : output}${separator}${newYaml(pluralKey, added)}`;
    }
  }
  return output;
}

/**
 * Writes `value` under `key` of `map`, changing only the parts that differ, so that the
 * file's comments, `x-` fields and fields the input lacks stay at every depth.
 */
function mergeField(map: YAMLMap, key: string, value: unknown, path: (string | number)[]): void {
  if (value === null || value === undefined) return;
  const current = map.get(key, true);
  if (current === undefined) {
    if (!isOmittedDefault(path, value)) map.set(key, failsafeNode(value));
    return;
  }
  const node = mergedNode(current, value, path);
  if (node !== current) map.set(key, node);
}

/** `current` with `value` merged in place, or a new node when their shapes differ. */
function mergedNode(current: unknown, value: unknown, path: (string | number)[]): unknown {
  if (isMap(current) && isRecord(value)) {
    for (const [key, inner] of Object.entries(value)) mergeField(current, key, inner, [...path, key]);
    return current;
  }
  if (isSeq(current) && Array.isArray(value)) {
    value.forEach((item, index) => {
      if (index < current.items.length) current.items[index] = mergedNode(current.items[index], item, [...path, index]);
      else current.items.push(failsafeNode(item));
    });
    // The input lists fewer items than the file, because the sheet removed them.
    current.items.length = value.length;
    return current;
  }
  if (isScalar(current) && !isRecord(value) && !Array.isArray(value)) {
    const text = String(value);
    if (String(current.value) !== text) {
      current.value = text;
      if (CORE_NON_STRING.test(text) && current.type === 'PLAIN') current.type = 'QUOTE_DOUBLE';
    }
    return current;
  }
  const node = failsafeNode(value);
  if (isCollection(current) && current.flow && isCollection(node)) node.flow = true;
  if (isNode(current)) {
    node.commentBefore ??= current.commentBefore;
    node.comment ??= current.comment;
  }
  return node;
}

/** A new YAML file holding the definitions `items` under `pluralKey`. */
export function newYaml(pluralKey: string, items: readonly unknown[]): string {
  return renderDefinitions(pluralKey, items, referenceYaml);
}

/** What `newYaml` writes, rendered by `yaml`'s node tree. */
export function referenceYaml(value: unknown): string {
  return new Document(value).toString(TO_STRING);
}

/**
 * A node for a failsafe document: every scalar becomes text, as badgemap reads it, and
 * text that other YAML readers would take for a number or boolean is quoted.
 */
function failsafeNode(value: unknown): Node {
  const document = new Document(value);
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value !== 'string') node.value = String(node.value);
      else if (CORE_NON_STRING.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.contents as Node;
}
