import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { lintFiles, ROOT, summarise } from '../helpers/workspace.js';

const CONFIG = 'issuer: { id: https://b.example.org/i.json, name: I, url: https://example.org, email: a@example.org }\nbaseUrl: https://b.example.org/\n';
const SHEET = 'Code,Skill Statement\nPR-06,Configures a reverse proxy for a web application\nPR-07,Understands HTTP caching\nPR-08,Knows TLS\n';

function lint(config: string, files: Record<string, string> = {}) {
  return lintFiles({ 'badgemap.yaml': CONFIG + config, ...files }).findings;
}

describe('overrides', () => {
  it('silence sheet records by file and id', () => {
    const findings = lint('sheets:\n  skills.csv: { kind: competency }\noverrides:\n  - files: [skills.csv]\n    ids: [PR-07]\n    rules: { measurable-verb: off }\n', { 'skills.csv': SHEET });
    expect(summarise(findings, 'measurable-verb')).toEqual([
      'skills.csv:4:7 measurable-verb The statement starts with "knows", which an assessor cannot observe. Start with an observable verb such as "lists", "defines", "identifies", "states" or "describes". (record 3, column "Skill Statement")',
    ]);
  });

  it('change severity by file glob, the later override winning', () => {
    const files = {
      'legacy/a.yaml': 'kind: competency\nid: a\nstatement: Understands TLS\n',
      'legacy/keep/b.yaml': 'kind: competency\nid: b\nstatement: Understands TLS\n',
      'new/c.yaml': 'kind: competency\nid: c\nstatement: Understands TLS\n',
    };
    const config = 'rules: { measurable-verb: error }\noverrides:\n  - files: ["legacy/**"]\n    rules: { measurable-verb: off }\n  - files: ["legacy/keep/**"]\n    rules: { measurable-verb: info }\n';
    const findings = lint(config, files).filter((finding) => finding.ruleId === 'measurable-verb');
    expect(findings.map((finding) => [summarise([finding])[0]?.split(' ')[0], finding.severity])).toEqual([
      ['legacy/keep/b.yaml:3:12', 'info'],
      ['new/c.yaml:3:12', 'error'],
    ]);
  });

  it('set options by file glob', () => {
    const files = {
      'short/m.yaml': 'kind: module\nid: s\nname: S\ncompetencies: [a]\nproduces: [report]\ndurationMinutes: 10\n',
      'long/m.yaml': 'kind: module\nid: l\nname: L\ncompetencies: [a]\nproduces: [report]\ndurationMinutes: 10\n',
    };
    const config = 'rules: { module-scope: { minMinutes: 5 } }\noverrides:\n  - files: ["long/**"]\n    rules: { module-scope: { severity: error, minMinutes: 20 } }\n';
    const findings = lint(config, files).filter((finding) => finding.ruleId === 'module-scope');
    expect(findings.map((finding) => [summarise([finding])[0]?.split(' ')[0], finding.severity])).toEqual([['long/m.yaml:6:18', 'error']]);
  });

  it('turn a rule on for some files only', () => {
    const files = { 'a/c.yaml': 'kind: competency\nid: a\nstatement: Understands TLS\n', 'b/c.yaml': 'kind: competency\nid: b\nstatement: Understands TLS\n' };
    const config = 'rules: { measurable-verb: off }\noverrides:\n  - files: ["b/**"]\n    rules: { measurable-verb: warn }\n';
    expect(summarise(lint(config, files), 'measurable-verb').map((line) => line.split(' ')[0])).toEqual(['b/c.yaml:3:12']);
  });

  it('reject an unknown option', () => {
    expect(() => lint('overrides:\n  - files: ["**"]\n    rules: { module-scope: { maxMinute: 20 } }\n')).toThrow(/Rule "module-scope" has no option "maxMinute". Did you mean "maxMinutes"\?/);
  });
});

describe('definition ids on findings', () => {
  it('are set by every rule that reports on a definition', () => {
    const files = {
      'd.yaml': [
        'competencies:',
        '  - { id: a, statement: "Understands TLS\\u200b", level: create, review: { last: 2020-01-01, cadenceMonths: 1 } }',
        '  - { id: b, statement: Communication }',
        '  - { id: c, statement: Writes unit tests for a module and deploys the service to production, level: remember }',
        'badges:',
        '  - id: x',
        '    name: X',
        '    description: Awarded for attending all sessions.',
        '    competencies: [a, a]',
        '    level: 1',
        '    image: "http://localhost/x.png"',
        '    prerequisites: [y, z, z, { anyOf: [y], minimum: 2 }]',
        '    evidence: [{ type: quiz, description: Q }]',
        '    assessment: { methods: [exam] }',
        '    rubric: r',
        '  - { id: y, name: Y, description: Y., competencies: [], level: 2, prerequisites: [z] }',
        '  - { id: z, name: Z, description: Z., competencies: [] }',
        'rubrics:',
        '  - { id: r, name: R, criteria: [{ id: k, competency: b, levels: [{ id: l, name: L, points: 1 }] }] }',
        'modules:',
        '  - { id: m, name: M, competencies: [a, b], durationMinutes: 300, produces: [essay] }',
        '',
      ].join('\n'),
    };
    const findings = lintFiles(files).findings.filter((finding) => !finding.file.endsWith('badgemap.yaml'));
    const rules = new Set(findings.map((finding) => finding.ruleId));
    for (const id of ['measurable-verb', 'bloom-level', 'broad-competency', 'compound-competency', 'weak-criteria', 'knowledge-only-assessment', 'missing-evidence', 'rubric-coverage', 'rubric-levels', 'vocabulary', 'unassessed-competency', 'stale-review', 'module-scope', 'redundant-prerequisite', 'prerequisite-level', 'insecure-url', 'text-encoding', 'no-competencies']) {
      expect(rules, id).toContain(id);
    }
    expect(findings.filter((finding) => finding.definitionId === undefined).map((finding) => finding.ruleId)).toEqual([]);
  });
});

describe('overrides for a sheet outside the repository', () => {
  it('match the path as written under sheets', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-sheet-'));
    const sheet = path.join(folder, 'skills.csv');
    fs.writeFileSync(sheet, SHEET);
    const written = path.relative(ROOT, sheet).split(path.sep).join('/');
    try {
      const config = `sheets:\n  ${JSON.stringify(written)}: { kind: competency }\noverrides:\n  - files: [${JSON.stringify(written)}]\n    ids: [PR-08]\n    rules: { measurable-verb: off }\n`;
      const findings = lint(config).filter((finding) => finding.ruleId === 'measurable-verb');
      expect(findings.map((finding) => finding.definitionId)).toEqual(['PR-07']);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('config findings', () => {
  it('stay errors whatever the config sets', () => {
    const findings = lint('sheets:\n  skills.csv: { kind: competency, columns: { statement: Statement } }\nrules: { config: error }\n', { 'skills.csv': SHEET });
    expect(findings.filter((finding) => finding.ruleId === 'config').map((finding) => [finding.messageId, finding.severity])).toEqual([['sheetColumn', 'error']]);
  });
});
