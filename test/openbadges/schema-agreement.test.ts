/**
 * badgemap's own 3.0 schema, held against 1EdTech's formal schemas: on every 3.0 document in
 * the reference files and the corpus, on the exported Achievements, and on variants of them
 * broken one rule at a time, both give the same verdict. The shipped contexts and the 2.0
 * term list are held against the official context files the same way.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { shippedContext } from '../../src/openbadges/contexts.js';
import { OB2_TERMS } from '../../src/openbadges/ob2/terms.js';
import { ob3Validator } from '../../src/openbadges/ob3/check-schema.js';
import type { Ob3Class } from '../../src/openbadges/ob3/schema.js';
import { upgradeVc11 } from '../../src/openbadges/ob3/vc11.js';
import { exportExamples } from '../helpers/examples.js';
import { formalSchemas, OFFICIAL_CONTEXTS, type FormalSchemas } from '../helpers/official.js';
import { CORPUS_DIR, hasShared, readJson, REFERENCE_DIR } from '../helpers/shared.js';

interface Sample {
  name: string;
  cls: Ob3Class;
  data: unknown;
}

function classOf(data: unknown): Ob3Class | undefined {
  const type = (data as { type?: unknown }).type;
  const types = Array.isArray(type) ? type : [type];
  if (types.includes('EndorsementCredential')) return 'EndorsementCredential';
  if (types.includes('VerifiableCredential')) return 'AchievementCredential';
  if (types.includes('Achievement')) return 'Achievement';
  if (types.includes('Profile')) return 'Profile';
  return undefined;
}

function jsonFiles(folder: string): string[] {
  return fs.readdirSync(folder).filter((name) => name.endsWith('.json')).map((name) => path.join(folder, name));
}

/** Collects every 3.0 document of the reference files and the corpus that parses, VC 1.1 ones upgraded. */
function referenceSamples(): Sample[] {
  const folders = [
    path.join(REFERENCE_DIR, 'ob3', 'validator-fixtures'),
    path.join(REFERENCE_DIR, 'ob3', 'examples', 'spec-extracted'),
    path.join(CORPUS_DIR, 'dcc-ob3'),
    path.join(CORPUS_DIR, 'cognipilot-ob3'),
  ];
  const samples: Sample[] = [];
  for (const file of folders.flatMap(jsonFiles)) {
    let data: unknown;
    try {
      data = readJson(file);
    } catch {
      continue;
    }
    const cls = classOf(data);
    if (cls !== undefined) samples.push({ name: path.relative(path.dirname(REFERENCE_DIR), file), cls, data: upgradeVc11(data).data });
  }
  return samples;
}

type Mutation = [string, (achievement: Record<string, unknown>) => void];

/** Each breaks or bends one rule of the 3.0 data model; some stay valid. */
const MUTATIONS: Mutation[] = [
  ['no id', (a) => delete a.id],
  ['no name', (a) => delete a.name],
  ['no description', (a) => delete a.description],
  ['no criteria', (a) => delete a.criteria],
  ['type as a string', (a) => (a.type = 'Achievement')],
  ['type without Achievement', (a) => (a.type = ['Badge'])],
  ['empty type', (a) => (a.type = [])],
  ['image as a URL', (a) => (a.image = 'https://example.org/a.png')],
  ['image with an extra property', (a) => (a.image = { id: 'https://example.org/a.png', type: 'Image', alt: 'x' })],
  ['image without type', (a) => (a.image = { id: 'https://example.org/a.png' })],
  ['criteria as a URL', (a) => (a.criteria = 'https://example.org/criteria')],
  ['empty criteria', (a) => (a.criteria = {})],
  ['achievementType outside the list', (a) => (a.achievementType = 'Diplomma')],
  ['achievementType as an extension', (a) => (a.achievementType = 'ext:Role')],
  ['inLanguage in the wrong case', (a) => (a.inLanguage = 'en-gb')],
  ['inLanguage with a script', (a) => (a.inLanguage = 'zh-Hant-TW')],
  ['tag as a string', (a) => (a.tag = 'security')],
  ['alignment without type', (a) => (a.alignment = [{ targetName: 'x', targetUrl: 'https://example.org/x' }])],
  ['alignment with an unknown targetType', (a) => (a.alignment = [{ type: ['Alignment'], targetName: 'x', targetUrl: 'https://example.org/x', targetType: 'Skill' }])],
  ['points as a number', (a) => setFirstLevel(a, 'points', 2)],
  ['level without name', (a) => setFirstLevel(a, 'name', undefined)],
  ['resultType outside the list', (a) => setFirstResult(a, 'resultType', 'Grade')],
  ['creator type as a string', (a) => ((a.creator as Record<string, unknown>).type = 'Profile')],
  ['creator without id', (a) => delete (a.creator as Record<string, unknown>).id],
  ['creator with a bad dateOfBirth', (a) => ((a.creator as Record<string, unknown>).dateOfBirth = '1990-13-01')],
  ['version as a number', (a) => (a.version = 1)],
  ['an unknown extra property', (a) => (a.extra = { anything: true })],
];

