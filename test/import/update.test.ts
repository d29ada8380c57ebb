/**
 * Updating definitions the repository already has from its own exported mapping sheet:
 * only the values that changed are written, and the rest of the file stays as it was.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli } from '../helpers/cli.js';
import { importJson, tempRepo } from './helpers.js';

const COMPETENCIES = `competencies:
  - id: validate-input
    statement: Validates the input of a web form
  - id: explain-validation
    statement: Explains why the server validates input too
`;

const BADGE = `kind: badge
id: form-validation
name: Form Validation
description: Builds input validation for a web form.
image: https://badges.example.org/form.png
competencies: [validate-input, explain-validation]
evidence:
  # evidence comment
  - type: code
    description: A web form with validation
    x-note: keep me
  - type: recording
    description: A walkthrough
    required: false
assessment: { methods: [reviewer-rubric], reviewers: 1, x-panel: blue }
`;

const INLINE_BADGE = `kind: badge
id: form-validation
name: Form Validation
description: Builds input validation for a web form.
image: https://badges.example.org/form.png
competencies: [validate-input]
evidence:
  - { type: code, description: A web form with validation }
  - { type: report, description: Why the server checks it, required: false }
prerequisites:
  - { anyOf: [other-badge] }
`;

const OTHER_BADGE = `kind: badge
id: other-badge
name: Other Badge
description: Another badge.
image: https://badges.example.org/other.png
competencies: [explain-validation]
`;

function exportSheet(root: string): string {
  const result = runCli(['export', '--target', 'csv', '--out', 'out', '--today', '2026-05-01'], { cwd: root });
  expect(result.status, result.stderr).toBe(0);
  return path.join(root, 'out', 'mapping.csv');
}

describe('import updates', { timeout: 60_000 }, () => {
  it('keeps nested x- fields and comments', () => {
    const root = tempRepo({ 'competencies.yaml': COMPETENCIES, 'badges/form.yaml': BADGE });
    const sheet = exportSheet(root);
    fs.writeFileSync(sheet, fs.readFileSync(sheet, 'utf8').replace('A walkthrough', 'A longer walkthrough'));

    const report = importJson(root, [sheet]).report;
    expect(report.plan.filter((entry) => entry.action === 'update').map((entry) => `${entry.id}: ${entry.fields.join(',')}`)).toEqual([
      'form-validation: evidence',
    ]);
    const written = fs.readFileSync(path.join(root, 'badges/form.yaml'), 'utf8');
    expect(written).toContain('  # evidence comment\n  - type: code\n');
    expect(written).toContain('    x-note: keep me\n');
    expect(written).toContain('x-panel: blue');
    expect(written).toContain('    description: A longer walkthrough\n');
    expect(written).not.toContain('required: true');
  });

  it('own export is a no-op', () => {
    const root = tempRepo({ 'competencies.yaml': COMPETENCIES, 'badges/form.yaml': INLINE_BADGE, 'badges/other.yaml': OTHER_BADGE });
    const sheet = exportSheet(root);

    const report = importJson(root, [sheet]).report;
    expect(report.written).toEqual([]);
    expect(new Set(report.plan.map((entry) => entry.action))).toEqual(new Set(['unchanged']));
    expect(fs.readFileSync(path.join(root, 'badges/form.yaml'), 'utf8')).toBe(INLINE_BADGE);
  });

  it('keeps inline style of a changed list', () => {
    const root = tempRepo({ 'competencies.yaml': COMPETENCIES, 'badges/form.yaml': INLINE_BADGE, 'badges/other.yaml': OTHER_BADGE });
    const sheet = exportSheet(root);
    fs.writeFileSync(sheet, fs.readFileSync(sheet, 'utf8').replace('Why the server checks it', 'Why the server checks input'));

    importJson(root, [sheet]);
    const written = fs.readFileSync(path.join(root, 'badges/form.yaml'), 'utf8');
    expect(written).toContain('  - { type: code, description: A web form with validation }\n');
    expect(written).toContain('  - { type: report, description: Why the server checks input, required: false }\n');
    expect(written).toContain('  - { anyOf: [ other-badge ] }\n');
  });
});
