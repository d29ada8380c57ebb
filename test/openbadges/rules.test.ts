/** Table tests of the Open Badges checks on small documents held in memory. */
import { describe, expect, it } from 'vitest';

import { validateJson } from '../helpers/validate.js';

const OB3 = '["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]';

function achievement(extra: string): string {
  return `{
  "@context": ${OB3},
  "id": "https://example.org/a.json",
  "type": ["Achievement"],
  "name": "A",
  "description": "D",
  "criteria": { "narrative": "Do it." }${extra}
}
`;
}

function badgeClass(extra: string): string {
  return `{
  "@context": "https://w3id.org/openbadges/v2",
  "type": "BadgeClass",
  "id": "https://example.org/b.json",
  "name": "B",
  "description": "D",
  "image": "https://example.org/b.png",
  "criteria": { "narrative": "Do it." },
  "issuer": "https://example.org/issuer.json"${extra}
}
`;
}

const ISSUER = '{ "@context": "https://w3id.org/openbadges/v2", "type": "Issuer", "id": "https://example.org/issuer.json", "name": "I", "url": "https://example.org", "email": "i@example.org" }';

async function lines(name: string, text: string, options: { linked?: Record<string, string>; today?: string } = {}): Promise<string[]> {
  const findings = await validateJson(name, text, options);
  return findings.map((finding) => `${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.ruleId} ${finding.message}`);
}

describe('json-syntax and duplicate-key', () => {
  it.each([
    ['empty file', '', ['1:1 error json-syntax The file is empty; a JSON document needs at least one value.']],
    ['trailing comma', '{"a": 1,}', ['1:9 error json-syntax Invalid JSON: unexpected "}".']],
    ['missing colon', '{\n  "a" 1\n}', ['2:7 error json-syntax Invalid JSON: unexpected a number.']],
    ['nesting past the limit', `${'['.repeat(300)}${']'.repeat(300)}`, ['1:1 error json-syntax The document nests 300 levels deep; badgemap reads at most 256.']],
    ['nesting past the parser', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, ['1:1 error json-syntax The document nests too deeply to read; badgemap reads at most 256 levels.']],
    ['unterminated', '{"a": [1, 2', ['1:12 error json-syntax Invalid JSON: the text ends before the document is complete.']],
  ])('%s', async (_, text, expected) => {
    expect(await lines('x.json', text)).toEqual(expected);
  });

  it('reports a duplicate key on the later key', async () => {
    const found = await lines('x.json', achievement(',\n  "name": "Again"'));
    expect(found).toContain('8:3 error duplicate-key Duplicate key "name"; the later value replaces the earlier one.');
  });

  it('reads NDJSON record by record, past a broken record', async () => {
    const text = `${achievement('').replace(/\n\s*/g, ' ')}\n{"broken": \n\n${JSON.stringify({ name: 'no context' })}\n`;
    expect(await lines('x.ndjson', text)).toEqual([
      '2:11 error json-syntax Invalid JSON: the text ends before the document is complete.',
      '4:1 error ob-version Not an Open Badges document: it has no "@context" naming Open Badges 2.0 or 3.0. (record 3)',
    ]);
  });
});

describe('ob-schema and types', () => {
  it.each([
    ['a missing required property', achievement('').replace('"name": "A",', ''), ['1:1 error ob-schema Missing required property "name".']],
    ['a plain-string type', achievement('').replace('["Achievement"]', '"Achievement"'), ['4:11 error ob-schema "type" must be an array, not "Achievement". Write a single value as an array of one: [ … ].']],
    [
      'a type the contexts do not define',
      achievement('').replace('["Achievement"]', '["Badge", "Achievement"]'),
      ['4:12 error ob-context Type "Badge" is not defined by the document\'s contexts, so JSON-LD expansion turns it into a relative IRI.'],
    ],
    ['an image given as a URL', achievement(',\n  "image": "https://example.org/a.png"'), ['8:12 error ob-schema "image" must be an object, not "https://example.org/a.png".']],
    [
      'an extra property on a closed class',
      achievement(',\n  "image": { "id": "https://example.org/a.png", "type": "Image", "alt": "A" }'),
      [
        '8:66 error ob-context Property "alt" is not defined by the document\'s contexts, so JSON-LD expansion drops it. Did you mean "salt"?',
        '8:66 error ob-schema Unknown property "image.alt": an Image allows only "id", "type", "caption".',
      ],
    ],
    [
      'an achievement type outside the list',
      achievement(',\n  "achievementType": "Certifcate"'),
      ['8:22 error ob-schema "achievementType" cannot be "Certifcate": use one of the 31 values the specification lists, such as "Achievement", "ApprenticeshipCertificate", "Assessment", or an "ext:" name. Did you mean "Certificate"?'],
    ],
    [
      'a language tag in the wrong case',
      achievement(',\n  "inLanguage": "en-gb"'),
      ['8:17 error ob-schema "inLanguage" must be a language tag such as "en", "en-GB" or "zh-Hant-TW" (language in lower case, script in title case, region in upper case), not "en-gb".'],
    ],
  ])('%s', async (_, text, expected) => {
    expect(await lines('a.json', text)).toEqual(expected);
  });
});

