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
import { copyFixture, fixturePath } from '../helpers/fixtures.js';
import { sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/temp.js';

const TODAY = ['--today', '2026-12-04'];
const SARIF_SCHEMA = existing(sharedPath('reference/ci/sarif-schema-2.1.0.json'));
const JUNIT_SCHEMA = existing(sharedPath('reference/ci/JUnit.xsd'));
const HAS_XMLLINT = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;

if (!HAS_XMLLINT) process.stderr.write('note: xmllint is missing (Debian package libxml2-utils); the JUnit schema tests are skipped.\n');

function existing(file: string): string | undefined {
  return fs.existsSync(file) ? file : undefined;
}

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
  const folder = copyFixture('no-findings');
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
  // text-encoding reports the control characters too, with their code points in its message.
  expect(findings.map((finding) => finding.ruleId)).toEqual(['text-encoding', 'text-encoding', 'unknown-reference']);
  expect(findings.find((finding) => finding.ruleId === 'unknown-reference')?.message).toMatch(/bell\u0007, feed\u000c, half \ud800, \]\]> & <!-- \ufffd/);
  return folder;
}

describe.skipIf(SARIF_SCHEMA === undefined)('sarif report', () => {
  it.each([
    { name: 'with findings', cwd: () => fixturePath('reports') },
    { name: 'with no findings', cwd: () => fixturePath('no-findings') },
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
    { name: 'with no findings', cwd: () => fixturePath('no-findings'), today: TODAY },
    { name: 'with control characters', cwd: hostileFixture, today: TODAY },
    { name: 'without --today', cwd: () => fixturePath('reports'), today: [] },
  ])('validates against JUnit.xsd $name', ({ cwd, today }) => {
    const report = path.join(tempDir(), 'report.xml');
    runCli(['lint', ...today, '--format', 'junit', '--output-file', report], { cwd: cwd() });

    const check = spawnSync('xmllint', ['--noout', '--schema', JUNIT_SCHEMA as string, report], { encoding: 'utf8' });
    expect(check.stderr).toBe(`${report} validates\n`);
    expect(check.status).toBe(0);
  });
});
