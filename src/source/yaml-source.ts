/**
 * A YAML file kept as parsed: the value of each document, the positions of its nodes and a
 * line counter, so that any data path can be turned back into a line and column long after
 * the rules ran.
 *
 * Documents are parsed with the failsafe schema, which reads every scalar as the text it
 * was written as: `1.10`, `007` and `7` stay three different strings. Fields typed as
 * numbers or booleans are converted later, by schema validation.
 */
import { isAlias, isMap, isScalar, isSeq, Lexer, LineCounter, parseAllDocuments, type Document, type Node, type YAMLError, type YAMLMap } from 'yaml';

import { START_OF_FILE, type Location, type PathSegment, type Range } from '../finding.js';
import { setOwn } from '../util/json.js';
import { splitLines } from '../util/text.js';
import type { SourceComment, SourceFile } from './source-file.js';
import { unclosedQuoteOffset } from './unclosed-quote.js';
import { documentPositions, findPair, resolveAlias, resolvePositions, type DocumentPositions, type PositionNode } from './yaml-positions.js';

/** A parse error or warning, positioned. */
export interface YamlProblem {
  code: string;
  message: string;
  doc: number;
  range: Range;
  warning: boolean;
}

/** Values that mean "missing" when written as a plain scalar. */
const NULL_SCALARS = new Set(['', '~', 'null', 'Null', 'NULL']);

/** More alias expansions than this in one document is an attack, not a definition file. */
const MAX_ALIAS_EXPANSIONS = 10_000;

const MERGE_KEY = '<<';

/** A parse error or warning before it is positioned. */
interface RawProblem {
  code: string;
  message: string;
  doc: number;
  start: number;
  end: number;
  warning: boolean;
}