describe('ob-context', () => {
  it('names a misspelt property with a suggestion', async () => {
    expect(await lines('a.json', achievement(',\n  "tags": ["x"]'))).toEqual([
      '8:3 error ob-context Property "tags" is not defined by the document\'s contexts, so JSON-LD expansion drops it. Did you mean "tag"?',
    ]);
  });

  it('finds which of several same-named properties is dropped', async () => {
    const text = achievement(',\n  "achievementType": "Badge",\n  "creator": { "id": "https://example.org/i", "type": ["Profile"], "achievementType": "Badge" }');
    expect(await lines('a.json', text)).toEqual([
      '9:68 error ob-context Property "achievementType" is not defined by the document\'s contexts, so JSON-LD expansion drops it. The contexts define it only for other types of object; move it to one of those.',
    ]);
  });

  it('reports an unknown context and a 2.0/3.0 hybrid', async () => {
    const unknown = achievement('').replace(OB3, '["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "https://example.org/ctx.json"]');
    expect(await lines('a.json', unknown)).toEqual([
      '2:118 error ob-context Context "https://example.org/ctx.json" is not shipped with badgemap and is never fetched, so the terms of this document cannot be checked. Pass --resolve https://example.org/=DIR to read it from a folder.',
    ]);
    const hybrid = achievement('').replace(OB3, '["https://w3id.org/openbadges/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]');
    expect(await lines('a.json', hybrid)).toEqual([
      '2:15 error ob-version The document names both Open Badges 2.0 ("https://w3id.org/openbadges/v2") and Open Badges 3.0 ("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"); a document must be one or the other.',
    ]);
  });

  it('reads a context from a --resolve folder', async () => {
    const text = achievement(',\n  "level": "x"').replace(OB3, '["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "https://example.org/ctx.json"]');
    const linked = { 'ctx.json': '{ "@context": { "level": "https://example.org/vocab#level" } }' };
    expect(await lines('a.json', text, { linked })).toEqual([]);
  });

  it('names a 2.0 property outside the 2.0 terms', async () => {
    expect(await lines('b.json', badgeClass(',\n  "tag": ["x"]'), { linked: { 'issuer.json': ISSUER } })).toEqual([
      '10:3 error ob-context Property "tag" is not an Open Badges 2.0 term and no context of the document defines it, so JSON-LD processors drop it. Did you mean "tags"?',
    ]);
  });
});

