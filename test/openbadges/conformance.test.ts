/**
 * The exported Open Badges against 1EdTech's own files. Every Achievement of the bundled
 * examples passes the formal schema's Achievement definition, and its creator passes
 * profile.json. An unsigned credential wrapping it passes achievementcredential.json, and all
 * of them expand in jsonld's safe mode with the official contexts.
 */
import { describe, expect, it } from 'vitest';

import { exportExamples } from '../helpers/examples.js';
import { expandSafely, formalSchemas } from '../helpers/official.js';
import { hasShared, REFERENCE_DIR } from '../helpers/shared.js';

const ob3 = await exportExamples('ob3');
const ob2 = await exportExamples('ob2');
const achievements = [...ob3.documents.entries()].filter(([file]) => file.startsWith('achievements/'));

/** Builds an unsigned OpenBadgeCredential awarding an Achievement, as an issuing platform would. */
function wrap(achievement: Record<string, unknown>): Record<string, unknown> {
  return {
    '@context': achievement['@context'],
    id: 'urn:uuid:8f2a5b4e-3c1d-4e6f-9a7b-0c1d2e3f4a5b',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: achievement.creator,
    validFrom: '2026-12-04T00:00:00Z',
    name: achievement.name,
    credentialSubject: { id: 'mailto:learner@example.org', type: ['AchievementSubject'], achievement: { ...achievement, '@context': undefined } },
  };
}

function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

describe.skipIf(!hasShared)('exported Open Badges against the official files', () => {
  const formal = hasShared ? formalSchemas() : undefined;

  it('exports one Achievement per example badge', () => {
    expect(achievements.map(([file]) => file).sort()).toEqual([
      'achievements/front-end-developer.json',
      'achievements/injection-detection-1.json',
      'achievements/patient-communication.json',
      'achievements/secure-coding-injection.json',
      'achievements/web-release-reviewer.json',
    ]);
  });

  it.each(achievements)('%s passes the formal Achievement definition', (_, achievement) => {
    const valid = formal?.achievement(achievement);
    expect(formal?.achievement.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(achievements)('%s creator passes profile.json', (_, achievement) => {
    const valid = formal?.profile(achievement.creator);
    expect(formal?.profile.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(achievements)('%s wrapped in a credential passes achievementcredential.json', (_, achievement) => {
    const credential = withoutUndefined(wrap(achievement));
    const valid = formal?.credential(credential);
    expect(formal?.credential.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(achievements)('%s and its credential expand in safe mode', async (_, achievement) => {
    await expect(expandSafely(achievement)).resolves.toHaveLength(1);
    await expect(expandSafely(withoutUndefined(wrap(achievement)))).resolves.toHaveLength(1);
  });

  it.each([...ob2.documents.entries()])('2.0 %s expands in safe mode', async (_, document) => {
    await expect(expandSafely(document)).resolves.toHaveLength(1);
  });
});