export class YamlSource implements SourceFile {
  /** How many documents the file holds, empty ones included. */
  readonly documentCount: number;
  private readonly lineCounter = new LineCounter();
  private readonly positions: DocumentPositions[];
  private readonly rawProblems: RawProblem[] = [];
  private readonly usable: boolean[];
  /**
   * Each usable document's value, converted while its nodes were at hand and handed out by
   * the first `valueOf`. The parsed Documents are not kept (see yaml-positions.ts).
   */
  private readonly firstValues: unknown[];
  private textLines?: string[];
  private commentList?: SourceComment[];

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    const documents = parseDocuments(text, this.lineCounter);
    this.documentCount = documents.length;
    this.usable = documents.map((document) => document.errors.every((error) => error.code === 'DUPLICATE_KEY'));
    this.firstValues = documents.map((document, doc) => (this.usable[doc] === true ? convertDocument(document) : undefined));
    this.positions = documents.map((document) => documentPositions(document, keyText, isMergeKey));
    documents.forEach((document, doc) => this.collectProblems(document, doc));
  }

  lines(): readonly string[] {
    this.textLines ??= splitLines(this.text);
    return this.textLines;
  }

  /**
   * Lists the comments by lexing the text again: the parsed documents keep comment text but
   * not where each comment sits. Files that cannot hold a badgemap directive skip the lexer.
   */
  comments(): readonly SourceComment[] {
    if (this.commentList !== undefined) return this.commentList;
    this.commentList = this.text.includes('badgemap-') ? lexComments(this.text, (offset) => this.lineCounter.linePos(offset)) : [];
    return this.commentList;
  }

  problems(): YamlProblem[] {
    return this.rawProblems.map(({ code, message, doc, start, end, warning }) => ({
      code,
      message,
      doc,
      range: this.rangeOf(start, end),
      warning,
    }));
  }

  /** Returns whether a document parsed without errors that make its content unreliable. */
  isUsable(doc: number): boolean {
    return this.usable[doc] === true;
  }

  /**
   * Converts a document to plain data: mappings become objects, sequences arrays, and
   * scalars strings, with an empty value, `~` or `null` as `null`. Aliases and `<<` merge
   * keys are resolved. A later duplicate key replaces an earlier one, as in JSON. Every call
   * returns a new value: after the first, the text is parsed again.
   */
  valueOf(doc: number): unknown {
    const first = this.firstValues[doc];
    if (first !== undefined) {
      this.firstValues[doc] = undefined;
      return first;
    }
    const document = parseDocuments(this.text, new LineCounter())[doc];
    return document === undefined ? null : convertDocument(document);
  }

  locate(location: Location): Range {
    const document = this.positions[location.doc];
    if (document === undefined) return START_OF_FILE;

    let node = document.contents;
    if (node === undefined) return this.rangeOf(document.start, document.start);

    // The first alias on the path is where this value is written: the nodes inside its anchor
    // are shared by every alias of it, so a finding there could not tell the copies apart.
    let alias: PositionNode | undefined;
    for (let index = 0; index < location.path.length; index++) {
      const segment = location.path[index] as PathSegment;
      if (alias === undefined && node?.kind === 'alias') alias = node;
      const container = resolvePositions(node);
      const isLast = index === location.path.length - 1;

      if (container?.kind === 'map') {
        const found = findPair(container, String(segment));
        if (found === undefined) return this.rangeOfNode(alias ?? container);
        const value = found.map.values[found.index];
        if ((isLast && location.target === 'key') || value === undefined) {
          if (alias !== undefined) return this.rangeOfNode(alias);
          return this.rangeOfOffsets(found.map.keyOffsets[2 * found.index] as number, found.map.keyOffsets[2 * found.index + 1] as number);
        }
        node = value;
      } else if (container?.kind === 'seq' && typeof segment === 'number') {
        const item = container.items[segment];
        if (item === undefined) return this.rangeOfNode(alias ?? container);
        node = item;
      } else {
        return this.rangeOfNode(alias ?? container);
      }
    }

    return this.rangeOfNode(alias ?? node);
  }

  private collectProblems(document: Document.Parsed, doc: number): void {
    for (const [list, warning] of [
      [document.errors, false],
      [document.warnings, true],
    ] as const) {
      for (const problem of list) {
        this.rawProblems.push({ code: problem.code, ...this.describeProblem(problem), doc, warning });
      }
    }
  }

  /**
   * Returns a parser problem's message and offsets. A missing closing quote is placed at the
   * quote that is open, since the parser reports it where the text ends, often past the last line.
   */
  private describeProblem(problem: YAMLError): { message: string; start: number; end: number } {
    const opening = problem.code === 'MISSING_CHAR' && problem.message.includes('quote') ? unclosedQuoteOffset(this.text) : undefined;
    if (opening !== undefined) {
      const message = 'The quoted text that starts here is never closed. Add the closing quote where the text ends.';
      return { message, start: opening, end: opening + 1 };
    }
    return { message: firstLine(problem.message), start: problem.pos[0], end: problem.pos[1] };
  }

  private rangeOfNode(node: PositionNode | undefined): Range {
    return node === undefined ? START_OF_FILE : this.rangeOfOffsets(node.start, node.end);
  }

  private rangeOfOffsets(start: number, end: number): Range {
    return start < 0 ? START_OF_FILE : this.rangeOf(start, end);
  }

  private rangeOf(start: number, end: number): Range {
    const from = this.lineCounter.linePos(start);
    const to = this.lineCounter.linePos(Math.max(start, end));
    return {
      start: { line: from.line, column: from.col },
      end: { line: to.line, column: to.col },
    };
  }
}

function parseDocuments(text: string, lineCounter: LineCounter): Document.Parsed[] {
  return parseAllDocuments(text, {
    schema: 'failsafe',
    lineCounter,
    merge: true,
    prettyErrors: false,
    uniqueKeys: true,
  }) as Document.Parsed[];
}

function convertDocument(document: Document.Parsed): unknown {
  return new PlainConverter(document).convert(document.contents);
}

