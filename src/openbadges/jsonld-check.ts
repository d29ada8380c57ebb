/**
 * The JSON-LD check of a 3.0 document: expansion in safe mode with only the contexts that
 * badgemap ships and those `--resolve` serves. A property, type or id that expansion would
 * drop or make relative becomes a positioned `ob-context` finding.
 *
 * Safe mode stops at the first lossy event. When it does, the document is expanded again
 * with a handler that collects every such event, and each event is traced back to the data
 * path it came from (jsonld reports the term, not where it sits).
 */
import type { JsonLdEvent } from 'jsonld';
import type JsonLdModule from 'jsonld';

import type { PathSegment } from '../finding.js';
import { obContextRule } from '../rules/ob-context.js';
import { didYouMean } from '../util/suggest.js';
import type { ContextLoader } from './links.js';
import { truncate, type DocumentReporter } from './report.js';

/**
 * Loads jsonld when a document is expanded: with its HTTP client it is about 130 modules,
 * which every other command would otherwise load at start-up.
 */
async function loadJsonld(): Promise<typeof JsonLdModule> {
  return (await import('jsonld')).default;
}

/** The event codes jsonld's safe mode rejects during expansion. */
const LOSSY_EVENTS = new Set([
  'empty object',
  'free-floating scalar',
  'invalid @language value',
  'invalid property',
  'null @id value',
  'null @value value',
  'object with only @id',
  'object with only @language',
  'object with only @list',
  'object with only @value',
  'relative @id reference',
  'relative @type reference',
  'relative @vocab reference',
  'reserved @id value',
  'reserved @reverse value',
  'reserved term',
]);

/**
 * How many occurrences of a term are probed, one expansion each, to find which ones an
 * event came from. It bounds the time a document with thousands of them can take.
 */
const MAX_PROBES = 64;

/** Stands in for a value while finding which occurrence caused an event. */
const PROBE_IRI = 'urn:badgemap:probe';

interface LossyEvent {
  code: string;
  /** The term or value the event names, used to find where it sits. */
  subject: string;
  message: string;
}

export interface ContextReference {
  url: string;
  path: PathSegment[];
}

/** Lists every context URL a document names, with its path, nested contexts included. */
export function contextReferences(data: unknown, path: PathSegment[] = []): ContextReference[] {
  const found: ContextReference[] = [];
  if (Array.isArray(data)) {
    data.forEach((item, index) => found.push(...contextReferences(item, [...path, index])));
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (key !== '@context') {
        found.push(...contextReferences(value, [...path, key]));
        continue;
      }
      if (typeof value === 'string') found.push({ url: value, path: [...path, key] });
      if (Array.isArray(value)) {
        value.forEach((entry, index) => typeof entry === 'string' && found.push({ url: entry, path: [...path, key, index] }));
      }
    }
  }
  return found;
}

/**
 * Expands the document and reports what expansion loses. Returns false when it could not
 * expand at all, because a context is unknown or expansion failed.
 */
export async function checkExpansion(data: unknown, reporter: DocumentReporter, loader: ContextLoader): Promise<boolean> {
  let missing = false;
  for (const reference of contextReferences(data)) {
    const loaded = loader.load(reference.url);
    if (loaded === undefined) {
      reporter.report(obContextRule, 'unknownContext', { url: reference.url, prefix: prefixOf(reference.url) }, reference.path);
      missing = true;
    } else if ('error' in loaded) {
      reporter.report(obContextRule, 'unreadableContext', { url: reference.url, file: loaded.file, reason: loaded.error }, reference.path);
      missing = true;
    }
  }
  if (missing) return false;

  const documentLoader = async (url: string) => {
    const loaded = loader.load(url);
    if (loaded === undefined || 'error' in loaded) throw new Error(`Context "${url}" is not available offline.`);
    return { contextUrl: null, documentUrl: url, document: loaded.document };
  };

  const jsonld = await loadJsonld();
  try {
    await jsonld.expand(data, { documentLoader, safe: true });
    return true;
  } catch (error) {
    if (!isSafeModeError(error)) {
      reporter.report(obContextRule, 'failed', { reason: describeExpansionError(error) }, []);
      return false;
    }
  }

  const events = await collectEvents(data, documentLoader);
  await reportEvents(data, events, reporter, documentLoader, loader);
  return true;
}

type DocumentLoader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;

async function collectEvents(data: unknown, documentLoader: DocumentLoader): Promise<LossyEvent[]> {
  const events: LossyEvent[] = [];
  const eventHandler = ({ event, next }: { event: JsonLdEvent; next: () => void }) => {
    if (event.level === 'warning' && LOSSY_EVENTS.has(event.code)) events.push(toLossyEvent(event));
    next();
  };
  const jsonld = await loadJsonld();
  try {
    await jsonld.expand(data, { documentLoader, eventHandler });
  } catch {
    // The safe-mode run already showed the document expands; a failure here loses no finding.
  }
  return events;
}

function toLossyEvent(event: JsonLdEvent): LossyEvent {
  const details = event.details;
  const subject = details.property ?? details.type ?? details.id ?? '';
  return { code: event.code, subject: typeof subject === 'string' ? subject : JSON.stringify(subject), message: event.message };
}

