/** The failing policy: `--fail-severity`, `--max-warnings` and `--quiet` on a list of findings. */
import { describe, expect, it } from 'vitest';

import { failPolicy, judge, visibleFindings } from '../../src/cli/failing.js';
import type { Finding, Severity } from '../../src/finding.js';

function findings(...severities: Severity[]): Finding[] {
  return severities.map((severity, index) => ({
    ruleId: 'rule',
    messageId: 'message',
    severity,
    message: `finding ${index}`,
    file: '/repo/a.yaml',
    range: { start: { line: index + 1, column: 1 }, end: { line: index + 1, column: 2 } },
    path: [],
    related: [],
  }));
}

describe('judge', () => {
  it.each([
    { options: {}, severities: [], fails: false },
    { options: {}, severities: ['warn', 'info'], fails: false },
    { options: {}, severities: ['error'], fails: true },
    { options: { failSeverity: 'warn' }, severities: ['info'], fails: false },
    { options: { failSeverity: 'warn' }, severities: ['warn'], fails: true },
    { options: { failSeverity: 'info' }, severities: ['info'], fails: true },
    { options: { maxWarnings: '1' }, severities: ['warn'], fails: false },
    { options: { maxWarnings: '1' }, severities: ['warn', 'warn'], fails: true },
    { options: { maxWarnings: '0' }, severities: ['info'], fails: false },
    { options: { maxWarnings: '0', quiet: true }, severities: ['warn'], fails: true },
  ] as { options: Record<string, string | boolean>; severities: Severity[]; fails: boolean }[])(
    '$options with $severities',
    ({ options, severities, fails }) => {
      expect(judge(findings(...severities), failPolicy(options)).fails).toBe(fails);
    },
  );
});

describe('visibleFindings', () => {
  it('keeps everything without --quiet', () => {
    const result = visibleFindings(findings('error', 'warn', 'info'), failPolicy({}));

    expect(result.reported.map((finding) => finding.severity)).toEqual(['error', 'warn', 'info']);
    expect(result.hidden).toEqual({});
  });

  it('keeps errors only with --quiet, counting the rest', () => {
    const result = visibleFindings(findings('error', 'warn', 'warn', 'info'), failPolicy({ quiet: true }));

    expect(result.reported.map((finding) => finding.severity)).toEqual(['error']);
    expect(result.hidden).toEqual({ warn: 2, info: 1 });
  });
});

describe('failPolicy', () => {
  it.each(['-1', '1.5', 'ten', '', ' 3', '99999999999999999999'])('rejects --max-warnings %j', (value) => {
    expect(() => failPolicy({ maxWarnings: value })).toThrow(/^Invalid --max-warnings/);
  });

  it.each(['ERROR', 'warning', 'fatal', ''])('rejects --fail-severity %j', (value) => {
    expect(() => failPolicy({ failSeverity: value })).toThrow(/^Invalid --fail-severity/);
  });
});