class PlainConverter {
  private expansions = 0;
  private readonly inProgress = new Set<unknown>();
  private readonly converted = new Map<unknown, unknown>();

  constructor(private readonly document: Document.Parsed) {}

  convert(node: unknown): unknown {
    if (isAlias(node)) return this.convertAlias(node);
    if (isScalar(node)) return scalarValue(node);
    if (isSeq(node)) return node.items.map((item) => this.convert(item));
    if (isMap(node)) return this.convertMap(node);
    return null;
  }

  private convertAlias(node: Node): unknown {
    this.expansions++;
    const target = resolveAlias(this.document, node);
    // A repeated alias reuses the converted value, so nested aliases cannot blow up memory.
    if (this.expansions > MAX_ALIAS_EXPANSIONS || this.inProgress.has(target)) return null;
    if (this.converted.has(target)) return this.converted.get(target);

    this.inProgress.add(target);
    const value = this.convert(target);
    this.inProgress.delete(target);
    this.converted.set(target, value);
    return value;
  }

  private convertMap(node: YAMLMap): Record<string, unknown> {
    const result: Record<string, unknown> = {};

    for (const pair of node.items) {
      if (isMergeKey(pair.key)) {
        this.mergeInto(result, pair.value);
        continue;
      }
      setOwn(result, keyText(pair.key), this.convert(pair.value));
    }

    return result;
  }

  /** Merge keys add the fields of the merged mappings that the mapping does not set itself. */
  private mergeInto(result: Record<string, unknown>, source: unknown): void {
    const resolved = resolveAlias(this.document, source);
    const sources = isSeq(resolved) ? resolved.items : [source];
    for (const item of sources) {
      const value = this.convert(item);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
      for (const [key, field] of Object.entries(value)) {
        if (!Object.prototype.hasOwnProperty.call(result, key)) setOwn(result, key, field);
      }
    }
  }
}

function scalarValue(node: Node & { value?: unknown; type?: string }): string | null {
  const text = node.value === null || node.value === undefined ? '' : String(node.value);
  const plain = node.type === 'PLAIN' || node.type === undefined;
  return plain && NULL_SCALARS.has(text) ? null : text;
}

function keyText(key: unknown): string {
  if (isScalar(key)) return key.value === null || key.value === undefined ? '' : String(key.value);
  if (key === null || key === undefined) return '';
  return String(key);
}

/** With `merge: true`, the yaml package gives a plain `<<` key a symbol value. */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const value = key.value;
  const isMergeSymbol = typeof value === 'symbol' && value.description === MERGE_KEY;
  return isMergeSymbol || (value === MERGE_KEY && (key.type === 'PLAIN' || key.type === undefined));
}

/** Lexer tokens that mark structure and take up no characters of the source. */
const CONTROL_TOKENS = new Set(['\u0002', '\u0018', '\u001f']);
const SCALAR_TOKEN = '\u001f';

function lexComments(text: string, linePos: (offset: number) => { line: number; col: number }): SourceComment[] {
  const comments: SourceComment[] = [];
  let offset = 0;
  let previous = '';
  let lineHasContent = false;

  for (const token of new Lexer().lex(text)) {
    if (CONTROL_TOKENS.has(token)) {
      previous = token;
      continue;
    }
    // A block scalar's body follows the scalar marker and may contain `#` lines that are text.
    if (token.startsWith('#') && previous !== SCALAR_TOKEN) {
      const start = linePos(offset);
      const end = linePos(offset + token.length);
      comments.push({
        text: token.slice(1),
        range: { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } },
        ownLine: !lineHasContent,
      });
    }
    if (token.includes('\n') || token.includes('\r')) lineHasContent = !/[\r\n][ \t]*$/.test(token);
    else if (token.trim() !== '' && !token.startsWith('#')) lineHasContent = true;
    offset += token.length;
    previous = token;
  }
  return comments;
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0]?.trim() ?? message;
}
