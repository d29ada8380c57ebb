/** Where the Open Badges checks put their findings: one reporter per document. */
import type { PathSegment, RawFinding, Severity } from '../finding.js';
import { createFinding, type Rule } from '../rules/types.js';

export interface ReportOptions {
  severity?: Severity;
  /** Point at the key of the last path segment instead of its value. */
  target?: 'key';
}

export class DocumentReporter {
  constructor(
    readonly file: string,
    readonly doc: number,
    private readonly sink: RawFinding[],
  ) {}

  report<MessageId extends string>(
    rule: Pick<Rule<object, MessageId>, 'id' | 'messages'>,
    messageId: MessageId,
    data: Record<string, string | number>,
    path: readonly PathSegment[],
    options: ReportOptions = {},
  ): void {
    const location = { file: this.file, doc: this.doc, path: [...path], ...(options.target === undefined ? {} : { target: options.target }) };
    this.sink.push(createFinding(rule, messageId, data, location, options.severity === undefined ? {} : { severity: options.severity }));
  }

  /** Whether any error-level finding of these rules was reported for this document so far. */
  hasFindings(ruleIds: readonly string[]): boolean {
    return this.sink.some((finding) => finding.location.file === this.file && finding.location.doc === this.doc && ruleIds.includes(finding.ruleId));
  }
}

/** A value as messages show it: quoted text, or the kind of value. */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(truncate(value));
  return `${typeof value === 'number' ? 'the number' : 'the boolean'} ${String(value)}`;
}

export function truncate(text: string, limit = 80): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length <= limit ? oneLine : `${oneLine.slice(0, limit - 1)}…`;
}
