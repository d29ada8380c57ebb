/** `badgemap init`: a repository that lints and exports with no edits, and no file overwritten. */
import fs from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { scaffoldFiles } from '../../src/init/scaffold.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const TODAY = ['--today', '2026-12-04'];
const SCAFFOLD = scaffoldFiles('0.0.0').map((file) => file.path);

describe('badgemap init', () => {
  it('creates a repository that lints and exports with no edits', () => {
    const folder = tempDir();

    const init = runCli(['init'], { cwd: folder });
    const lint = runCli(['lint', ...TODAY, '--max-warnings', '0', '--fail-severity', 'info'], { cwd: folder });
    const exported = runCli(['export', ...TODAY], { cwd: folder });
    const check = runCli(['export', ...TODAY, '--check'], { cwd: folder });

    expect(init.status).toBe(0);
    expect(lint.stdout).toBe('✔ No problems found in 3 files (4 definitions).\n');
    expect(lint.status).toBe(0);
    expect(exported.stdout).toBe('Exported 1 badge to dist/: 3 files written, 0 unchanged.\n');
    expect(exported.status).toBe(0);
    expect(check.status).toBe(0);
  });

  it('lists what it created', () => {
    const folder = tempDir();

    const result = runCli(['init', 'new-program'], { cwd: folder });

    const created = SCAFFOLD.map((file) => `created  ${file}\n`).join('');
    expect(result.stdout).toBe(`${created}\nCreated ${SCAFFOLD.length} files in new-program/.\nNext: cd new-program && badgemap lint && badgemap export\n`);
    expect(result.stderr).toBe('');
    for (const file of SCAFFOLD) expect(fs.existsSync(path.join(folder, 'new-program', file))).toBe(true);
  });

  it('keeps every file that exists and reports it', () => {
    const folder = tempDir();
    const config = '# my own config\nbaseUrl: https://badges.example.net/\n';
    fs.writeFileSync(path.join(folder, 'badgemap.yaml'), config);
    fs.mkdirSync(path.join(folder, '.vscode'));
    fs.writeFileSync(path.join(folder, '.vscode/settings.json'), '{}\n');

    const result = runCli(['init'], { cwd: folder });

    expect(result.status).toBe(0);
    expect(result.stdout).toContain('skipped  badgemap.yaml (it already exists)\n');
    expect(result.stdout).toContain('skipped  .vscode/settings.json (it already exists)\n');
    expect(result.stdout).toContain(`Created ${SCAFFOLD.length - 2} files here; kept 2 files that already existed.\n`);
    expect(fs.readFileSync(path.join(folder, 'badgemap.yaml'), 'utf8')).toBe(config);
    expect(fs.readFileSync(path.join(folder, '.vscode/settings.json'), 'utf8')).toBe('{}\n');
  });

  it('changes nothing when run twice', () => {
    const folder = tempDir();
    runCli(['init'], { cwd: folder });
    const before = SCAFFOLD.map((file) => fs.readFileSync(path.join(folder, file), 'utf8'));

    const result = runCli(['init'], { cwd: folder });

    expect(result.stdout).toContain(`Created 0 files here; kept ${SCAFFOLD.length} files that already existed.\n`);
    expect(SCAFFOLD.map((file) => fs.readFileSync(path.join(folder, file), 'utf8'))).toEqual(before);
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('rejects a file as the folder', () => {
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'taken'), '');

    const result = runCli(['init', 'taken'], { cwd: folder });

    expect(result.stderr).toBe('badgemap: Cannot initialise taken: it is a file, not a folder.\n');
    expect(result.status).toBe(2);
  });

  it('writes a workflow that runs lint and export --check', () => {
    const folder = tempDir();
    runCli(['init'], { cwd: folder });

    const workflow = parse(fs.readFileSync(path.join(folder, '.github/workflows/badgemap.yml'), 'utf8')) as {
      jobs: { badgemap: { steps: { run?: string }[] } };
    };
    const commands = workflow.jobs.badgemap.steps.flatMap((step) => (step.run === undefined ? [] : [step.run]));

    expect(commands).toEqual([expect.stringMatching(/^npx --yes badgemap@\S+ lint$/), expect.stringMatching(/^npx --yes badgemap@\S+ export --check$/)]);
  });

  it('points every modeline at a schema it wrote', () => {
    const folder = tempDir();
    runCli(['init'], { cwd: folder });

    for (const file of SCAFFOLD.filter((name) => name.endsWith('.yaml'))) {
      const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(fs.readFileSync(path.join(folder, file), 'utf8'));
      expect(modeline, file).not.toBeNull();
      expect(fs.existsSync(path.resolve(path.dirname(path.join(folder, file)), modeline?.[1] ?? ''))).toBe(true);
    }
    const settings = JSON.parse(fs.readFileSync(path.join(folder, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(fs.existsSync(path.join(folder, schema))).toBe(true);
  });
});