async function reportEvents(
  data: unknown,
  events: readonly LossyEvent[],
  reporter: DocumentReporter,
  documentLoader: DocumentLoader,
  loader: ContextLoader,
): Promise<void> {
  const groups = new Map<string, LossyEvent[]>();
  for (const event of events) {
    const key = `${event.code}\u0000${event.subject}`;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }

  for (const group of groups.values()) {
    const event = group[0] as LossyEvent;
    const candidates = candidatePaths(data, event);
    const paths = candidates.length <= group.length ? candidates : await culprits(data, event, candidates, group.length, documentLoader);
    for (const path of paths.length > 0 ? paths : [[]]) reportEvent(event, path, reporter, loader);
  }
}

function reportEvent(event: LossyEvent, path: PathSegment[], reporter: DocumentReporter, loader: ContextLoader): void {
  switch (event.code) {
    case 'invalid property':
      reporter.report(obContextRule, 'droppedTerm', { term: event.subject, hint: termHint(event.subject, loader) }, path, { target: 'key' });
      return;
    case 'relative @type reference':
      reporter.report(obContextRule, 'relativeType', { value: truncate(event.subject) }, path);
      return;
    case 'relative @id reference':
      reporter.report(obContextRule, 'relativeId', { value: truncate(event.subject) }, path);
      return;
    default:
      reporter.report(obContextRule, 'dropped', { reason: event.message.replace(/\.$/, '').toLowerCase() }, path);
  }
}

function termHint(term: string, loader: ContextLoader): string {
  const terms = loader.definedTerms();
  if (terms.has(term)) return ' The contexts define it only for other types of object; move it to one of those.';
  return didYouMean(term, terms) || ' Check the spelling, or add a context that defines it.';
}

/** Lists where an event could come from: each place the term or value it names occurs. */
function candidatePaths(data: unknown, event: LossyEvent): PathSegment[][] {
  const found: PathSegment[][] = [];
  walk(data, [], (value, path) => {
    switch (event.code) {
      case 'invalid property':
        if (path[path.length - 1] === event.subject) found.push(path);
        break;
      case 'relative @type reference':
        if (value === event.subject && isTypePath(path)) found.push(path);
        break;
      case 'relative @id reference':
        if (value === event.subject) found.push(path);
        break;
      case 'empty object':
        if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) found.push(path);
        break;
      default:
        break;
    }
  });
  return found;
}

function isTypePath(path: PathSegment[]): boolean {
  const last = path[path.length - 1];
  const key = typeof last === 'number' ? path[path.length - 2] : last;
  return key === 'type' || key === '@type';
}

/**
 * Finds which candidates cause the event: each candidate is replaced in turn, and the ones
 * whose replacement lowers the event count are the culprits.
 */
async function culprits(data: unknown, event: LossyEvent, candidates: PathSegment[][], expected: number, documentLoader: DocumentLoader): Promise<PathSegment[][]> {
  const found: PathSegment[][] = [];
  for (const path of candidates.slice(0, MAX_PROBES)) {
    const probe = neutralise(data, path, event.code);
    const events = await collectEvents(probe, documentLoader);
    const remaining = events.filter((other) => other.code === event.code && other.subject === event.subject).length;
    if (remaining < expected) found.push(path);
    if (found.length === expected) break;
  }
  // Events not traced within the probe budget are reported on the document itself.
  while (found.length < expected) found.push([]);
  return found;
}

function neutralise(data: unknown, path: PathSegment[], code: string): unknown {
  const copy = structuredClone(data);
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1] as PathSegment;
  let parent: unknown = copy;
  for (const segment of parentPath) parent = (parent as Record<PathSegment, unknown>)[segment];
  const container = parent as Record<PathSegment, unknown>;

  if (code === 'invalid property' || code === 'empty object') {
    if (Array.isArray(container) && typeof last === 'number') container.splice(last, 1);
    else delete container[last];
  } else {
    container[last] = PROBE_IRI;
  }
  return copy;
}

/** Visits every value with its path, skipping `@context` values. */
function walk(value: unknown, path: PathSegment[], visit: (value: unknown, path: PathSegment[]) => void): void {
  visit(value, path);
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, [...path, index], visit));
  } else if (value !== null && typeof value === 'object') {
    for (const [name, child] of Object.entries(value)) {
      if (name !== '@context') walk(child, [...path, name], visit);
    }
  }
}

function isSafeModeError(error: unknown): boolean {
  return (error as { name?: string }).name === 'jsonld.ValidationError';
}

function describeExpansionError(error: unknown): string {
  const details = (error as { details?: { code?: string } }).details;
  const message = error instanceof Error ? error.message : String(error);
  return details?.code === undefined ? message.replace(/\.$/, '') : `${details.code} (${message.replace(/\.$/, '')})`;
}

/** Returns the URL up to its last `/`, as a `--resolve` prefix suggestion. */
export function prefixOf(url: string): string {
  const slash = url.lastIndexOf('/');
  return slash < 0 ? url : url.slice(0, slash + 1);
}
