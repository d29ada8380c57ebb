/**
 * The `junit` report: one `testsuite` root with a failing test case per finding and a
 * passing one per checked file with no finding, for CI systems that show test reports.
 * The values that would change from run to run are fixed: the timestamp comes from
 * `--today` at midnight, the host name is `badgemap` and every time is 0.
 */
import { compareText, type Finding } from '../finding.js';
import { ruleDocsUrl } from '../rules/docs-url.js';
import { displayPath } from './paths.js';
import type { ReportInput } from './types.js';
import { xmlAttribute, xmlText } from './xml.js';

const EPOCH_DATE = '1970-01-01';
const PASSING_NAME = 'no findings';

export function formatJunit(input: ReportInput): string {
  const byFile = new Map<string, Finding[]>();
  for (const file of input.files ?? []) byFile.set(file, []);
  for (const finding of input.findings) {
    const group = byFile.get(finding.file);
    if (group === undefined) byFile.set(finding.file, [finding]);
    else group.push(finding);
  }

  const testcases: string[] = [];
  for (const file of [...byFile.keys()].sort(compareText)) {
    const classname = displayPath(file, input.cwd);
    const findings = byFile.get(file) ?? [];
    if (findings.length === 0) testcases.push(`  <testcase ${attributes({ classname, name: PASSING_NAME, time: '0' })}/>`);
    for (const finding of findings) testcases.push(failingTestcase(finding, classname, input.cwd));
  }

  const suite = attributes({
    name: 'badgemap',
    tests: String(testcases.length),
    failures: String(input.findings.length),
    errors: '0',
    skipped: '0',
    time: '0',
    timestamp: `${input.today ?? EPOCH_DATE}T00:00:00`,
    hostname: 'badgemap',
  });
  const properties =
    input.toolVersion === undefined
      ? '  <properties/>'
      : `  <properties>\n    <property ${attributes({ name: 'badgemap.version', value: input.toolVersion })}/>\n  </properties>`;

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuite ${suite}>`,
    properties,
    ...testcases,
    '  <system-out/>',
    '  <system-err/>',
    '</testsuite>',
    '',
  ].join('\n');
}

function failingTestcase(finding: Finding, classname: string, cwd: string): string {
  const { line, column } = finding.range.start;
  const name = `${finding.ruleId} at ${line}:${column}`;
  const details = [`${classname}:${line}:${column}: ${finding.severity}: ${finding.message} (${finding.ruleId})`];
  for (const related of finding.related) {
    details.push(`also ${displayPath(related.file, cwd)}:${related.range.start.line}:${related.range.start.column}: ${related.message}`);
  }
  details.push(`Rule documentation: ${ruleDocsUrl(finding.ruleId)}`);

  return [
    `  <testcase ${attributes({ classname, name, time: '0' })}>`,
    `    <failure ${attributes({ message: finding.message, type: finding.severity })}>${xmlText(details.join('\n'))}</failure>`,
    '  </testcase>',
  ].join('\n');
}

function attributes(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}="${xmlAttribute(value)}"`)
    .join(' ');
}
