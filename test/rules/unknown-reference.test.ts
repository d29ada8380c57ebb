import { describe, expect, it } from 'vitest';

import { lintFiles, summarise } from '../helpers/workspace.js';

const COMPETENCIES = `competencies:
  - { id: sqli-detect, statement: Detects SQL injection }
  - { id: sqli-prevent, statement: Prevents SQL injection }
`;

describe('unknown-reference', () => {
  it.each([
    {
      name: 'a badge competency with a close match',
      yaml: 'badges:\n  - { id: b, name: B, description: D, competencies: [sqli-detct] }\n',
      expected: ['d.yaml:2:54 unknown-reference No competency has id "sqli-detct". Did you mean "sqli-detect"?'],
    },
    {
      name: 'a competency with no close match',
      yaml: 'badges:\n  - { id: b, name: B, description: D, competencies: [cloud-costs] }\n',
      expected: ['d.yaml:2:54 unknown-reference No competency has id "cloud-costs".'],
    },
    {
      name: 'a competency id that differs in letter case',
      yaml: 'badges:\n  - { id: b, name: B, description: D, competencies: [SQLI-DETECT] }\n',
      expected: ['d.yaml:2:54 unknown-reference No competency has id "SQLI-DETECT". Did you mean "sqli-detect"?'],
    },
    {
      name: 'a rubric',
      yaml: 'badges:\n  - { id: b, name: B, description: D, competencies: [], rubric: missing }\n',
      expected: ['d.yaml:2:65 unknown-reference No rubric has id "missing".'],
    },
    {
      name: 'a prerequisite badge and a group member',
      yaml: `badges:
  - { id: a, name: A, description: D, competencies: [] }
  - id: b
    name: B
    description: D
    competencies: []
    prerequisites: [aa, { anyOf: [a, c], minimum: 1 }]
`,
      expected: [
        'd.yaml:7:21 unknown-reference No badge has id "aa". Did you mean "a"?',
        'd.yaml:7:38 unknown-reference No badge has id "c". Did you mean "a"?',
      ],
    },
    {
      name: 'a rubric criterion competency',
      yaml: 'rubrics:\n  - id: r\n    name: R\n    criteria:\n      - { id: c, competency: nope, levels: [] }\n',
      expected: ['d.yaml:5:30 unknown-reference No competency has id "nope".'],
    },
    {
      name: 'a module competency and distinctFrom',
      yaml: 'modules:\n  - { id: m, name: M, competencies: [sqli-detect, ghost] }\ncompetencies:\n  - { id: c, statement: Does C, distinctFrom: [sqli-prevnt] }\n',
      expected: [
        'd.yaml:2:51 unknown-reference No competency has id "ghost".',
        'd.yaml:4:48 unknown-reference No competency has id "sqli-prevnt". Did you mean "sqli-prevent"?',
      ],
    },
  ])('$name', ({ yaml, expected }) => {
    const { findings } = lintFiles({ 'c.yaml': COMPETENCIES, 'd.yaml': yaml });
    expect(summarise(findings, 'unknown-reference')).toEqual(expected);
  });

  it('finds references in sheets and YAML alike', () => {
    const { findings } = lintFiles({
      'c.yaml': COMPETENCIES,
      'd.yaml': 'badges:\n  - { id: b, name: B, description: D, competencies: [sqli-detect, sqli-prevent] }\n',
    });
    expect(summarise(findings, 'unknown-reference')).toEqual([]);
  });
});
