/**
 * Golden tests of every report format, run through the built CLI on a fixture with one
 * finding of each severity and a message that holds `%`, a line break, `:`, `,` and XML
 * specials.
 */
import { describe, expect, it } from 'vitest';

import { runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/fixtures.js';
import { expectGolden } from '../helpers/golden.js';

const TODAY = ['--today', '2026-12-04'];

describe('lint report formats', () => {
  it.each([
    { format: 'stylish', golden: 'lint.stdout' },
    { format: 'json', golden: 'lint.json' },
    { format: 'sarif', golden: 'lint.sarif' },
    { format: 'github', golden: 'lint.github' },
    { format: 'junit', golden: 'lint.junit' },
    { format: 'gitlab', golden: 'lint.gitlab' },
  ])('$format output', ({ format, golden }) => {
    const result = runCli(['lint', ...TODAY, '--format', format], { cwd: fixturePath('reports') });

    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expectGolden(result.stdout, 'reports', golden);
  });

  it.each(['json', 'sarif', 'github', 'junit', 'gitlab'])('%s output with no findings', (format) => {
    const result = runCli(['lint', ...TODAY, '--format', format], { cwd: fixturePath('no-findings') });

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expectGolden(result.stdout, 'no-findings', `lint.${format}`);
  });

  it('junit timestamp without --today', () => {
    const result = runCli(['lint', '--format', 'junit'], { cwd: fixturePath('no-findings') });

    expect(result.stdout).toContain('timestamp="1970-01-01T00:00:00"');
  });

  it('junit timestamp from --today', () => {
    const result = runCli(['lint', ...TODAY, '--format', 'junit'], { cwd: fixturePath('no-findings') });

    expect(result.stdout).toContain('timestamp="2026-12-04T00:00:00"');
  });

  it('junit timestamp of validate without --today', () => {
    const result = runCli(['validate', '--format', 'junit', 'clean.json'], { cwd: fixturePath('validate') });

    expect(result.stdout).toContain('timestamp="1970-01-01T00:00:00"');
  });
});
