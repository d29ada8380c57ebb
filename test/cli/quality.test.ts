import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { renderRulePage } from '../../src/rules/docs.js';
import { RULES, ruleById } from '../../src/rules/registry.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { expectGoldenFile } from '../helpers/golden.js';

const FIXTURE = path.join(PROJECT_ROOT, 'test/fixtures/quality');
const GOLDEN = path.join(PROJECT_ROOT, 'test/golden');

describe('badgemap rules', () => {
  it('lists every rule with its default severity', () => {
    const result = runCli(['rules'], { cwd: PROJECT_ROOT });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^config {2,}error {2}A config file that does not parse/);
    expect(lines.find((line) => line.startsWith('bloom-level '))).toMatch(/^bloom-level +info {3}The Bloom level/);
    expect(lines.slice(0, RULES.length).map((line) => line.split(' ')[0])).toEqual(RULES.map((rule) => rule.id));
    expect(result.stdout.endsWith('\n\nRun "badgemap rules ID" for what a rule finds, why, its options and examples.\n')).toBe(true);
  });

  it('explains a rule with the text of its docs page', () => {
    const result = runCli(['rules', 'stale-review'], { cwd: PROJECT_ROOT });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(renderRulePage(ruleById('stale-review')!));
    expect(result.stdout).toBe(fs.readFileSync(path.join(PROJECT_ROOT, 'docs/rules/stale-review.md'), 'utf8'));
  });

  it('suggests a rule for a misspelt id', () => {
    const result = runCli(['rules', 'stale-reveiw'], { cwd: PROJECT_ROOT });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('badgemap: Unknown rule "stale-reveiw". Did you mean "stale-review"? Run "badgemap rules" to list every rule.\n');
  });

  it('rejects an id with no close match', () => {
    const result = runCli(['rules', 'spelling'], { cwd: PROJECT_ROOT });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('badgemap: Unknown rule "spelling". Run "badgemap rules" to list every rule.\n');
  });
});

describe('lint with quality rules', () => {
  it('applies overrides and directives', () => {
    const result = runCli(['lint', '--today', '2026-12-04'], { cwd: FIXTURE });
    expect(result.stderr).toBe('');
    expectGoldenFile(result.stdout, path.join(GOLDEN, 'quality-lint.txt'));
    expect(result.status).toBe(0);
  });

  it('reports directive findings only in the given paths', () => {
    const result = runCli(['lint', '--today', '2026-12-04', 'competencies/current.yaml'], { cwd: FIXTURE });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').filter((line) => /^ {2}\d+:\d+/.test(line)).map((line) => line.trim().split(/ +/)[0])).toEqual(['13:32', '15:16']);
    expect(result.stdout).toContain('✖ 2 problems (0 errors, 2 warnings, 0 infos)');
  });

  it('keeps the examples clean', () => {
    const result = runCli(['lint', '--today', '2026-12-04'], { cwd: path.join(PROJECT_ROOT, 'examples') });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^✔ No problems found in \d+ files \(\d+ definitions\)\.\n$/);
    expect(result.status).toBe(0);
  });
});
