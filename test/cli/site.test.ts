import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';

import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { attribute, elements, type Element } from '../helpers/html.js';

const EXAMPLES = path.join(PROJECT_ROOT, 'examples');
const PROBLEMS = path.join(PROJECT_ROOT, 'test/fixtures/pathway-problems');
const SHARED = path.resolve(PROJECT_ROOT, '../shared');
const BASE_URL = 'https://badges.example.edu/';

function temporaryFolder(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `badgemap-${name}-`));
}

/** Lists every file under a folder, as sorted paths with `/` separators. */
function listFiles(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((entry) => fs.statSync(path.join(root, entry)).isFile())
    .map((entry) => entry.split(path.sep).join('/'))
    .sort();
}

function displayPath(target: string, cwd: string): string {
  return path.relative(cwd, target).split(path.sep).join('/');
}

describe('site of the bundled example', () => {
  let out: string;
  let result: ReturnType<typeof runCli>;

  beforeAll(() => {
    out = path.join(temporaryFolder('site'), 'public');
    result = runCli(['site', '--out', out, '--today', '2026-12-04'], { cwd: EXAMPLES });
  });

  it('reports what it wrote', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`Wrote the site of 5 badges and 14 competencies to ${displayPath(out, EXAMPLES)}/: 26 files written, 0 unchanged.\n`);
  });

  it('writes every page and image', () => {
    const files = listFiles(out);
    expect(files.filter((file) => file.startsWith('badges/'))).toEqual([
      'badges/front-end-developer/index.html',
      'badges/injection-detection-1/index.html',
      'badges/patient-communication/index.html',
      'badges/secure-coding-injection/index.html',
      'badges/web-release-reviewer/index.html',
    ]);
    expect(files.filter((file) => file.startsWith('competencies/'))).toHaveLength(14);
    expect(files.filter((file) => file.startsWith('images/'))).toHaveLength(5);
    expect(files).toContain('index.html');
    expect(files).toContain('coverage/index.html');
    expect(files).toHaveLength(26);
  });

  it('links only to files and fragments the site holds', () => {
    for (const page of listFiles(out).filter((file) => file.endsWith('.html'))) {
      const document = parse(fs.readFileSync(path.join(out, page), 'utf8'));
      const targets = [
        ...elements(document, 'a').map((link) => attribute(link, 'href') ?? attribute(link, 'xlink:href')),
        ...elements(document, 'img').map((image) => attribute(image, 'src')),
      ];
      expect(targets.length, page).toBeGreaterThan(0);

      for (const target of targets) {
        expect(target, page).toBeDefined();
        if (target === undefined || /^(https?|mailto):/.test(target)) continue;
        const [file = '', fragment] = target.split('#');
        const resolved = file === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), file));
        expect(resolved.startsWith('../'), `${page} links outside the site: ${target}`).toBe(false);
        expect(fs.existsSync(path.join(out, resolved)), `${page} links to missing ${target}`).toBe(true);
        if (fragment !== undefined) {
          const ids = elements(parse(fs.readFileSync(path.join(out, resolved), 'utf8'))).map((element) => attribute(element, 'id'));
          expect(ids, `${page} links to missing fragment ${target}`).toContain(fragment);
        }
      }
    }
  });

  it('writes the page each exported criteria id points to', () => {
    const exported = runCli(['export', '--out', out, '--today', '2026-12-04'], { cwd: EXAMPLES });
    expect(exported.status).toBe(0);

    const badgeClasses = listFiles(out).filter((file) => /^badges\/[^/]+\.json$/.test(file));
    expect(badgeClasses).toHaveLength(5);
    for (const file of badgeClasses) {
      const criteriaId = (JSON.parse(fs.readFileSync(path.join(out, file), 'utf8')) as { criteria: { id: string } }).criteria.id;
      expect(criteriaId.startsWith(BASE_URL), criteriaId).toBe(true);

      const page = `${criteriaId.slice(BASE_URL.length)}index.html`;
      expect(fs.existsSync(path.join(out, page)), `${file}: no page for ${criteriaId}`).toBe(true);
      const canonical = elements(parse(fs.readFileSync(path.join(out, page), 'utf8')), 'link').find((link) => attribute(link, 'rel') === 'canonical');
      expect(canonical, `${page}: no canonical link`).toBeDefined();
      expect(attribute(canonical as Element, 'href')).toBe(criteriaId);
    }
  });

  it('writes identical bytes anywhere, once', () => {
    const other = path.join(temporaryFolder('site-again'), 'public');
    const again = runCli(['site', '--out', other], { cwd: EXAMPLES, env: { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' } });
    expect(again.status).toBe(0);
    for (const file of listFiles(other)) expect(fs.readFileSync(path.join(other, file)).equals(fs.readFileSync(path.join(out, file))), file).toBe(true);

    const rerun = runCli(['site', '--out', other], { cwd: EXAMPLES });
    expect(rerun.stdout).toBe(`Wrote the site of 5 badges and 14 competencies to ${displayPath(other, EXAMPLES)}/: 0 files written, 26 unchanged.\n`);
    expect(listFiles(other).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });
});

describe('site refusals and defaults', () => {
  it('writes nothing while lint reports errors', () => {
    const out = path.join(temporaryFolder('site-refused'), 'public');
    const result = runCli(['site', '--out', out, '--today', '2026-12-04'], { cwd: PROBLEMS });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^badgemap: site not written: fix the \d+ errors above first\.\n$/);
    expect(result.stdout).toContain('prerequisite-cycle');
    expect(result.stdout).toContain('unknown-reference');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('writes to dist/ at the repository root by default', () => {
    const repository = temporaryFolder('site-default');
    fs.cpSync(EXAMPLES, repository, { recursive: true });
    const result = runCli(['site'], { cwd: path.join(repository, 'badges') });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Wrote the site of 5 badges and 14 competencies to ../dist/: 26 files written, 0 unchanged.\n');
    expect(fs.existsSync(path.join(repository, 'dist/index.html'))).toBe(true);
  });

  it.each([
    ['a file', '', 'it is a file, not a folder. Give --out a folder.'],
    ['a folder below a file', 'sub', 'a part of the path is a file, not a folder.'],
  ])('names the problem when --out is %s', (_, below, reason) => {
    const file = path.join(temporaryFolder('site-file'), 'taken');
    fs.writeFileSync(file, 'not a folder');
    const out = below === '' ? file : path.join(file, below);
    const result = runCli(['site', '--out', out], { cwd: EXAMPLES });
    expect(result).toEqual({ status: 2, stdout: '', stderr: `badgemap: Cannot write the site to ${out}: ${reason}\n` });
  });

  it('leaves lint clean after writing dist/', () => {
    const repository = temporaryFolder('site-relint');
    fs.cpSync(EXAMPLES, repository, { recursive: true });
    expect(runCli(['site'], { cwd: repository }).status).toBe(0);
    const lint = runCli(['lint', '--today', '2026-12-04'], { cwd: repository });
    expect(lint.status).toBe(0);
  });
});

describe('site of a real framework', () => {
  it('gives each of 1,000 ESCO skills a page with its description as text', (context) => {
    const sheet = path.join(SHARED, 'corpus/esco-tabiya/sample_skills.csv');
    if (!fs.existsSync(sheet)) {
      context.skip(`${sheet} is missing; .ci/run checks that ../shared is beside the project`);
      return;
    }

    const repository = temporaryFolder('site-esco');
    fs.copyFileSync(path.join(EXAMPLES, 'images/secure-coding.svg'), path.join(repository, 'badge.svg'));
    fs.writeFileSync(
      path.join(repository, 'badgemap.yaml'),
      [
        'issuer: { id: https://badges.example.org/issuer.json, name: Example, url: https://example.org, email: badges@example.org }',
        'baseUrl: https://badges.example.org/',
        'sheets:',
        `  ${JSON.stringify(sheet)}: { kind: competency, columns: { id: ID, statement: PREFERREDLABEL, description: DESCRIPTION } }`,
        '',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(repository, 'badge.yaml'),
      'kind: badge\nid: music\nname: Music staff\ndescription: Manages musical staff.\nimage: badge.svg\ncompetencies: [key_19422, key_19423]\n',
    );

    const out = path.join(repository, 'public');
    const result = runCli(['site', '--out', out], { cwd: repository });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(listFiles(out).filter((file) => file.startsWith('competencies/'))).toHaveLength(1000);

    const page = fs.readFileSync(path.join(out, 'competencies/key_19422/index.html'), 'utf8');
    expect(page).toContain('<h1 lang="en">manage musical staff</h1>');
    expect(page).toContain('Assign and manage staff tasks in areas such as scoring, arranging, copying music and vocal coaching.');
    expect(page).toContain('<a href="../../badges/music/index.html">Music staff</a>');

    const matrix = runCli(['matrix', '--format', 'csv'], { cwd: repository });
    expect(matrix.status).toBe(0);
    expect(matrix.stdout.trimEnd().split('\n')).toHaveLength(1001);
  });
});
