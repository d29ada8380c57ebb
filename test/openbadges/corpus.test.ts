/** validate over the real Open Badges files of the corpus: what it reports for several of each. */
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { CORPUS_DIR, hasShared } from '../helpers/shared.js';
import { validatePaths } from '../helpers/validate.js';

async function summary(file: string): Promise<string[]> {
  const findings = await validatePaths([path.join(CORPUS_DIR, file)]);
  return findings.map((finding) => `${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.ruleId} ${finding.message}`);
}

describe.skipIf(!hasShared)('validate over the corpus', () => {
  it('reports the empty dcc file as unparsable', async () => {
    expect(await summary('dcc-ob3/v1__ed25519__didKey__legacy-noStatus-noExpiry.json')).toEqual([
      '1:1 error json-syntax The file is empty; a JSON document needs at least one value.',
    ]);
  });

  it('checks a dcc VC 1.1 credential as if upgraded and finds its expiry', async () => {
    const findings = await summary('dcc-ob3/v1__ed25519__didKey__legacy-noStatus-expired.json');
    expect(findings[0]).toMatch(/^2:17 warn ob-version The credential uses the Verifiable Credentials 1\.1 data model/);
    expect(findings).toContain('9:23 error ob-rule The credential expired on 2025-01-09T16:23:24Z ("expirationDate"); the check date is 2026-12-04.');
    expect(findings).toContain('47:14 error ob-schema "proof" must be an array, not an object. Wrap a single value in an array: [ … ].');
  });

  it('names achievement types outside the 3.0 list in the MIT Learn templates', async () => {
    const findings = await summary('dcc-ob3/mit-learn__programCertificate.json');
    expect(findings.filter((finding) => finding.includes('achievementType'))).toEqual([
      '43:26 error ob-schema "credentialSubject.achievement.achievementType" cannot be "Program": use one of the 31 values the specification lists, such as "Achievement", "ApprenticeshipCertificate", "Assessment", or an "ext:" name.',
    ]);
  });

  it('reports a context it does not ship without fetching it', async () => {
    const findings = await summary('dcc-ob3/v1__ed25519__didKey__mixedRegistry-validStatus-noExpiry.json');
    expect(findings).toContain(
      '20:9 error ob-context Context "https://www.w3.org/ns/credentials/status/v1" is not shipped with badgemap and is never fetched, so the terms of this document cannot be checked. Pass --resolve https://www.w3.org/ns/credentials/status/=DIR to read it from a folder.',
    );
  });

  it('finds the issuer that cognipilot Achievements carry instead of creator', async () => {
    expect(await summary('cognipilot-ob3/achievements__board-of-directors-2026.json')).toEqual([
      '18:3 error ob-context Property "issuer" is not defined by the document\'s contexts, so JSON-LD expansion drops it. The contexts define it only for other types of object; move it to one of those.',
    ]);
  });

  it('finds plain-string types and an expiry in a cognipilot credential', async () => {
    expect(await summary('cognipilot-ob3/examples__maintainer-rumoca__credential.json')).toEqual([
      '12:13 error ob-schema "issuer.type" must be an array, not "Profile". Write a single value as an array of one: [ … ].',
      '26:15 error ob-schema "credentialSubject.achievement.type" must be an array, not "Achievement". Write a single value as an array of one: [ … ].',
      '39:17 error ob-rule The credential expired on 2024-12-31T23:59:59Z ("validUntil"); the check date is 2026-12-04.',
      '47:12 info ob-rule The credential is signed (DataIntegrityProof eddsa-rdfc-2022); badgemap does not verify signatures, so the signature was not checked.',
      '47:12 error ob-schema "proof" must be an array, not an object. Wrap a single value in an array: [ … ].',
    ]);
  });

  it('says a DID document is not Open Badges', async () => {
    expect(await summary('cognipilot-ob3/well-known__did.json')).toEqual([
      '2:15 error ob-version Not an Open Badges document: its "@context" names neither Open Badges 2.0 ("https://w3id.org/openbadges/v2") nor 3.0 ("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json").',
    ]);
  });

  it('reads the 2014 directory as NDJSON and names every record as 1.0', async () => {
    const findings = await validatePaths([path.join(CORPUS_DIR, 'obdirectory-2014/badges.ndjson')]);
    expect(findings).toHaveLength(658);
    expect(new Set(findings.map((finding) => finding.ruleId))).toEqual(new Set(['ob-version']));
    expect(findings.map((finding) => finding.range.start.line)).toEqual(Array.from({ length: 658 }, (_, index) => index + 1));
    expect(findings[0]?.message).toBe(
      'This is an Open Badges 1.0 BadgeClass ("criteria" and "issuer" without "@context" or "type"); badgemap checks 2.0 and 3.0 only. Publish it as Open Badges 2.0 or 3.0. (record 1)',
    );
  });
});