describe('ob-rule', () => {
  it('warns about a 2.0 BadgeClass without an image', async () => {
    expect(await lines('b.json', badgeClass('').replace('"image": "https://example.org/b.png",', ''), { linked: { 'issuer.json': ISSUER } })).toEqual([
      '1:1 warn ob-rule The BadgeClass has no "image". The reference validator and badgemap export require one; the Java validator does not.',
    ]);
  });

  it('notes a 2.0 issuer it cannot read, and checks one it can', async () => {
    expect(await lines('b.json', badgeClass(''))).toEqual([
      '9:13 info ob-rule The issuer "https://example.org/issuer.json" is a linked document, which badgemap never fetches, so it was not checked. Pass --resolve https://example.org/=DIR to check it from a folder.',
    ]);
    const broken = ISSUER.replace('"email": "i@example.org"', '"email": "nobody"');
    expect(await lines('b.json', badgeClass(''), { linked: { 'issuer.json': broken } })).toEqual([
      '1:160 error ob-rule "email" must be an e-mail address, not "nobody".',
    ]);
  });

  it.each([
    ['a data URI of another type', badgeClass('').replace('"https://example.org/b.png"', '"data:image/gif;base64,R0lG"'), '7:12 error ob-rule "image" is a data URI of type "image/gif"; Open Badges accepts image/png and image/svg+xml.'],
    ['criteria without id or narrative', badgeClass('').replace('{ "narrative": "Do it." }', '{}'), '8:15 error ob-rule Criteria without an "id" need a "narrative" that says how to earn the badge.'],
    ['a uuid v7 id', badgeClass('').replace('"https://example.org/b.json"', '"urn:uuid:01890a5d-ac96-774b-bcce-b302099a8057"'), '4:9 error ob-rule "id" must be an http or https URL, or a urn:uuid: with a UUID of version 1 to 5, not "urn:uuid:01890a5d-ac96-774b-bcce-b302099a8057".'],
    ['an alignment without a target URL', badgeClass(',\n  "alignment": [{ "targetName": "X" }]'), '10:17 error ob-rule The AlignmentObject at "alignment[0]" requires "targetUrl".'],
  ])('%s', async (_, text, expected) => {
    expect(await lines('b.json', text, { linked: { 'issuer.json': ISSUER } })).toEqual([expected]);
  });

  it('checks validity dates against the check date', async () => {
    const credential = (dates: string) => `{
  "@context": ${OB3},
  "id": "urn:uuid:8f2a5b4e-3c1d-4e6f-9a7b-0c1d2e3f4a5b",
  "type": ["VerifiableCredential", "OpenBadgeCredential"],
  "issuer": "https://example.org/issuer",
  ${dates},
  "credentialSubject": { "type": ["AchievementSubject"], "achievement": ${achievement('').replace(/"@context": \[[^\]]*\],/, '')} }
}`;
    expect(await lines('c.json', credential('"validFrom": "2026-12-04T23:00:00Z"'))).toEqual([]);
    expect(await lines('c.json', credential('"validFrom": "2026-12-05T00:00:00Z"'))).toEqual([
      '6:16 error ob-rule The credential is not valid before 2026-12-05T00:00:00Z ("validFrom"); the check date is 2026-12-04.',
    ]);
    expect(await lines('c.json', credential('"validFrom": "2020-01-01T00:00:00Z", "validUntil": "2026-12-03T23:59:59Z"'))).toEqual([
      '6:54 error ob-rule The credential expired on 2026-12-03T23:59:59Z ("validUntil"); the check date is 2026-12-04.',
    ]);
  });
});

describe('ob-version', () => {
  it.each([
    ['a VC-JWT', 'eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl\n', '1:1 error ob-version The file is a compact JWS, such as a credential signed as a VC-JWT, which validate does not read. Decode its payload into a JSON file and validate that.'],
    ['each item of an array', '[{"a": 1}]', '1:2 error ob-version Not an Open Badges document: it has no "@context" naming Open Badges 2.0 or 3.0. (item 1)'],
    ['a document that is not an object', '"text"', '1:1 error ob-version Not an Open Badges document: the document is not a JSON object; an Open Badges document is one object.'],
    ['a 1.0 assertion', '{"recipient": "x@example.org", "badge": "https://example.org/b.json", "verify": {}}', '1:1 error ob-version This is an Open Badges 1.0 Assertion ("recipient" and "badge" without "@context" or "type"); badgemap checks 2.0 and 3.0 only. Publish it as Open Badges 2.0 or 3.0.'],
    ['a plain Verifiable Credential', '{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"]}', '1:14 error ob-version Not an Open Badges document: it is a Verifiable Credential with neither an Open Badges 3.0 context nor an Open Badges type.'],
    ['a 2.0 endorsement', '{"@context": "https://w3id.org/openbadges/v2", "type": "Endorsement", "id": "https://example.org/e.json"}', '1:56 error ob-version Endorsement is an Open Badges 2.0 endorsement, which validate does not check.'],
  ])('names %s', async (_, text, expected) => {
    expect(await lines('x.json', text)).toEqual([expected]);
  });
});

describe('linked documents and input forms', () => {
  it('reports a linked issuer missing from the --resolve folder', async () => {
    expect(await lines('b.json', badgeClass(''), { linked: {} })).toEqual([
      '9:13 error ob-rule Cannot read the linked issuer "https://example.org/issuer.json" from /repo/issuer.json: file not found.',
    ]);
  });

  it('never maps a URL outside the --resolve folder', async () => {
    const text = badgeClass('').replace('"https://example.org/issuer.json"', '"https://example.org/../secret.json"');
    expect(await lines('b.json', text, { linked: { '../secret.json': ISSUER } })).toEqual([
      '9:13 info ob-rule The issuer "https://example.org/../secret.json" is a linked document, which badgemap never fetches, so it was not checked. Pass --resolve https://example.org/../=DIR to check it from a folder.',
    ]);
  });

  it('reads a file with a byte order mark', async () => {
    expect(await lines('a.json', `\uFEFF${achievement('')}`)).toEqual([]);
  });

  it('reads a .json file of one object per line as NDJSON', async () => {
    const one = achievement('').replace(/\n\s*/g, ' ');
    expect(await lines('a.json', `${one}\n${one.replace('"name": "A",', '')}\n`)).toEqual([
      '2:1 error ob-schema Missing required property "name". (record 2)',
    ]);
  });
});
