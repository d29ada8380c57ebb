import { describe, expect, it } from 'vitest';

import { lintFiles, summarise } from '../helpers/workspace.js';

function schemaFindings(yaml: string): string[] {
  return summarise(lintFiles({ 'd.yaml': yaml }).findings, 'schema');
}

describe('schema findings', () => {
  it.each([
    {
      name: 'unknown field with a suggestion, on the key',
      yaml: 'kind: competency\nid: a\nstatment: Explains A\n',
      expected: [
        'd.yaml:1:1 schema Missing required field "statement".',
        'd.yaml:3:1 schema Unknown field "statment". Did you mean "statement"?',
      ],
    },
    {
      name: 'wrong type on the value',
      yaml: 'kind: badge\nid: b\nname: B\ndescription: D\ncompetencies: a-competency\n',
      expected: ['d.yaml:5:15 schema "competencies" must be a list, not "a-competency".'],
    },
    {
      name: 'integer field with text',
      yaml: 'kind: badge\nid: b\nname: B\ndescription: D\ncompetencies: []\nlevel: two\n',
      expected: ['d.yaml:6:8 schema "level" must be a whole number, not "two".'],
    },
    {
      name: 'whole number read as Infinity',
      yaml: 'kind: module\nid: m\nname: M\ncompetencies: [c]\ndurationMinutes: 1e400\n',
      expected: ['d.yaml:5:18 schema "durationMinutes" is a number too large to hold (Infinity). Write a smaller number.'],
    },
    {
      name: 'negative number read as -Infinity',
      yaml: 'kind: rubric\nid: r\nname: R\ncriteria: []\npassing: { minimumPoints: -1e999 }\n',
      expected: ['d.yaml:5:27 schema "passing.minimumPoints" is a number too large to hold (-Infinity). Write a smaller number.'],
    },
    {
      name: 'unknown field with no value',
      yaml: 'kind: competency\nid: a\nstatement: Explains A\nbogus:\nx-note:\nlevel:\n',
      expected: ['d.yaml:4:1 schema Unknown field "bogus". Custom fields must start with "x-".'],
    },
    {
      name: 'text after a comma in a flow mapping, as a key with no value',
      yaml: 'kind: badge\nid: b\nname: B\ndescription: D\ncompetencies: []\nevidence:\n  - { type: code, description: A form, and its tests }\nprerequisites: [{ anyOf: [x], bogus: }]\n',
      expected: [
        'd.yaml:7:40 schema Unknown field "and its tests". Custom fields must start with "x-".',
        'd.yaml:8:31 schema Unknown field "bogus". Custom fields must start with "x-".',
      ],
    },
    {
      name: 'bad item inside a list, with its path',
      yaml: 'kind: badge\nid: b\nname: B\ndescription: D\ncompetencies: []\nevidence:\n  - { type: report }\n',
      expected: ['d.yaml:7:5 schema Missing required field "evidence[0].description".'],
    },
    {
      name: 'a date that does not match the pattern',
      yaml: 'kind: competency\nid: a\nstatement: Explains A\nreview: { last: 2026-3-1 }\n',
      expected: ['d.yaml:4:17 schema "review.last" must be a date in the form YYYY-MM-DD, not "2026-3-1".'],
    },
    {
      name: 'a date that does not exist',
      yaml: 'kind: competency\nid: a\nstatement: Explains A\nreview: { last: 2026-02-30 }\n',
      expected: ['d.yaml:4:17 schema "review.last" is not a real date: "2026-02-30".'],
    },
    {
      name: 'a level that is no Bloom level',
      yaml: 'kind: competency\nid: a\nstatement: Explains A\nlevel: Aply\n',
      expected: ['d.yaml:4:8 schema "level" cannot be "Aply": use a Bloom level. Did you mean "apply"?'],
    },
    {
      name: 'a definition that is not a mapping',
      yaml: 'competencies:\n  - just-a-string\n',
      expected: ['d.yaml:2:5 schema A definition must be a mapping of fields, not "just-a-string".'],
    },
    {
      name: 'an empty required text',
      yaml: 'kind: competency\nid: a\nstatement: ""\n',
      expected: ['d.yaml:3:12 schema "statement" must not be empty.'],
    },
    {
      name: 'a kind that does not match its plural list',
      yaml: 'badges:\n  - { kind: competency, id: b, name: B, description: D, competencies: [] }\n',
      expected: ['d.yaml:2:13 schema "kind" must be "badge" here, not "competency".'],
    },
    {
      name: 'x- fields anywhere',
      yaml: 'kind: badge\nid: b\nname: B\ndescription: D\ncompetencies: []\nx-owner: me\nevidence:\n  - { type: report, description: R, x-note: n }\n',
      expected: [],
    },
  ])('$name', ({ yaml, expected }) => {
    expect(schemaFindings(yaml)).toEqual(expected);
  });

  it('keeps the valid part of a definition with an error', () => {
    const { workspace } = lintFiles({
      'b.yaml': `kind: badge
id: b
name: B
description: D
competencies: [a, 5, c]
evidence:
  - { type: report, description: Good }
  - { type: code }
`,
    });
    const badge = workspace.model.get('badge', 'b');
    expect(badge?.competencies).toEqual(['a', '5', 'c']);
    expect(badge?.evidence.map((item) => item.description)).toEqual(['Good']);
  });

  it('leaves a definition without a usable id out of the model', () => {
    const { workspace, findings } = lintFiles({ 'c.yaml': 'competencies:\n  - { statement: Explains A }\n' });
    expect(workspace.model.competencies).toEqual([]);
    expect(summarise(findings, 'schema')).toEqual(['c.yaml:2:5 schema Missing required field "id".']);
  });
});

describe('yaml-syntax and duplicate-key', () => {
  it('reports a syntax error with its position and loads the other documents', () => {
    const { workspace, findings } = lintFiles({
      'c.yaml': 'kind: competency\nid: a\nstatement: Explains A\n---\nkind: competency\nid: [b\nstatement: x\n',
    });
    expect(findings.filter((finding) => finding.ruleId === 'yaml-syntax').length).toBeGreaterThan(0);
    expect(workspace.model.ids('competency')).toEqual(['a']);
  });

  it('reports a duplicate key with the key name', () => {
    const { findings } = lintFiles({ 'c.yaml': 'kind: competency\nid: a\nstatement: Explains A\nid: b\n' });
    expect(summarise(findings, 'duplicate-key')).toEqual([
      'c.yaml:4:1 duplicate-key Duplicate key "id"; the later value replaces the earlier one.',
    ]);
  });
});

describe('findings after a schema finding', () => {
  it('do not contradict the file', () => {
    const yaml = [
      'kind: competency',
      'id: c1',
      'statement: Writes a test plan for a web form',
      'review: { last: 2026-13-45, cadenceMonths: 12 }',
      '---',
      'kind: badge',
      'id: b',
      'name: B',
      'description: d',
      'competencies: [c1]',
      'evidence: [{ type: project, description: A test plan, required: "no" }]',
      'prerequisites: [{ anyOf: [], minimum: 0 }]',
      '',
    ].join('\n');
    const rules = lintFiles({ 'd.yaml': yaml }, { today: '2026-12-04' }).findings.map((finding) => finding.ruleId);
    expect(rules).toContain('schema');
    expect(rules).not.toContain('stale-review');
    expect(rules).not.toContain('missing-evidence');
    expect(rules).not.toContain('prerequisite-level');
  });
});
