/**
 * Renders a new definitions file (`{ competencies: [ … ] }`) as the `yaml` package does with
 * `lineWidth: 0`, byte for byte, but without building a node for every value: on large
 * imports the node tree took half of the time. A definition holding anything this renderer
 * cannot prove it writes as `yaml` would (a scalar that needs quotes or a block, `null`, a
 * list directly inside a list) is rendered by `yaml` itself, in the same place and indent.
 */
import { Document } from 'yaml';

type Renderer = (value: unknown) => string;

/** Thrown inside the fast path when a value needs `yaml`'s own rendering. */
class NotPlain extends Error {}

const INDENT = '  ';

/** The test `yaml` applies before it writes a string plain (`plainString` in yaml 2.9). */
const NEEDS_QUOTES = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** Control characters, the Unicode line separators, a byte order mark and surrogates: quoted or escaped. */
const SPECIAL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** Longer keys are written as explicit keys (`? key`). */
const MAX_PLAIN_KEY = 1000;

/** The core schema's tags, to tell text that would read back as a number, boolean or null. */
const CORE_TAGS = new Document().schema.tags;
/**
 * The first characters of every YAML 1.2 core schema null, boolean, integer and float, such
 * as `~`, `null`, `true`, `False`, `-1`, `+.5`, `.inf` and `0x1F`. Other text needs no tag test.
 */
const MAYBE_NOT_TEXT = /^[-+.0-9~nNtTfF]/;

/**
 * Renders `{ [key]: items }` as YAML, identical to `new Document(value).toString({ lineWidth: 0 })`
 * for the same value.
 */
export function renderDefinitions(key: string, items: readonly unknown[], reference: Renderer): string {
  if (!isPlainText(key, true)) return reference({ [key]: items });
  if (items.length === 0) return `${key}: []\n`;

  const lines = [`${key}:`];
  for (const item of items) {
    try {
      seqItem(item, INDENT, lines);
    } catch (error) {
      if (!(error instanceof NotPlain)) throw error;
      // `yaml` renders the item under the same key, so its indent and context are the same.
      const alone = reference({ [key]: [item] });
      lines.push(alone.slice(key.length + 2, -1));
    }
  }
  return `${lines.join('\n')}\n`;
}

function seqItem(item: unknown, indent: string, lines: string[]): void {
  const start = lines.length;
  try {
    if (Array.isArray(item)) {
      if (item.length > 0) throw new NotPlain();
      lines.push(`${indent}- []`);
    } else if (isRecord(item)) {
      if (Object.keys(item).length === 0) lines.push(`${indent}- {}`);
      else {
        mapEntries(item, `${indent}${INDENT}`, lines);
        lines[start] = `${indent}- ${(lines[start] as string).slice(indent.length + INDENT.length)}`;
      }
    } else lines.push(`${indent}- ${scalar(item)}`);
  } catch (error) {
    lines.length = start;
    throw error;
  }
}

function mapEntries(map: Record<string, unknown>, indent: string, lines: string[]): void {
  for (const [key, value] of Object.entries(map)) {
    if (!isPlainText(key, true)) throw new NotPlain();
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${indent}${key}: []`);
      else {
        lines.push(`${indent}${key}:`);
        for (const item of value) seqItem(item, `${indent}${INDENT}`, lines);
      }
    } else if (isRecord(value)) {
      if (Object.keys(value).length === 0) lines.push(`${indent}${key}: {}`);
      else {
        lines.push(`${indent}${key}:`);
        mapEntries(value, `${indent}${INDENT}`, lines);
      }
    } else lines.push(`${indent}${key}: ${scalar(value)}`);
  }
}

function scalar(value: unknown): string {
  if (typeof value === 'string' && isPlainText(value, false)) return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' && !Object.is(value, -0)) {
    const text = JSON.stringify(value);
    if (PLAIN_NUMBER.test(text)) return text;
  }
  throw new NotPlain();
}

function isPlainText(text: string, isKey: boolean): boolean {
  if (text === '' || (isKey && text.length > MAX_PLAIN_KEY)) return false;
  if (SPECIAL_CHARACTERS.test(text) || NEEDS_QUOTES.test(text) || DOCUMENT_MARKER.test(text)) return false;
  return !MAYBE_NOT_TEXT.test(text) || !CORE_TAGS.some((tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(text) === true);
}

/** Checks for a plain object, as JSON parsing or an object literal makes one. Other objects go to `yaml`. */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
