/**
 * A JSON file kept as parsed, so that a data path inside any of its documents can be turned
 * back into a line and column after the checks ran.
 *
 * A file contains one JSON document, or a top-level array whose items are the documents.
 * As NDJSON (JSON Lines) it contains one document per non-blank line, which is how harvested
 * badge directories come, whatever their file name. Each document is one `doc` of a
 * `Location`. Parsing never throws: a document that does not parse becomes a `JsonProblem`,
 * and the other records of an NDJSON file are still read.
 */
import { parse, type AnyNode, type MemberNode, type ValueNode } from '@humanwhocodes/momoa';

import { START_OF_FILE, type Location, type PathSegment, type Range } from '../finding.js';
import { setOwn } from '../util/json.js';
import { splitLines } from '../util/text.js';
import type { SourceFile } from './source-file.js';

export type JsonProblem =
  | { kind: 'syntax'; doc: number; message: string; range: Range }
  | { kind: 'duplicate-key'; doc: number; key: string; range: Range };

export interface JsonRecord {
  /** The 1-based line the record starts on. */
  line: number;
  /** The parsed tree, or `undefined` when the record does not parse. */
  root?: ValueNode;
}

/** A parsed record as plain data, with its index as `doc`. */
export interface JsonDocument {
  doc: number;
  value: unknown;
  /** The 1-based line the document starts on. */
  line: number;
}

/**
 * Objects and arrays nested deeper than this are refused before any check walks them, so
 * that a hostile file cannot exhaust the stack. Open Badges documents nest about ten deep.
 */
const MAX_DEPTH = 256;

/** The split of a file's text into documents: one, or one per line. */
export type JsonLayout = 'json' | 'ndjson';

const TOKEN_TEXT: Record<string, string> = {
  LBrace: '"{"',
  RBrace: '"}"',
  LBracket: '"["',
  RBracket: '"]"',
  Colon: '":"',
  Comma: '","',
  Number: 'a number',
  String: 'a string',
  Boolean: 'a boolean',
  Null: 'null',
  LineComment: 'a comment',
  BlockComment: 'a comment',
  NaN: 'NaN',
  Infinity: 'Infinity',
  Identifier: 'an unquoted word',
};

export class JsonSource implements SourceFile {
  readonly records: JsonRecord[] = [];
  readonly problems: JsonProblem[] = [];
  private readonly textLines: string[];

  readonly layout: JsonLayout;
  /** Whether the documents are the items of a top-level array. */
  readonly isArray: boolean;

  /** `layout` defaults to NDJSON for text that `looksLikeNdjson`, else one document. */
  constructor(
    readonly file: string,
    readonly text: string,
    layout?: JsonLayout,
  ) {
    // A byte order mark is no part of the JSON text, and editors do not count it as a column.
    const body = text.replace(/^\uFEFF/, '');
    this.textLines = splitLines(body);
    this.layout = layout ?? (looksLikeNdjson(body) ? 'ndjson' : 'json');
    if (this.layout === 'json') this.addRecord(body, 1);
    else this.textLines.forEach((line, index) => line.trim() !== '' && this.addRecord(line, index + 1));
    this.isArray = this.splitArray();
  }

  get ndjson(): boolean {
    return this.layout === 'ndjson';
  }

  /** The records that parsed, as plain data. */
  get documents(): JsonDocument[] {
    const documents: JsonDocument[] = [];
    this.records.forEach((record, doc) => {
      if (record.root !== undefined) documents.push({ doc, value: plainValue(record.root), line: record.line });
    });
    return documents;
  }

  /** Returns the syntax errors, one per document that does not parse. */
  syntaxErrors(): Extract<JsonProblem, { kind: 'syntax' }>[] {
    return this.problems.filter((problem): problem is Extract<JsonProblem, { kind: 'syntax' }> => problem.kind === 'syntax');
  }

  lines(): readonly string[] {
    return this.textLines;
  }

  /** Returns the plain value of a record, a later duplicate key replacing an earlier one as in `JSON.parse`. */
  valueOf(doc: number): unknown {
    const root = this.records[doc]?.root;
    return root === undefined ? undefined : plainValue(root);
  }

