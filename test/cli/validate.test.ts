/** Golden tests of `badgemap validate` and export's own check, run as a user runs them. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { PROJECT_ROOT, runCli } from '../helpers/cli.js';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures');
const cwd = path.join(FIXTURES, 'validate');

describe('badgemap validate', () => {
  it('prints nothing wrong and exits 0 for a clean Achievement', () => {
    const result = runCli(['validate', '--today', '2026-12-04', 'clean.json'], { cwd });
    expect(result).toEqual({ status: 0, stdout: '✔ No problems found in 1 file.\n', stderr: '' });
  });

  it('reports each problem with position and rule, and exits 1', () => {
    const result = runCli(['validate', '--today', '2026-12-04', 'achievement.json'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      [
        'achievement.json',
        '  7:11  error    "type" must be an array, not "Achievement". Write a single value as an array of one: [ … ].  ob-schema',
        '      6 |   "id": "https://badges.example.org/achievements/a.json",',
        '    > 7 |   "type": "Achievement",',
        '        |           ^^^^^^^^^^^^^',
        '      8 |   "name": "A",',
        '',
        '  11:3  error    Property "tags" is not defined by the document\'s contexts, so JSON-LD expansion drops it. Did you mean "tag"?  ob-context',
        '      10 |   "criteria": { "narrative": "Show A." },',
        '    > 11 |   "tags": ["a"]',
        '         |   ^^^^^^',
        '      12 | }',
        '',
        '✖ 2 problems (2 errors, 0 warnings, 0 infos)',
        '',
      ].join('\n'),
    );
  });

  it('takes a folder and exits 2 for a missing path', () => {
    expect(runCli(['validate', '--today', '2026-12-04', '.'], { cwd }).status).toBe(1);
    expect(runCli(['validate', 'missing.json'], { cwd })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'badgemap: Path not found: missing.json. Check the spelling; validate takes JSON files or folders.\n',
    });
  });

  it('rejects a --resolve without a folder', () => {
    expect(runCli(['validate', '--resolve', 'https://example.org/', 'clean.json'], { cwd })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'badgemap: Invalid --resolve "https://example.org/": use URL-PREFIX=DIR, such as --resolve https://example.org/badges/=./published.\n',
    });
  });

  it('takes rule severities from a config it finds', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-validate-'));
    try {
      fs.copyFileSync(path.join(cwd, 'achievement.json'), path.join(folder, 'a.json'));
      fs.writeFileSync(path.join(folder, 'badgemap.yaml'), 'rules:\n  ob-context: off\n  ob-schema: warn\n');
      const result = runCli(['validate', '--today', '2026-12-04', 'a.json'], { cwd: folder });
      expect(result.status).toBe(0);
      expect(result.stdout.trim().split('\n').pop()).toBe('✖ 1 problem (0 errors, 1 warning, 0 infos)');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('export refused by its own check', () => {
  it('writes nothing and exits 1 when its output would fail', () => {
    const source = path.join(FIXTURES, 'export-refused');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-export-'));
    try {
      const result = runCli(['export', '--today', '2026-12-04', '--target', 'ob2', '--target', 'ob3', '--out', out], { cwd: source });
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('"email" must be an e-mail address, not "badges@localhost".  ob-rule');
      expect(result.stderr).toBe('badgemap: nothing exported: the output would fail its own Open Badges check with 1 error.\n');
      expect(fs.readdirSync(out)).toEqual([]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('badgemap validate encodings', () => {
  it('reports a UTF-16 file and still checks it', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-validate-'));
    const json = fs.readFileSync(path.join(cwd, 'clean.json'), 'utf8');
    fs.writeFileSync(path.join(folder, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    const result = runCli(['validate', '--today', '2026-12-04', '--format', 'json', 'utf16.json'], { cwd: folder });
    fs.rmSync(folder, { recursive: true, force: true });
    const messages = (JSON.parse(result.stdout) as { findings: { ruleId: string; message: string }[] }).findings.map((finding) => `${finding.ruleId} ${finding.message}`);
    expect(messages).toEqual(['json-syntax The file is encoded as UTF-16 LE, but JSON must be UTF-8 (RFC 8259). Save it as UTF-8.']);
    expect(result.status).toBe(1);
  });
});

describe('badgemap validate summary', () => {
  it('counts the files checked in json', () => {
    const result = runCli(['validate', '--today', '2026-12-04', '--format', 'json', 'clean.json', 'achievement.json'], { cwd });
    const summary = (JSON.parse(result.stdout) as { summary: Record<string, unknown> }).summary;
    expect(summary.checkedFiles).toBe(2);
    expect(summary.checkedDefinitions).toBeNull();
  });
});
