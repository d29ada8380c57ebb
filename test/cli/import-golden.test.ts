/**
 * Golden tests of `badgemap import`: the built CLI on a copy of `test/fixtures/import-repo`,
 * with standard output, standard error, exit status and the files it writes compared byte
 * for byte. `npx vitest run -u` rewrites the files under `expected/` after a deliberate change.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { expectGoldenFile } from '../helpers/golden.js';
import { copyTree, readTree, tempDir, writeTree } from '../helpers/temp.js';

const FIXTURE = path.join(PROJECT_ROOT, 'test/fixtures/import-repo');
const EXPECTED = path.join(FIXTURE, 'expected');

function repositoryCopy(): string {
  const root = tempDir('badgemap-import-golden-');
  copyTree(FIXTURE, root);
  fs.rmSync(path.join(root, 'expected'), { recursive: true, force: true });
  return root;
}

function runImport(root: string, args: string[]) {
  return runCli(['import', ...args, '--today', '2026-12-04'], { cwd: root });
}

describe('badgemap import on a repository', { timeout: 120_000 }, () => {
  it('dry run prints the plan and writes nothing', async () => {
    const root = repositoryCopy();
    const before = readTree(root);
    const result = runImport(root, ['skills.csv', '--dry-run']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(path.join(EXPECTED, 'dry-run.stdout'));
    expect(readTree(root)).toEqual(before);
  });

  it('imports, then a second identical import writes nothing', async () => {
    const root = repositoryCopy();
    const first = runImport(root, ['skills.csv']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    await expect(first.stdout).toMatchFileSnapshot(path.join(EXPECTED, 'import.stdout'));
    await expect(fs.readFileSync(path.join(root, 'definitions.yaml'), 'utf8')).toMatchFileSnapshot(path.join(EXPECTED, 'definitions.yaml'));
    await expect(fs.readFileSync(path.join(root, 'imported/competencies.yaml'), 'utf8')).toMatchFileSnapshot(
      path.join(EXPECTED, 'imported-competencies.yaml'),
    );

    const written = readTree(root);
    const times = ['definitions.yaml', 'imported/competencies.yaml'].map((file) => fs.statSync(path.join(root, file)).mtimeMs);
    const second = runImport(root, ['skills.csv']);
    expect(second.stderr).toBe('');
    expect(second.status).toBe(0);
    await expect(second.stdout).toMatchFileSnapshot(path.join(EXPECTED, 'second.stdout'));
    expect(readTree(root)).toEqual(written);
    expect(['definitions.yaml', 'imported/competencies.yaml'].map((file) => fs.statSync(path.join(root, file)).mtimeMs)).toEqual(times);

    const lint = runCli(['lint', '--today', '2026-12-04'], { cwd: root });
    expect(lint.stdout).not.toMatch(/ error /);
  });

  it('reports as JSON', async () => {
    const root = repositoryCopy();
    const result = runImport(root, ['skills.csv', '--dry-run', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(path.join(EXPECTED, 'dry-run.json'));
  });

  it('writes the report to --output-file', () => {
    const root = repositoryCopy();
    const result = runImport(root, ['skills.csv', '--dry-run', '--format', 'json', '--output-file', 'report.json']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expectGoldenFile(fs.readFileSync(path.join(root, 'report.json'), 'utf8'), path.join(EXPECTED, 'dry-run.json'));
  });
});

describe('badgemap import usage errors', { timeout: 120_000 }, () => {
  it.each([
    { args: ['skills.csv', '--kind', 'skills'], stderr: 'badgemap: Unknown --kind "skills". Use one of: competency, badge, rubric, mapping, openbadges.\n' },
    { args: ['missing.csv'], stderr: 'badgemap: Cannot read missing.csv: file not found.\n' },
    { args: ['.'], stderr: 'badgemap: Cannot read .: it is a folder, not a file.\n' },
    {
      args: ['skills.csv', '--map', 'statement'],
      stderr: 'badgemap: Invalid --map "statement": write it as FIELD=HEADER, such as statement="Skill Statement".\n',
    },
    {
      args: ['skills.csv', '--map', 'statement=Statment'],
      stderr:
        'badgemap: Cannot import skills.csv: --map statement=Statment: the sheet has no column "Statment"; its columns are "Code", "Skill Statement", "Keywords", "Level", "Notes".\n',
    },
    {
      args: ['skills.csv', '--kind', 'competency', '--map', 'points=Notes'],
      stderr:
        'badgemap: Cannot import skills.csv: a competency sheet has no field "points"; its fields are id, statement, name, description, level, tags, language, distinctFrom, alignments, alignmentName, alignmentUrl, alignmentFramework, alignmentCode, parent.\n',
    },
    { args: ['skills.csv', '--map-file', 'nowhere.yaml'], stderr: 'badgemap: Cannot read --map-file nowhere.yaml: file not found.\n' },
    {
      args: ['skills.csv', '--map-file', 'broken.json'],
      stderr: 'badgemap: Cannot read --map-file broken.json: Flow map must end with a } at line 1, column 32.\n',
    },
    { args: ['skills.csv', '--separator', ''], stderr: 'badgemap: Invalid --separator "": give the text that separates values, such as ";" or "|".\n' },
    { args: ['skills.csv', '--format', 'sarif'], stderr: 'badgemap: Unknown import format "sarif". Use one of: stylish, json.\n' },
    { args: ['empty.csv'], stderr: 'badgemap: Cannot import empty.csv: the sheet is empty: it needs a header row.\n' },
    {
      args: ['skills.csv', '--out', 'node_modules'],
      stderr:
        'badgemap: --out node_modules: lint would not read definitions written there (see include and exclude in badgemap.yaml; node_modules, dist and folders starting with a dot are always left out). Choose a folder inside the repository that include matches.\n',
    },
    { args: ['skills.csv', '--out', 'skills.csv'], stderr: 'badgemap: --out skills.csv: skills.csv is a file, not a folder. Give a folder for new definitions.\n' },
    { args: ['skills.csv', '--out', 'skills.csv/new'], stderr: 'badgemap: --out skills.csv/new: skills.csv is a file, not a folder. Give a folder for new definitions.\n' },
    {
      args: ['broken.json'],
      stderr: 'badgemap: Cannot import broken.json: it is not valid JSON: the text ends before the document is complete (line 1, column 31).\n',
    },
  ])('import $args', ({ args, stderr }) => {
    const result = runImport(FIXTURE, args);
    expect(result.stderr).toBe(stderr);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });

  it('rejects an unknown field in --map', () => {
    const result = runImport(FIXTURE, ['skills.csv', '--map', 'colour=Notes']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^badgemap: Unknown field "colour" in --map colour=Notes\. Fields: achievementType, .*, version; a mapping sheet's are competency\.FIELD and badge\.FIELD\.\n$/);
  });

  it('prints the stack trace only with --verbose', () => {
    const quiet = runImport(FIXTURE, ['missing.csv']);
    expect(quiet.stderr).not.toMatch(/\n\s+at /);
    const verbose = runImport(FIXTURE, ['missing.csv', '--verbose']);
    expect(verbose.status).toBe(2);
    expect(verbose.stderr).toMatch(/^badgemap: Cannot read missing\.csv: file not found\.\n.*\n\s+at /s);
  });
});

describe('no import input produces a stack trace', { timeout: 120_000 }, () => {
  const hostile: Record<string, string | Uint8Array> = {
    'binary.csv': Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x0a, 0x3a, 0x2c, 0x22, 0x00, 0x0d]),
    'odd-utf16.txt': Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x2c]),
    'only-header.csv': 'Code,Skill Statement\n',
    'unclosed.csv': 'Code,Skill Statement\n"a,Does a\n',
    'header-unclosed.csv': '"Code,Skill Statement\na,Does a\n',
    'deep.json': `${'['.repeat(20000)}${']'.repeat(20000)}`,
    'not-badges.json': '{"hello": "world"}',
    'numbers.ndjson': '1\n2\n"three"\n',
    'proto.json': '{"type": "BadgeClass", "name": "P", "criteria": "c", "__proto__": {"polluted": true}, "constructor": 1}',
    'fake.xlsx': 'PK\u0003\u0004 not a zip',
    'huge-cell.csv': `Code,Skill Statement\na,"${'long '.repeat(200_000)}"\n`,
  };

  it.each(Object.keys(hostile))('%s', (name) => {
    const root = tempDir();
    writeTree(root, { 'badgemap.yaml': 'baseUrl: https://badges.example.org/\n', [name]: hostile[name] as string | Uint8Array });
    const result = runImport(root, [name, '--kind', name.endsWith('json') ? 'openbadges' : 'competency']);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).not.toContain('internal error');
    expect([0, 2]).toContain(result.status);
    if (result.status === 2) expect(result.stderr).toMatch(/^badgemap: [^\n]+\n$/);
  });
});