  locate(location: Location): Range {
    const record = this.records[location.doc];
    if (record?.root === undefined) return record === undefined ? START_OF_FILE : lineStart(record.line);

    let node: ValueNode = record.root;
    for (let index = 0; index < location.path.length; index++) {
      const segment = location.path[index] as PathSegment;
      const isLast = index === location.path.length - 1;

      if (node.type === 'Object') {
        const member = lastMember(node.members, String(segment));
        if (member === undefined) return this.rangeOf(node, record);
        if (isLast && location.target === 'key') return this.rangeOf(member.name, record);
        node = member.value;
      } else if (node.type === 'Array' && typeof segment === 'number') {
        const element = node.elements[segment];
        if (element === undefined) return this.rangeOf(node, record);
        node = element.value;
      } else {
        return this.rangeOf(node, record);
      }
    }
    return this.rangeOf(node, record);
  }

  describe(location: Location): string | undefined {
    if (this.records[location.doc] === undefined) return undefined;
    if (this.isArray) return `item ${location.doc + 1}`;
    return this.layout === 'ndjson' ? `record ${location.doc + 1}` : undefined;
  }

  /** Makes the items of a single top-level array the documents, each keeping its own position. */
  private splitArray(): boolean {
    const root = this.records[0]?.root;
    if (this.layout !== 'json' || root?.type !== 'Array') return false;
    const line = (this.records[0] as JsonRecord).line;
    this.records.splice(0, 1, ...root.elements.map((element) => ({ line, root: element.value })));

    // Duplicate keys were collected for the whole array; collect them again per item.
    const kept = this.problems.filter((problem) => problem.kind !== 'duplicate-key');
    this.problems.splice(0, this.problems.length, ...kept);
    root.elements.forEach((element, doc) => this.collectDuplicateKeys(element.value, doc, line));
    return true;
  }

  private addRecord(text: string, line: number): void {
    const doc = this.records.length;
    let root: ValueNode;
    try {
      root = parse(text, { mode: 'json', ranges: true }).body;
    } catch (error) {
      this.records.push({ line });
      this.problems.push({ kind: 'syntax', doc, ...describeSyntaxError(error, text, line) });
      return;
    }

    const depth = nestingDepth(root);
    if (depth > MAX_DEPTH) {
      this.records.push({ line });
      this.problems.push({ kind: 'syntax', doc, message: `The document nests ${depth} levels deep; badgemap reads at most ${MAX_DEPTH}.`, range: lineStart(line) });
      return;
    }
    this.records.push({ line, root });
    this.collectDuplicateKeys(root, doc, line);
  }

  private collectDuplicateKeys(node: AnyNode, doc: number, line: number): void {
    if (node.type === 'Object') {
      const seen = new Set<string>();
      for (const member of node.members) {
        if (seen.has(keyOf(member))) {
          this.problems.push({ kind: 'duplicate-key', doc, key: keyOf(member), range: shift(member.name, line) });
        }
        seen.add(keyOf(member));
        this.collectDuplicateKeys(member.value, doc, line);
      }
    } else if (node.type === 'Array') {
      for (const element of node.elements) this.collectDuplicateKeys(element.value, doc, line);
    }
  }

  private rangeOf(node: AnyNode | MemberNode['name'], record: JsonRecord): Range {
    return shift(node, record.line);
  }
}

/**
 * Tells whether text is NDJSON rather than one JSON document: it has more than one non-blank
 * line, and its first line is a complete JSON value on its own. A pretty-printed document
 * never passes, because its first line is an opening brace or bracket alone.
 */
export function looksLikeNdjson(text: string): boolean {
  const lines = splitLines(text).filter((line) => line.trim() !== '');
  if (lines.length < 2) return false;
  try {
    parse(lines[0] as string, { mode: 'json' });
    return true;
  } catch {
    return false;
  }
}

