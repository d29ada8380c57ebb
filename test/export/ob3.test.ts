/** The 3.0 output mapping, export's own check, and the 3.0 fields lint checks for export. */
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { ob3Language } from '../../src/export/language.js';
import { ob3Target } from '../../src/export/ob3.js';
import { verifyExport } from '../../src/export/verify.js';
import { finishFindings } from '../../src/engine/finish.js';
import { exportExamples, loadExamples } from '../helpers/examples.js';
import { lintFiles, memoryHost, PNG_BYTES, summarise } from '../helpers/workspace.js';

const { documents } = await exportExamples('ob3');

describe('Open Badges 3.0 export of the examples', () => {
  const secure = documents.get('achievements/secure-coding-injection.json') as Record<string, any>;
  const patient = documents.get('achievements/patient-communication.json') as Record<string, any>;

  it('writes the fixed context, type and default achievement type', () => {
    expect(secure['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(secure.type).toEqual(['Achievement']);
    expect(secure.achievementType).toBe('Badge');
    expect(secure.id).toBe('https://badges.example.edu/achievements/secure-coding-injection.json');
  });

  it('embeds the issuer as creator with no separate Profile file', () => {
    expect(secure.creator).toEqual({
      id: 'https://badges.example.edu/issuer.json',
      type: ['Profile'],
      name: 'Example University Digital Credentials',
      url: 'https://example.edu',
      email: 'badges@example.edu',
      description: "Micro-credentials of Example University's continuing education programs.",
    });
    expect([...documents.keys()].filter((file) => !file.startsWith('achievements/'))).toEqual([]);
  });

  it('turns each rubric criterion into a ResultDescription, levels low to high', () => {
    const first = secure.resultDescription[0];
    expect(first.id).toBe('https://badges.example.edu/achievements/secure-coding-injection.json#criterion/binds-parameters');
    expect(first.resultType).toBe('RubricCriterionLevel');
    expect(first.rubricCriterionLevel.map((level: { points: string }) => level.points)).toEqual(['0', '2', '3']);
    expect(first.rubricCriterionLevel.map((level: { id: string }) => level.id.split('/').pop())).toEqual(['not-yet', 'meets', 'exceeds']);
    expect(first.requiredLevel).toBe(`${first.id}/meets`);
  });

  it('states prerequisites in the narrative and keeps version and humanCode as written', () => {
    expect(secure.criteria.narrative).toContain('Earn these badges first:');
    expect(secure.version).toBe('1.0');
    expect(secure.humanCode).toBe('SEC-201');
  });

  it('normalises the language tag', () => {
    expect(patient.inLanguage).toBe('en-GB');
    expect(secure.inLanguage).toBe('en');
  });

  it('writes the same bytes twice', async () => {
    const first = (await exportExamples('ob3')).files.map((file) => String(file.content));
    const again = (await exportExamples('ob3')).files.map((file) => String(file.content));
    expect(again).toEqual(first);
  });

  it('passes its own check', async () => {
    const workspace = await loadExamples();
    const files = await ob3Target.build({ model: workspace.model, config: workspace.config, embedImages: true, today: '2026-12-04' });
    const result = await verifyExport(files, { outDir: path.resolve('/out'), baseUrl: 'https://badges.example.edu/', today: '2026-12-04', host: memoryHost({}) });
    expect(finishFindings(result.findings, result.sources, undefined)).toEqual([]);
  });
});

describe('ob3Language', () => {
  it.each([
    ['en', 'en'],
    ['EN-gb', 'en-GB'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['es-419', 'es-419'],
    ['en_US', 'en-US'],
    ['en-GB-oxendict', undefined],
    ['i-klingon', undefined],
    ['x-private', undefined],
  ])('%s becomes %s', (tag, expected) => {
    expect(ob3Language(tag)).toBe(expected);
  });
});

describe('export-metadata for 3.0', () => {
  const badge = (extra: string) => `kind: badge\nid: b\nname: B\ndescription: D\nimage: b.png\ncompetencies: []\n${extra}`;

  it('reports a language tag 3.0 cannot write', () => {
    const { findings } = lintFiles({ 'b.yaml': badge('language: en-GB-oxendict\n'), 'b.png': PNG_BYTES });
    expect(summarise(findings, 'export-metadata')).toEqual([
      'b.yaml:7:11 export-metadata Language "en-GB-oxendict" has no Open Badges 3.0 form: inLanguage takes a language, an optional script and an optional region, such as en, en-GB or zh-Hant-TW.',
    ]);
  });

  it('reports an achievement type outside the 3.0 list', () => {
    const { findings } = lintFiles({ 'b.yaml': badge('achievementType: Certifcate\n'), 'b.png': PNG_BYTES });
    expect(summarise(findings, 'export-metadata')).toEqual([
      'b.yaml:7:18 export-metadata Achievement type "Certifcate" is not an Open Badges 3.0 value: use one of the 31 listed types, such as Badge, Certificate or MicroCredential, or an "ext:" name. Did you mean "Certificate"?',
    ]);
  });

  it('accepts an extension achievement type', () => {
    const { findings } = lintFiles({ 'b.yaml': badge('achievementType: ext:Role\n'), 'b.png': PNG_BYTES });
    expect(summarise(findings, 'export-metadata')).toEqual([]);
  });
});

describe('export check of 2.0 output', () => {
  it('makes a BadgeClass without an image an error', async () => {
    const badge = { '@context': 'https://w3id.org/openbadges/v2', type: 'BadgeClass', id: 'https://b.example.org/badges/b.json', name: 'B', description: 'D', criteria: { narrative: 'N' }, issuer: 'https://b.example.org/issuer.json' };
    const issuer = { '@context': 'https://w3id.org/openbadges/v2', type: 'Issuer', id: 'https://b.example.org/issuer.json', name: 'I', url: 'https://example.org', email: 'i@example.org' };
    const files = [
      { path: 'badges/b.json', content: `${JSON.stringify(badge)}\n` },
      { path: 'issuer.json', content: `${JSON.stringify(issuer)}\n` },
    ];
    const result = await verifyExport(files, { outDir: path.resolve('/out'), baseUrl: 'https://b.example.org/', today: '2026-12-04', host: memoryHost({}) });
    const findings = finishFindings(result.findings, result.sources, undefined);
    expect(findings.map((finding) => `${path.basename(finding.file)} ${finding.severity} ${finding.ruleId} ${finding.message}`)).toEqual([
      'b.json error ob-rule The BadgeClass has no "image". The reference validator and badgemap export require one; the Java validator does not.',
    ]);
  });
});
