/**
 * validate against the verdicts 1EdTech's own tests expect of their validator fixtures,
 * read at test time from VERDICTS.md. Linked documents are served from the fixtures' assets
 * folder under the same URLs the Java tests serve them from.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { hasShared, REFERENCE_DIR } from '../helpers/shared.js';
import { validatePaths, verdictOf, type Verdict } from '../helpers/validate.js';

interface Row {
  fixture: string;
  verdict: Verdict;
}

const VERDICTS = new Set(['valid', 'valid with warning', 'invalid']);

/** Types validate names and does not check, as the product contract requires. */
const UNCHECKED = new Map([
  ['ob3/validator-fixtures/endorsement-valid.json', 'EndorsementCredential'],
  ['clr2/validator-fixtures/simple.json', 'ClrCredential'],
  ['clr2/validator-fixtures/simple_v1.json', 'ClrCredential'],
]);

/** Every fixture row of VERDICTS.md that asserts a verdict, with its path under the reference folder. */
function readVerdicts(): Row[] {
  const rows: Row[] = [];
  let section: string | undefined;
  for (const line of fs.readFileSync(path.join(REFERENCE_DIR, 'VERDICTS.md'), 'utf8').split('\n')) {
    const heading = /^## (\w+\/validator-fixtures)/.exec(line);
    if (heading !== null) section = heading[1];
    const row = /^\| `([^`]+)` \| ([^|]+) \|/.exec(line);
    if (row === null || section === undefined) continue;
    const verdict = (row[2] as string).trim();
    if (VERDICTS.has(verdict)) rows.push({ fixture: `${section}/${row[1]}`, verdict: verdict as Verdict });
  }
  return rows;
}

const ASSETS = path.join(REFERENCE_DIR, 'ob2', 'validator-fixtures', 'assets');
const SERVED = ['http://example.org/', 'https://example.org/', 'https://www.example.org/'].map((prefix) => ({ prefix, folder: ASSETS }));

describe.skipIf(!hasShared)('verdicts of the 1EdTech fixtures', () => {
  const rows = hasShared ? readVerdicts() : [];

  it('reads every asserted verdict', () => {
    expect(rows.length).toBe(37);
  });

  it.each(rows.filter((row) => !UNCHECKED.has(row.fixture)))('$fixture is $verdict', async ({ fixture, verdict }) => {
    const findings = await validatePaths([path.join(REFERENCE_DIR, fixture)], SERVED);
    // 1EdTech's 2.0 tests switch warnings off when they assert "valid".
    const warningsCount = !(fixture.startsWith('ob2/') && verdict === 'valid');
    const summary = findings.map((finding) => `${finding.severity} ${finding.ruleId} ${finding.message}`);
    expect({ verdict: verdictOf(findings, warningsCount), summary }).toEqual({ verdict, summary: expect.any(Array) });
  });

  it.each([...UNCHECKED])('%s is named as %s and not checked', async (fixture, name) => {
    const findings = await validatePaths([path.join(REFERENCE_DIR, fixture)], SERVED);
    expect(findings.map((finding) => `${finding.ruleId} ${finding.message}`)).toEqual([expect.stringMatching(new RegExp(`^ob-version ${name} is `))]);
  });

  it('needs the linked issuer to find the 2.0 issuer type error', async () => {
    const fixture = path.join(REFERENCE_DIR, 'ob2/validator-fixtures/rdf-validation/badge-class-invalid-issuer-type.json');
    const offline = await validatePaths([fixture]);
    expect(offline.map((finding) => `${finding.severity} ${finding.ruleId}`)).toEqual(['warn ob-rule', 'info ob-rule']);
    const served = await validatePaths([fixture], SERVED);
    expect(served.map((finding) => finding.message)).toContain(
      'The linked issuer "http://example.org/issuer-invalid-type.json" is typed "Criteria"; it must be "Issuer" or "Profile".',
    );
  });
});