/** Returns a member's key. JSON mode only produces string keys, JSON5 also bare identifiers. */
function keyOf(member: MemberNode): string {
  return member.name.type === 'String' ? member.name.value : member.name.name;
}

/** Measures how deeply objects and arrays nest, without recursion. */
function nestingDepth(root: ValueNode): number {
  let deepest = 0;
  const stack: [ValueNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [ValueNode, number];
    if (node.type !== 'Object' && node.type !== 'Array') continue;
    deepest = Math.max(deepest, depth);
    const children = node.type === 'Object' ? node.members.map((member) => member.value) : node.elements.map((element) => element.value);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return deepest;
}

function plainValue(node: ValueNode): unknown {
  switch (node.type) {
    case 'Object': {
      const result: Record<string, unknown> = {};
      for (const member of node.members) setOwn(result, keyOf(member), plainValue(member.value));
      return result;
    }
    case 'Array':
      return node.elements.map((element) => plainValue(element.value));
    case 'Null':
      return null;
    case 'String':
    case 'Number':
    case 'Boolean':
      return node.value;
    default:
      return null;
  }
}

/** Finds the member a key names, the last one of duplicate keys, since its value is the one that counts. */
function lastMember(members: readonly MemberNode[], key: string): MemberNode | undefined {
  for (let index = members.length - 1; index >= 0; index--) {
    const member = members[index] as MemberNode;
    if (keyOf(member) === key) return member;
  }
  return undefined;
}

function describeSyntaxError(error: unknown, text: string, line: number): { message: string; range: Range } {
  const located = error as { message?: string; line?: number; column?: number };
  if (text.trim() !== '' && isUnclosed(text)) {
    const end = endOf(text, line);
    return { message: 'Invalid JSON: the text ends before the document is complete.', range: { start: end, end } };
  }
  const position = { line: line + (located.line ?? 1) - 1, column: located.column ?? 1 };
  return { message: syntaxMessage(located.message ?? String(error), text), range: { start: position, end: position } };
}

/** Tells whether an object, array or string is still open at the end of the text. */
function isUnclosed(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (inString) {
      if (character === '\\') index++;
      else if (character === '"') inString = false;
    } else if (character === '"') {
      inString = true;
    } else if (character === '{' || character === '[') {
      depth++;
    } else if (character === '}' || character === ']') {
      depth--;
    }
  }
  return inString || depth > 0;
}

/** Returns the position just after the last non-blank character. */
function endOf(text: string, line: number): { line: number; column: number } {
  const lines = splitLines(text.trimEnd());
  const last = lines[lines.length - 1] ?? '';
  return { line: line + lines.length - 1, column: last.length + 1 };
}

/** Rewrites the parser's token names ("Unexpected token RBrace found. (1:8)") as characters. */
function syntaxMessage(raw: string, text: string): string {
  if (text.trim() === '') return 'The file is empty; a JSON document needs at least one value.';
  const withoutPosition = raw.replace(/\s*\(\d+:\d+\)\s*$/, '');
  const token = /^Unexpected token (\w+) found\.?$/.exec(withoutPosition);
  if (token !== null) return `Invalid JSON: unexpected ${TOKEN_TEXT[token[1] as string] ?? token[1]}.`;
  if (/^Unexpected end of input/.test(withoutPosition)) return 'Invalid JSON: the text ends before the document is complete.';
  if (/call stack/i.test(withoutPosition)) return `The document nests too deeply to read; badgemap reads at most ${MAX_DEPTH} levels.`;
  const character = /^Unexpected character '(.+)' found\.?$/.exec(withoutPosition);
  if (character !== null) return `Invalid JSON: unexpected character ${JSON.stringify(character[1])}.`;
  return `Invalid JSON: ${withoutPosition.replace(/\.$/, '')}.`;
}

function shift(node: { loc: { start: { line: number; column: number }; end: { line: number; column: number } } }, line: number): Range {
  return {
    start: { line: node.loc.start.line + line - 1, column: node.loc.start.column },
    end: { line: node.loc.end.line + line - 1, column: node.loc.end.column },
  };
}

function lineStart(line: number): Range {
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}
