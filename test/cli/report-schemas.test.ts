/**
 * The SARIF and JUnit reports checked against the official schemas: SARIF 2.1.0 (JSON
 * Schema draft-04) with Ajv, and the Ant JUnit XSD with xmllint.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

import { runCli } from '../helpers/cli.js';
import { copyFixture, fixturePath, scratchFolder, sharedPath } from '../helpers/fixtures.js';

const TODAY = ['--today', '2026-12-04'];
const SARIF_SCHEMA = sharedPath('reference/ci/sarif-schema-2.1.0.json');
const JUNIT_SCHEMA = sharedPath('reference/ci/JUnit.xsd');
const HAS_XMLLINT = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;

if (SARIF_SCHEMA === undefined || JUNIT_SCHEMA === undefined) console.warn('skipped: ../shared/reference/ci is missing');
if (!HAS_XMLLINT) console.warn('skipped: xmllint is missing (Debian package libxml2-utils)');

function sarifValidator() {
  // Both packages are CommonJS; under NodeNext their classes are the `default` export.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA as string, 'utf8')) as object);
}

/**
 * A fixture whose message holds characters that XML 1.0 cannot carry (a bell, a form feed,
 * a lone surrogate) besides XML specials and an invalid UTF-8 byte.
 */
function hostileFixture(): string {
  const folder = copyFixture('clean');
  const file = path.join(folder, 'definitions.yaml');
  const text = fs.readFileSync(file, 'utf8');
  const [before, after] = text.split('competencies: [writes-tests]') as [string, string];
  const reference = Buffer.concat([
    Buffer.from('competencies: [writes-tests, "bell\\a, feed\\f, half \\ud800, ]]> & <!-- ', 'utf8'),
    Buffer.from([0xff]),
    Buffer.from('"]', 'utf8'),
  ]);
  fs.writeFileSync(file, Buffer.concat([Buffer.from(before, 'utf8'), reference, Buffer.from(after, 'utf8')]));

  const check = runCli(['lint', ...TODAY, '--format', 'json'], { cwd: folder });
  const findings = (JSON.parse(check.stdout) as { findings: { ruleId: string; message: string }[] }).findings;
  expect(findings.map((finding) => finding.ruleId)).toEqual(['unknown-reference']);
  expect(findings[0]?.message).toMatch(/bell\u0007, feed\u000c, half \ud800, \]\]> & <!-- \ufffd/);
  return folder;
}

describe.skipIf(SARIF_SCHEMA === undefined)('sarif report', () => {
  it.each([
    { name: 'with findings', cwd: () => fixturePath('reports') },
    { name: 'with no findings', cwd: () => fixturePath('clean') },
    { name: 'with control characters', cwd: hostileFixture },
  ])('validates against SARIF 2.1.0 $name', ({ cwd }) => {
    const validate = sarifValidator();
    const result = runCli(['lint', ...TODAY, '--format', 'sarif'], { cwd: cwd() });

    const valid = validate(JSON.parse(result.stdout));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe.skipIf(JUNIT_SCHEMA === undefined || !HAS_XMLLINT)('junit report', () => {
  it.each([
    { name: 'with findings', cwd: () => fixturePath('reports'), today: TODAY },
    { name: 'with no findings', cwd: () => fixturePath('clean'), today: TODAY },
    { name: 'with control characters', cwd: hostileFixture, today: TODAY },
    { name: 'without --today', cwd: () => fixturePath('reports'), today: [] },
  ])('validates against JUnit.xsd $name', ({ cwd, today }) => {
    const report = path.join(scratchFolder(), 'report.xml');
    runCli(['lint', ...today, '--format', 'junit', '--output-file', report], { cwd: cwd() });

    const check = spawnSync('xmllint', ['--noout', '--schema', JUNIT_SCHEMA as string, report], { encoding: 'utf8' });
    expect(check.stderr).toBe(`${report} validates\n`);
    expect(check.status).toBe(0);
  });
});
