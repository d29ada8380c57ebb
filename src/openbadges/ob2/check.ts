/**
 * The Open Badges 2.0 checks: every property a known term (`ob-context`), and each class's
 * rules as 1EdTech's reference validator enforces them (`ob-rule`). Linked documents (a
 * BadgeClass's issuer, an Assertion's badge) are read through `--resolve` folders or the
 * files an export writes, and checked in their own files; they are never fetched.
 */
import type { PathSegment, RawFinding, Severity } from '../../finding.js';
import { obContextRule } from '../../rules/ob-context.js';
import { obRuleRule } from '../../rules/ob-rule.js';
import { obVersionRule } from '../../rules/ob-version.js';
import type { SourceFile } from '../../source/source-file.js';
import { JsonSource } from '../../source/json-source.js';
import { closestMatch, didYouMean } from '../../util/suggest.js';
import { OB2_CONTEXT } from '../contexts.js';
import { typeNames } from '../detect.js';
import { prefixOf } from '../jsonld-check.js';
import { collectTerms, type LinkResolver } from '../links.js';
import { DocumentReporter, truncate } from '../report.js';
import { checkClass, type ClassName } from './classes.js';
import { OB2_TERMS } from './terms.js';

export interface Ob2Options {
  /** YYYY-MM-DD; expiry is checked against it. */
  today: string;
  links: LinkResolver;
  /** How a BadgeClass without an image is reported: a warning for validate, an error for export. */
  missingImage: Severity;
  sink: RawFinding[];
  /** Linked files are added here, so their findings can be positioned. */
  sources: Map<string, SourceFile>;
}

/** The top-level classes validate checks, in the order a type list is searched. */
const CHECKED_CLASSES: readonly ClassName[] = ['Assertion', 'BadgeClass', 'Issuer', 'Profile', 'AlignmentObject', 'CryptographicKey', 'RevocationList'];
const UNCHECKED_CLASSES: Record<string, string> = { Endorsement: 'an Open Badges 2.0 endorsement', Extension: 'an Open Badges 2.0 extension' };

export interface LinkedDocument {
  url: string;
  data: Record<string, unknown>;
  reporter: DocumentReporter;
}

export class Ob2Checker {
  /** Linked files already checked, so a shared issuer is reported once. */
  private readonly checkedFiles = new Set<string>();

  constructor(private readonly options: Ob2Options) {}

  /** Checks a top-level 2.0 document. */
  check(data: Record<string, unknown>, reporter: DocumentReporter): void {
    if (!this.checkTerms(data, reporter)) return;
    const cls = this.classOf(data, reporter);
    if (cls !== undefined) checkClass(cls, data, [], reporter, this);
  }

  /** The class a document's `type` names, reporting why there is none. */
  private classOf(data: Record<string, unknown>, reporter: DocumentReporter): ClassName | undefined {
    if (data.type === undefined) {
      reporter.report(obRuleRule, 'required', { owner: 'An Open Badges 2.0 document', field: 'type' }, []);
      return undefined;
    }
    const types = typeNames(data.type);
    if (Array.isArray(data.type) && data.type.length === 0) {
      reporter.report(obRuleRule, 'emptyType', {}, ['type']);
      return undefined;
    }

    const cls = CHECKED_CLASSES.find((candidate) => types.includes(candidate));
    if (cls !== undefined) return cls;
    const unchecked = types.find((type) => UNCHECKED_CLASSES[type] !== undefined);
    if (unchecked !== undefined) {
      reporter.report(obVersionRule, 'unchecked', { name: unchecked, standard: UNCHECKED_CLASSES[unchecked] as string }, ['type']);
    }
    // A type that is no term at all is already an ob-context finding; a known one is named here.
    else if (types.some((type) => OB2_TERMS.has(type))) {
      const named = types.map((type) => `"${type}"`).join(', ');
      reporter.report(obVersionRule, 'unknown', { reason: `its type ${named} is no Open Badges 2.0 class that validate checks (${CHECKED_CLASSES.join(', ')})` }, ['type']);
    }
    return undefined;
  }

  /**
   * Reports every property and type that is neither a 2.0 term nor defined by one of the
   * document's own contexts. Returns false when a context cannot be read, since its terms
   * are then unknown.
   */
  checkTerms(data: Record<string, unknown>, reporter: DocumentReporter): boolean {
    const defined = new Set<string>(OB2_TERMS);
    const contexts = data['@context'];
    const entries = Array.isArray(contexts) ? contexts : [contexts];
    let readable = true;

    entries.forEach((entry, index) => {
      const path: PathSegment[] = Array.isArray(contexts) ? ['@context', index] : ['@context'];
      if (typeof entry === 'string' && entry !== OB2_CONTEXT) {
        const loaded = this.options.links.load(entry);
        if (loaded === undefined) {
          reporter.report(obContextRule, 'unknownContext', { url: entry, prefix: prefixOf(entry) }, path);
          readable = false;
        } else if ('error' in loaded) {
          reporter.report(obContextRule, 'unreadableContext', { url: entry, file: loaded.file, reason: loaded.error }, path);
          readable = false;
        } else {
          collectTerms(loaded.document, defined);
        }
      } else if (entry !== null && typeof entry === 'object') {
        collectTerms({ '@context': entry }, defined);
      }
    });
    if (!readable) return false;

    this.reportUndefined(data, [], defined, reporter);
    return true;
  }

