/** Rule documentation links and fingerprints, the same in every format that carries them. */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { ruleDocsUrl } from '../../src/rules/docs-url.js';
import { RULES } from '../../src/rules/registry.js';
import { runCli } from '../helpers/cli.js';
import { copyFixture, fixturePath } from '../helpers/fixtures.js';

const TODAY = ['--today', '2026-12-04'];

function lint(format: string, cwd = fixturePath('reports')): string {
  return runCli(['lint', ...TODAY, '--format', format], { cwd }).stdout;
}

function gitlabFingerprints(cwd: string): { fingerprint: string; line: number }[] {
  const issues = JSON.parse(lint('gitlab', cwd)) as { fingerprint: string; location: { lines: { begin: number } } }[];
  return issues.map((issue) => ({ fingerprint: issue.fingerprint, line: issue.location.lines.begin }));
}

describe('rule documentation links', () => {
  it('point at docs/rules/<id>.md under one base', () => {
    const base = ruleDocsUrl('config').replace(/config\.md$/, '');
    for (const rule of RULES) expect(ruleDocsUrl(rule.id)).toBe(`${base}${rule.id}.md`);
    expect(base).toMatch(/^https:\/\/\S+\/docs\/rules\/$/);
  });

  it('are the same in every format', () => {
    const url = ruleDocsUrl('unknown-reference');
    const json = JSON.parse(lint('json')) as { findings: { ruleId: string; docsUrl: string }[] };
    const sarif = JSON.parse(lint('sarif')) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } } }[] };

    expect(json.findings.filter((finding) => finding.ruleId === 'unknown-reference').map((finding) => finding.docsUrl)).toEqual([url, url]);
    expect(sarif.runs[0]?.tool.driver.rules.find((rule) => rule.id === 'unknown-reference')?.helpUri).toBe(url);
    expect(lint('github')).toContain(`Rule unknown-reference: ${url}`);
    expect(lint('junit')).toContain(`Rule documentation: ${url}`);
    expect(lint('gitlab')).toContain(`Rule documentation: ${url}`);
  });
});

describe('fingerprints', () => {
  it('are unique within a report', () => {
    const prints = gitlabFingerprints(fixturePath('reports')).map((issue) => issue.fingerprint);

    expect(new Set(prints).size).toBe(prints.length);
  });

  it('stay the same when unrelated lines move', () => {
    const folder = copyFixture('reports');
    for (const name of ['badges.yaml', 'competencies.yaml']) {
      const file = path.join(folder, name);
      fs.writeFileSync(file, `# A comment added above.\n\n${fs.readFileSync(file, 'utf8')}`);
    }
    const before = gitlabFingerprints(fixturePath('reports'));

    const after = gitlabFingerprints(folder);

    expect(after.map((issue) => issue.fingerprint)).toEqual(before.map((issue) => issue.fingerprint));
    expect(after.map((issue) => issue.line)).not.toEqual(before.map((issue) => issue.line));
  });

  it('change when the finding changes', () => {
    const folder = copyFixture('reports');
    const file = path.join(folder, 'info/notes, draft.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('writes-test]', 'writes-testz]'));

    const before = gitlabFingerprints(fixturePath('reports'));
    const after = gitlabFingerprints(folder);

    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    expect(after[3]?.fingerprint).not.toBe(before[3]?.fingerprint);
  });

  it('match between sarif and gitlab', () => {
    const sarif = JSON.parse(lint('sarif')) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] };

    expect(sarif.runs[0]?.results.map((result) => result.partialFingerprints['badgemap/v1'])).toEqual(
      gitlabFingerprints(fixturePath('reports')).map((issue) => issue.fingerprint),
    );
  });
});
