/**
 * Linked documents without a network: a URL is read from a local folder when it starts
 * with a `--resolve` prefix, from the files an export is about to write, or (for JSON-LD
 * contexts) from the contexts badgemap ships. Nothing is ever fetched.
 */
import path from 'node:path';

import type { Host } from '../load/host.js';
import { decodeUtf8 } from '../util/text.js';
import { shippedContext } from './contexts.js';

/** `--resolve URL-PREFIX=DIR`: URLs under the prefix are files under the folder. */
export interface ResolveRule {
  prefix: string;
  /** An absolute folder path. */
  folder: string;
}

export type LinkedText = { file: string; text: string } | { file: string; error: string };

export type LoadedContext = { document: object } | { file: string; error: string };

export interface ContextLoader {
  /** The context a URL names, or `undefined` when badgemap cannot load it offline. */
  load(url: string): LoadedContext | undefined;
  /** Every term some loaded context defines, for "did you mean" hints. */
  definedTerms(): Set<string>;
}

export class LinkResolver implements ContextLoader {
  private readonly texts = new Map<string, LinkedText | undefined>();
  private readonly contexts = new Map<string, LoadedContext | undefined>();
  private terms?: Set<string>;

  /**
   * @param rules the `--resolve` prefixes, longest first wins.
   * @param published the files an export writes, by URL, which its own check reads instead.
   */
  constructor(
    private readonly host: Host,
    private readonly rules: readonly ResolveRule[] = [],
    private readonly published: ReadonlyMap<string, { file: string; text: string }> = new Map(),
  ) {}

  /** The local file a URL maps to under a `--resolve` rule, if any. */
  fileFor(url: string): string | undefined {
    const rule = [...this.rules].sort((a, b) => b.prefix.length - a.prefix.length).find((candidate) => url.startsWith(candidate.prefix));
    if (rule === undefined) return undefined;

    const rest = url.slice(rule.prefix.length).replace(/[?#].*$/, '');
    const file = path.resolve(rule.folder, ...rest.split('/').map((segment) => safeDecode(segment)));
    // A URL that climbs out of the folder with ".." maps to nothing rather than to another file.
    return file.startsWith(rule.folder.endsWith(path.sep) ? rule.folder : rule.folder + path.sep) ? file : undefined;
  }

  /** The text of a linked document, or `undefined` when no rule covers its URL. */
  readText(url: string): LinkedText | undefined {
    const key = url.replace(/#.*$/, '');
    if (this.texts.has(key)) return this.texts.get(key);

    const published = this.published.get(key);
    const file = published === undefined ? this.fileFor(key) : undefined;
    let result: LinkedText | undefined;
    if (published !== undefined) {
      result = published;
    } else if (file !== undefined) {
      const read = this.host.read(file);
      result = 'error' in read ? { file, error: read.error } : { file, text: decodeUtf8(read.bytes) };
    }
    this.texts.set(key, result);
    return result;
  }

  load(url: string): LoadedContext | undefined {
    if (this.contexts.has(url)) return this.contexts.get(url);

    let result: LoadedContext | undefined;
    const shipped = shippedContext(url);
    const linked = shipped === undefined ? this.readText(url) : undefined;
    if (shipped !== undefined) {
      result = { document: shipped };
    } else if (linked !== undefined) {
      result = 'error' in linked ? linked : parseContext(linked.file, linked.text);
    }
    this.contexts.set(url, result);
    this.terms = undefined;
    return result === undefined || 'error' in result ? result : { document: structuredClone(result.document) };
  }

  definedTerms(): Set<string> {
    if (this.terms !== undefined) return this.terms;
    const terms = new Set<string>();
    for (const loaded of this.contexts.values()) {
      if (loaded !== undefined && 'document' in loaded) collectTerms(loaded.document, terms);
    }
    this.terms = terms;
    return terms;
  }
}

function parseContext(file: string, text: string): LoadedContext {
  try {
    const document: unknown = JSON.parse(text);
    if (document === null || typeof document !== 'object' || Array.isArray(document)) return { file, error: 'it is not a JSON object' };
    return { document };
  } catch (error) {
    return { file, error: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Collects the term names of every `@context` object inside a context document. */
export function collectTerms(value: unknown, terms: Set<string>, inContext = false): void {
  if (Array.isArray(value)) {
    for (const item of value) collectTerms(item, terms, inContext);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (inContext && !key.startsWith('@')) terms.add(key);
    collectTerms(child, terms, key === '@context');
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