  private reportUndefined(value: unknown, path: PathSegment[], defined: Set<string>, reporter: DocumentReporter): void {
    if (Array.isArray(value)) {
      value.forEach((item, index) => this.reportUndefined(item, [...path, index], defined, reporter));
      return;
    }
    if (value === null || typeof value !== 'object') return;

    for (const [key, child] of Object.entries(value)) {
      if (key === '@context') continue;
      const at = [...path, key];
      if (!isDefined(key, defined)) {
        reporter.report(obContextRule, 'ob2Term', { term: key, hint: didYouMean(key, defined) }, at, { target: 'key' });
        continue;
      }
      if (key === 'type' || key === '@type') this.reportUndefinedTypes(child, at, defined, reporter);
      this.reportUndefined(child, at, defined, reporter);
    }
  }

  private reportUndefinedTypes(value: unknown, path: PathSegment[], defined: Set<string>, reporter: DocumentReporter): void {
    const values = Array.isArray(value) ? value : [value];
    values.forEach((type, index) => {
      if (typeof type !== 'string' || isDefined(type, defined)) return;
      const at = Array.isArray(value) ? [...path, index] : path;
      const suggestion = closestMatch(type, [...defined].filter((term) => /^[A-Z]/.test(term)));
      const hint = suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
      reporter.report(obContextRule, 'ob2Type', { value: truncate(type), hint }, at);
    });
  }

  /**
   * Reads a linked document for a reference at `path`. Reports what keeps it from being
   * read, and returns `undefined` then; `checked` says whether its own checks already ran.
   */
  readLinked(url: string, what: string, path: PathSegment[], reporter: DocumentReporter): (LinkedDocument & { checked: boolean }) | undefined {
    const linked = this.options.links.readText(url);
    if (linked === undefined) {
      reporter.report(obRuleRule, 'linkNotChecked', { what, url, prefix: prefixOf(url) }, path, { severity: 'info' });
      return undefined;
    }
    if ('error' in linked) {
      reporter.report(obRuleRule, 'linkUnreadable', { what, url, file: linked.file, reason: linked.error }, path);
      return undefined;
    }

    const source = new JsonSource(linked.file, linked.text, 'json');
    this.options.sources.set(linked.file, source);
    const data = source.valueOf(0);
    if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) {
      reporter.report(obRuleRule, 'linkInvalid', { what, url, file: linked.file }, path);
      return undefined;
    }

    const checked = this.checkedFiles.has(linked.file);
    this.checkedFiles.add(linked.file);
    const linkedReporter = new DocumentReporter(linked.file, 0, this.options.sink);
    const record = data as Record<string, unknown>;
    if (!checked && record.id !== undefined && record.id !== url.replace(/#.*$/, '')) {
      linkedReporter.report(obRuleRule, 'linkIdMismatch', { url, id: truncate(String(record.id)) }, ['id'], { severity: 'warn' });
    }
    return { url, data: record, reporter: linkedReporter, checked };
  }

  /** Checks a linked document as one of the expected classes, reporting a wrong type at the reference. */
  checkLinked(
    url: string,
    what: string,
    expected: readonly ClassName[],
    path: PathSegment[],
    reporter: DocumentReporter,
  ): LinkedDocument | undefined {
    const linked = this.readLinked(url, what, path, reporter);
    if (linked === undefined) return undefined;

    const types = typeNames(linked.data.type);
    const cls = expected.find((candidate) => types.includes(candidate));
    if (cls === undefined) {
      const actual = types.length === 0 ? 'with no type' : types.map((type) => `"${type}"`).join(', ');
      reporter.report(obRuleRule, 'linkWrongType', { what, url, actual, expected: expected.map((name) => `"${name}"`).join(' or ') }, path);
      return undefined;
    }
    if (!linked.checked && this.checkTerms(linked.data, linked.reporter)) checkClass(cls, linked.data, [], linked.reporter, this);
    return linked;
  }

  /** A linked document's content, without checking or reporting anything. */
  peekLinked(url: string): Record<string, unknown> | undefined {
    const linked = this.options.links.readText(url);
    if (linked === undefined || 'error' in linked) return undefined;
    try {
      const data: unknown = JSON.parse(linked.text);
      return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }

  get today(): string {
    return this.options.today;
  }

  get missingImage(): Severity {
    return this.options.missingImage;
  }
}

/** A key JSON-LD keeps: a keyword, a defined term, or an IRI (which includes compact IRIs). */
function isDefined(key: string, defined: Set<string>): boolean {
  return key.startsWith('@') || defined.has(key) || key.includes(':');
}

