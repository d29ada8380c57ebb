import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { copyTree, readTree, tempDir, writeTree } from '../helpers/temp.js';
import { DEFAULT_CONFIG, PNG_BYTES } from '../helpers/workspace.js';

const EXAMPLES = path.join(PROJECT_ROOT, 'examples');

function exportExamples(env: Record<string, string> = {}, extra: string[] = []): Map<string, Buffer> {
  const out = tempDir();
  const result = runCli(['export', '--today', '2026-12-04', '--out', out, ...extra], { cwd: EXAMPLES, env });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return readTree(out);
}

describe('export --target ob2', () => {
  it('writes the issuer, one BadgeClass per badge and the images', () => {
    const files = exportExamples();
    expect([...files.keys()].filter((name) => !name.startsWith('images/'))).toEqual([
      'badges/front-end-developer.json',
      'badges/injection-detection-1.json',
      'badges/patient-communication.json',
      'badges/secure-coding-injection.json',
      'badges/web-release-reviewer.json',
      'issuer.json',
    ]);
    expect([...files.keys()].filter((name) => name.startsWith('images/'))).toHaveLength(5);
  });

  it('writes the same bytes in every time zone and locale', () => {
    const plain = exportExamples();
    const elsewhere = exportExamples({ TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' });
    expect([...elsewhere.keys()]).toEqual([...plain.keys()]);
    for (const [name, bytes] of plain) expect(elsewhere.get(name)?.equals(bytes), name).toBe(true);
  });

  it('builds the criteria narrative from the definitions', () => {
    const badge = JSON.parse(exportExamples().get('badges/secure-coding-injection.json')?.toString() ?? '{}');
    const narrative: string = badge.criteria.narrative;
    expect(badge.criteria.id).toBe('https://badges.example.edu/badges/secure-coding-injection/');
    expect(narrative).toContain('- Rewrites database queries with parameter binding so that injected input cannot change them');
    expect(narrative).toContain('- Recording (optional): A walkthrough of the fix, at most five minutes');
    expect(narrative).toContain('Assessment: hands-on lab and review against a rubric. Each submission is assessed by 2 reviewers.');
    expect(narrative).toContain('To pass, a submission needs at least 6 points in total and at least "Meets" on every criterion.');
    expect(narrative).toContain('[Web Security: Injection Detection (Level 1)](https://badges.example.edu/badges/injection-detection-1/)');
    expect(narrative.endsWith('every learner starts from the same code.')).toBe(true);
  });

  it('takes alignments from the badge and its competencies, sorted', () => {
    const badge = JSON.parse(exportExamples().get('badges/injection-detection-1.json')?.toString() ?? '{}');
    expect(badge.alignment).toEqual([
      {
        targetName: 'Knowledge of system and application security threats and vulnerabilities',
        targetUrl: 'https://frameworks.example.org/nice/K0070',
        targetFramework: 'NICE',
        targetCode: 'K0070',
      },
    ]);
  });

  it('embeds images as data URIs with --embed-images', () => {
    const files = exportExamples({}, ['--embed-images']);
    expect([...files.keys()].some((name) => name.startsWith('images/'))).toBe(false);
    const svgBadge = JSON.parse(files.get('badges/front-end-developer.json')?.toString() ?? '{}');
    const pngBadge = JSON.parse(files.get('badges/patient-communication.json')?.toString() ?? '{}');
    expect(svgBadge.image).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(pngBadge.image).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
  });

  it('does not rewrite unchanged files', () => {
    const out = tempDir();
    runCli(['export', '--out', out], { cwd: EXAMPLES });
    const second = runCli(['export', '--out', out], { cwd: EXAMPLES });
    expect(second.stdout).toMatch(/0 files written, 11 unchanged\./);
  });
});

describe('export safety', () => {
  it('keeps every file inside the output folder whatever an id contains', () => {
    const repo = tempDir();
    const badges = ['../../escape', '/etc/passwd', 'C:\\windows', '..', 'a/../../b'].map(
      (id, index) => `  - { id: ${JSON.stringify(id)}, name: B${index}, description: D, competencies: [], image: b.png }`,
    );
    writeTree(repo, { 'badgemap.yaml': DEFAULT_CONFIG, 'b.yaml': `badges:\n${badges.join('\n')}\n`, 'b.png': PNG_BYTES });
    const out = path.join(repo, 'out');

    const result = runCli(['export', '--out', out], { cwd: repo });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const written = [...readTree(repo).keys()].filter((name) => !['badgemap.yaml', 'b.yaml', 'b.png'].includes(name));
    expect(written.every((name) => name.startsWith('out/'))).toBe(true);
    expect(written.filter((name) => name.startsWith('out/badges/'))).toHaveLength(5);
  });

  it('refuses to write while lint reports errors', () => {
    const repo = tempDir();
    copyTree(EXAMPLES, repo);
    fs.writeFileSync(path.join(repo, 'broken.yaml'), 'kind: badge\nid: x\nname: X\ndescription: D\ncompetencies: [nope]\nimage: images/front-end-developer.svg\n');
    const out = path.join(repo, 'dist');

    const result = runCli(['export', '--today', '2026-12-04'], { cwd: repo });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('No competency has id "nope".');
    expect(result.stderr).toBe('badgemap: nothing exported: fix the 1 error above first.\n');
    expect(fs.existsSync(out)).toBe(false);
  });
});
