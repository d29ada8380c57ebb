/**
 * No input crashes calibrate or stats: real spreadsheets that are not scores or results, and
 * generated garbage, all end in positioned findings.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import type { Finding } from '../../src/finding.js';
import { calibrateText, statsText } from '../helpers/program.js';
import { seededRandom } from '../helpers/random.js';
import { hasShared, sharedPath } from '../helpers/shared.js';

function corpusSheets(): string[] {
  if (!hasShared) return [];
  const root = sharedPath('corpus');
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((file) => /\.(csv|tsv)$/i.test(file))
    .sort()
    .map((file) => path.join(root, file));
}

function expectPositioned(findings: readonly Finding[]): void {
  for (const finding of findings) {
    expect(finding.range.start.line).toBeGreaterThanOrEqual(1);
    expect(finding.range.start.column).toBeGreaterThanOrEqual(1);
    expect(finding.message).not.toMatch(/\{\w+\}/);
  }
}

describe.skipIf(!hasShared)('corpus spreadsheets as report input', () => {
  it.each(corpusSheets().map((file) => [path.relative(sharedPath('corpus'), file), file]))('%s', (_name, file) => {
    const bytes = fs.readFileSync(file);

    const calibration = calibrateText(bytes);
    expect(calibration.findings.some((finding) => finding.ruleId === 'score-row')).toBe(true);
    expectPositioned(calibration.findings);

    const stats = statsText(bytes);
    expect(stats.findings.some((finding) => finding.ruleId === 'result-row')).toBe(true);
    expectPositioned(stats.findings);
  });
});

describe('generated garbage as report input', () => {
  const random = seededRandom(42);
  const pieces = ['Submission', 'Reviewer', 'Criterion', 'Level', 'Learner', 'Badge', 'Date', 'Passed', 'c1', 'steady', 'yes', '2026-01-01', '"', '""', ',', ';', '\t', '\n', '\r\n', '\r', ' ', 'é', '\u0000', '\ufeff', '=1+1'];
  const inputs = Array.from({ length: 60 }, (_, index) => {
    if (index % 3 === 0) return Uint8Array.from({ length: 1 + Math.floor(random() * 400) }, () => Math.floor(random() * 256));
    const parts = Array.from({ length: Math.floor(random() * 200) }, () => pieces[Math.floor(random() * pieces.length)] ?? '');
    return Buffer.from(parts.join(''), 'utf8');
  });

  it.each(inputs.map((bytes, index) => [index, bytes]))('input %i', (_index, bytes) => {
    const calibration = calibrateText(bytes);
    expectPositioned(calibration.findings);
    const stats = statsText(bytes);
    expectPositioned(stats.findings);
  });
});