function setFirstResult(achievement: Record<string, unknown>, key: string, value: unknown): void {
  const results = achievement.resultDescription as Record<string, unknown>[] | undefined;
  const first = results?.[0] ?? { id: 'urn:x', type: ['ResultDescription'], name: 'x', resultType: 'RubricCriterionLevel' };
  first[key] = value;
  achievement.resultDescription = [first];
}

function setFirstLevel(achievement: Record<string, unknown>, key: string, value: unknown): void {
  setFirstResult(achievement, 'resultType', 'RubricCriterionLevel');
  const result = (achievement.resultDescription as Record<string, unknown>[])[0] as Record<string, unknown>;
  const levels = (result.rubricCriterionLevel as Record<string, unknown>[] | undefined) ?? [{ id: 'urn:l', type: ['RubricCriterionLevel'], name: 'l' }];
  const level = levels[0] as Record<string, unknown>;
  if (value === undefined) delete level[key];
  else level[key] = value;
  result.rubricCriterionLevel = levels;
}

function formalVerdict(formal: FormalSchemas, sample: Sample): boolean {
  const validate = {
    AchievementCredential: formal.credential,
    EndorsementCredential: formal.endorsement,
    Achievement: formal.achievement,
    Profile: formal.profile,
  }[sample.cls];
  return validate(sample.data) as boolean;
}

const achievements = [...(await exportExamples('ob3')).documents.entries()].filter(([file]) => file.startsWith('achievements/'));

describe.skipIf(!hasShared)('badgemap 3.0 schema against the formal schemas', () => {
  const formal = hasShared ? formalSchemas() : undefined;

  const samples: Sample[] = hasShared ? referenceSamples() : [];
  for (const [file, achievement] of achievements) {
    samples.push({ name: file, cls: 'Achievement', data: achievement });
    samples.push({ name: `${file} creator`, cls: 'Profile', data: achievement.creator });
    for (const [label, mutate] of MUTATIONS) {
      const copy = structuredClone(achievement);
      mutate(copy);
      samples.push({ name: `${file} with ${label}`, cls: 'Achievement', data: copy });
    }
  }

  it('has documents of each verdict to compare', () => {
    const verdicts = samples.map((sample) => formal !== undefined && formalVerdict(formal, sample));
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(40);
    expect(verdicts.filter((verdict) => !verdict).length).toBeGreaterThan(40);
  });

  it.each(samples)('$name: same verdict as the formal schema', (sample) => {
    const expected = formal === undefined ? undefined : formalVerdict(formal, sample);
    expect(ob3Validator(sample.cls)(sample.data)).toBe(expected);
  });
});

describe.skipIf(!hasShared)('contexts and terms against the official files', () => {
  it.each(Object.entries(OFFICIAL_CONTEXTS).filter(([url]) => url !== 'https://w3id.org/openbadges/v2'))(
    'the shipped %s equals the official file',
    (url, file) => {
      expect(shippedContext(url)).toEqual(readJson(path.join(REFERENCE_DIR, file)));
    },
  );

  it('lists exactly the terms of the 2.0 context', () => {
    const context = (readJson(path.join(REFERENCE_DIR, 'ob2', 'context', 'openbadges-v2-context.json')) as { '@context': object })['@context'];
    expect([...OB2_TERMS].sort()).toEqual(Object.keys(context).sort());
  });
});
