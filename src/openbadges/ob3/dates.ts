/**
 * Validity dates of a credential and of every credential it embeds (endorsements), against
 * the check date. A credential expired when `validUntil` is before the check date began
 * (00:00 UTC); it is not yet valid when `validFrom` is after the check date ended, so a
 * credential that becomes valid at some hour of the check date passes.
 */
import type { PathSegment } from '../../finding.js';
import { obRuleRule } from '../../rules/ob-rule.js';
import { typeNames } from '../detect.js';
import type { DocumentReporter } from '../report.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export function checkValidityDates(data: unknown, today: string, reporter: DocumentReporter, original: (path: PathSegment[]) => PathSegment[]): void {
  const start = Date.parse(`${today}T00:00:00Z`);
  visitCredentials(data, [], true, (credential, path) => {
    const what = typeNames(credential.type).includes('EndorsementCredential') ? 'endorsement' : 'credential';
    const until = parseDate(credential.validUntil);
    if (until !== undefined && until < start) {
      const at = original([...path, 'validUntil']);
      reporter.report(obRuleRule, 'expired', { what, date: String(credential.validUntil), field: String(at[at.length - 1]), today }, at);
    }
    const from = parseDate(credential.validFrom);
    if (from !== undefined && from >= start + DAY_MS) {
      const at = original([...path, 'validFrom']);
      reporter.report(obRuleRule, 'notYetValid', { what, date: String(credential.validFrom), field: String(at[at.length - 1]), today }, at);
    }
  });
}

function visitCredentials(value: unknown, path: PathSegment[], isRoot: boolean, visit: (credential: Record<string, unknown>, path: PathSegment[]) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => visitCredentials(item, [...path, index], false, visit));
    return;
  }
  if (value === null || typeof value !== 'object') return;

  const record = value as Record<string, unknown>;
  if (isRoot || typeNames(record.type).includes('VerifiableCredential')) visit(record, path);
  for (const [key, child] of Object.entries(record)) {
    if (key !== '@context') visitCredentials(child, [...path, key], false, visit);
  }
}

function parseDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}
