/** The pre-commit hook definitions in the repository root and the script they run. */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { PROJECT_ROOT } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames?: boolean;
}

const HOOKS = parse(fs.readFileSync(path.join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

describe('.pre-commit-hooks.yaml', () => {
  it('defines the lint and export check hooks', () => {
    expect(HOOKS.map((hook) => hook.id)).toEqual(['badgemap-lint', 'badgemap-export-check']);
  });

  it.each(HOOKS.map((hook) => [hook.id, hook] as const))('%s runs an executable script', (_id, hook) => {
    const script = path.join(PROJECT_ROOT, hook.entry.split(' ')[0] ?? '');

    expect(hook.language).toBe('script');
    expect(fs.statSync(script).mode & 0o111).not.toBe(0);
  });

  it('lints the files pre-commit passes', () => {
    const hook = HOOKS[0] as Hook;
    const [script, ...args] = hook.entry.split(' ') as [string, ...string[]];

    const result = spawnSync(path.join(PROJECT_ROOT, script), [...args, '--today', '2026-12-04', 'badges.yaml'], {
      cwd: fixturePath('reports'),
      encoding: 'utf8',
    });

    expect(new RegExp(hook.files).test('badges.yaml')).toBe(true);
    expect(result.stdout).toContain('unknown-reference');
    expect(result.stdout).not.toContain('duplicate-id');
    expect(result.status).toBe(1);
  });
});
