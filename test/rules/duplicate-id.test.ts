import { describe, expect, it } from 'vitest';

import { lintFiles, summarise } from '../helpers/workspace.js';

describe('duplicate-id', () => {
  it('reports both places of an id defined twice in one kind', () => {
    const { findings } = lintFiles({
      'a.yaml': 'competencies:\n  - { id: x, statement: Explains X }\n',
      'b.yaml': 'kind: competency\nid: x\nstatement: Explains X again\n',
    });
    expect(summarise(findings, 'duplicate-id')).toEqual([
      'a.yaml:2:11 duplicate-id Competency id "x" is defined 2 times.',
      'b.yaml:2:5 duplicate-id Competency id "x" is defined 2 times.',
    ]);
    const first = findings.find((finding) => finding.ruleId === 'duplicate-id');
    expect(first?.related.map((related) => `${related.range.start.line}:${related.range.start.column}`)).toEqual(['2:5']);
  });

  it('reports ids that differ only in letter case', () => {
    const { findings } = lintFiles({
      'a.yaml': 'competencies:\n  - { id: Intro, statement: Explains A }\n  - { id: intro, statement: Explains B }\n',
    });
    expect(summarise(findings, 'duplicate-id')).toEqual([
      'a.yaml:2:11 duplicate-id Competency id "Intro" differs from "intro" only in letter case; exported file names would collide.',
      'a.yaml:3:11 duplicate-id Competency id "intro" differs from "Intro" only in letter case; exported file names would collide.',
    ]);
  });

  it('allows the same id in different kinds', () => {
    const { findings } = lintFiles({
      'a.yaml': 'competencies:\n  - { id: web, statement: Builds a web page }\nrubrics:\n  - { id: web, name: Web, criteria: [] }\n',
    });
    expect(summarise(findings, 'duplicate-id')).toEqual([]);
  });

  it('keeps the first definition for references', () => {
    const { workspace } = lintFiles({
      'a.yaml': 'competencies:\n  - { id: x, statement: First }\n  - { id: x, statement: Second }\n',
    });
    expect(workspace.model.get('competency', 'x')?.statement).toBe('First');
    expect(workspace.model.competencies).toHaveLength(2);
  });
});
