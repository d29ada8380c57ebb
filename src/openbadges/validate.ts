/**
 * Checks Open Badges JSON files offline: parses each file (NDJSON record by record), works
 * out which version and class each document is, and runs the checks of that version. Every
 * problem becomes a raw finding positioned by data path in its file; nothing throws.
 */
import type { RawFinding, Severity } from '../finding.js';
import type { Host } from '../load/host.js';
import { duplicateKeyRule, jsonSyntaxRule } from '../rules/syntax.js';
import { obVersionRule } from '../rules/ob-version.js';
import { createFinding } from '../rules/types.js';
import { JsonSource, type JsonLayout } from '../source/json-source.js';
import type { SourceFile } from '../source/source-file.js';
import { decodeUnicode, detectUnicodeEncoding } from '../util/unicode.js';
import { detectVersion } from './detect.js';
import { LinkResolver, type ResolveRule } from './links.js';
import { Ob2Checker } from './ob2/check.js';
import { checkOb3 } from './ob3/check.js';
import { DocumentReporter } from './report.js';

export interface ValidateOptions {
  /** YYYY-MM-DD; expiry and validity dates are checked against it. */
  today: string;
  host: Host;
  /** `--resolve` rules: where linked documents and extra contexts are read from. */
  resolve?: readonly ResolveRule[];
  /** Documents an export is about to write, by URL, so its own check can follow links between them. */
  published?: ReadonlyMap<string, { file: string; text: string }>;
  /** The severity of a 2.0 BadgeClass without an image (default: a warning). */
  missingImage?: Severity;
}

export interface ValidationInput {
  file: string;
  text: string;
}

export interface ValidationResult {
  findings: RawFinding[];
  /** Every file a finding can point into: the inputs and the linked documents read. */
  sources: Map<string, SourceFile>;
  /** How many documents (NDJSON records count one each) were read. */
  documents: number;
}

const NDJSON_EXTENSIONS = /\.(ndjson|jsonl)$/i;

/** A file holding only a compact JWS, or a JSON string of one: a credential signed as a VC-JWT. */
const COMPACT_JWS = /^"?[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"?$/;

/** Reads each file through the host and validates it. */
export async function validateFiles(files: readonly string[], options: ValidateOptions): Promise<ValidationResult> {
  const inputs: ValidationInput[] = [];
  const unreadable: RawFinding[] = [];
  for (const file of files) {
    const read = options.host.read(file);
    if ('error' in read) unreadable.push(createFinding(jsonSyntaxRule, 'unreadable', { reason: read.error }, { file, doc: 0, path: [] }));
    else inputs.push(decodedInput(file, read.bytes, unreadable));
  }

  const result = await validateTexts(inputs, options);
  result.findings.unshift(...unreadable);
  return result;
}

/** Decodes a file as UTF-8, or as UTF-16 or UTF-32 after reporting that JSON must be UTF-8. */
function decodedInput(file: string, bytes: Uint8Array, findings: RawFinding[]): ValidationInput {
  const detected = detectUnicodeEncoding(bytes);
  if (detected.encoding !== 'UTF-8') {
    findings.push(createFinding(jsonSyntaxRule, 'encoding', { encoding: detected.encoding }, { file, doc: 0, path: [] }));
  }
  return { file, text: decodeUnicode(bytes, detected) };
}

export async function validateTexts(inputs: readonly ValidationInput[], options: ValidateOptions): Promise<ValidationResult> {
  const findings: RawFinding[] = [];
  const sources = new Map<string, SourceFile>();
  const links = new LinkResolver(options.host, options.resolve ?? [], options.published);
  const ob2 = new Ob2Checker({ today: options.today, links, missingImage: options.missingImage ?? 'warn', sink: findings, sources });
  let documents = 0;

  for (const input of inputs) {
    const source = new JsonSource(input.file, input.text, layoutOf(input));
    sources.set(input.file, source);
    if (COMPACT_JWS.test(input.text.trim())) {
      findings.push(createFinding(obVersionRule, 'jwt', {}, { file: input.file, doc: 0, path: [] }));
      continue;
    }
    findings.push(...parseFindings(source));

    for (let doc = 0; doc < source.records.length; doc++) {
      const data = source.valueOf(doc);
      if (data === undefined) continue;
      documents++;
      const reporter = new DocumentReporter(input.file, doc, findings);
      await checkDocument(data, reporter, { ob2, links, today: options.today });
    }
  }

  return { findings, sources, documents };
}

interface Checkers {
  ob2: Ob2Checker;
  links: LinkResolver;
  today: string;
}

async function checkDocument(data: unknown, reporter: DocumentReporter, checkers: Checkers): Promise<void> {
  const detection = detectVersion(data);
  switch (detection.version) {
    case '3.0':
      await checkOb3(data, detection, reporter, { today: checkers.today, contexts: checkers.links });
      return;
    case '2.0':
      checkers.ob2.check(data as Record<string, unknown>, reporter);
      return;
    case '1.0':
      reporter.report(obVersionRule, 'ob1', { what: detection.what }, []);
      return;
    case 'hybrid':
      reporter.report(obVersionRule, 'hybrid', { ob2: detection.ob2, ob3: detection.ob3 }, ['@context']);
      return;
    case 'unchecked':
      reporter.report(obVersionRule, 'unchecked', { name: detection.name, standard: detection.standard }, detection.path);
      return;
    case 'unknown':
      reporter.report(obVersionRule, 'unknown', { reason: detection.reason }, detection.path);
  }
}

/** NDJSON by its file name; otherwise the source tells NDJSON from one document by the text. */
function layoutOf(input: ValidationInput): JsonLayout | undefined {
  return NDJSON_EXTENSIONS.test(input.file) ? 'ndjson' : undefined;
}

function parseFindings(source: JsonSource): RawFinding[] {
  return source.problems.map((problem) => {
    const location = { file: source.file, doc: problem.doc, path: [], range: problem.range };
    return problem.kind === 'syntax'
      ? createFinding(jsonSyntaxRule, 'syntax', { message: problem.message }, location)
      : createFinding(duplicateKeyRule, 'duplicate', { key: problem.key }, location);
  });
}
