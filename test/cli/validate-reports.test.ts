/** `badgemap validate` with the report formats and failing options it shares with lint. */
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';

const TODAY = ['--today', '2026-12-04'];
const cwd = fixturePath('validate');

describe('validate reports', () => {
  it('writes json findings with paths relative to the working directory', () => {
    const result = runCli(['validate', ...TODAY, '--format', 'json', 'achievement.json'], { cwd });
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string; file: string }[] };

    expect(report.findings.map((finding) => `${finding.file} ${finding.ruleId}`)).toEqual(['achievement.json ob-schema', 'achievement.json ob-context']);
    expect(result.status).toBe(1);
  });

  it('lists each validated file in junit', () => {
    const result = runCli(['validate', ...TODAY, '--format', 'junit', 'clean.json', 'achievement.json'], { cwd });

    expect(result.stdout).toContain('<testcase classname="clean.json" name="no findings" time="0"/>');
    expect(result.stdout).toContain('<testcase classname="achievement.json" name="ob-schema at 7:11" time="0">');
  });

  it('keeps errors and the exit code with --quiet', () => {
    const loud = runCli(['validate', ...TODAY, 'achievement.json'], { cwd });
    const quiet = runCli(['validate', ...TODAY, '--quiet', 'achievement.json'], { cwd });

    expect(quiet.stdout).toBe(loud.stdout);
    expect(quiet.status).toBe(loud.status);
  });

  it('annotates under GitHub Actions', () => {
    const result = runCli(['validate', ...TODAY, 'achievement.json'], { cwd, env: { GITHUB_ACTIONS: 'true' } });

    expect(result.stdout).toContain('::error file=achievement.json,line=7,col=11,');
  });

  it('rejects an invalid --max-warnings', () => {
    const result = runCli(['validate', '--max-warnings', 'many', path.join(cwd, 'clean.json')], { cwd });

    expect(result.stderr).toBe('badgemap: Invalid --max-warnings "many": use a whole number of 0 or more, such as --max-warnings 0.\n');
    expect(result.status).toBe(2);
  });
});
