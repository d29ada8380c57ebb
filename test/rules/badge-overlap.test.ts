import { describe, expect, it } from 'vitest';

import { DEFAULT_CONFIG, lintFiles, summarise } from '../helpers/workspace.js';

const RULE = 'badge-overlap';

const COMPETENCIES = `competencies:
  - { id: detect, statement: Detects SQL injection flaws in a web application }
  - { id: explain, statement: Explains the impact of an injection flaw to a manager }
  - { id: prevent, statement: Rewrites queries with parameter binding }
`;

interface BadgeSpec {
  id: string;
  competencies: string[];
  evidence?: string[];
  optional?: string[];
  prerequisites?: string;
}

/** One badge per document, each with evidence items of the given types. */
function badges(...specs: BadgeSpec[]): string {
  return specs
    .map((spec) => {
      const evidence = [
        ...(spec.evidence ?? []).map((type) => `  - { type: ${type}, description: A ${type} }`),
        ...(spec.optional ?? []).map((type) => `  - { type: ${type}, description: An optional ${type}, required: false }`),
      ];
      return [
        'kind: badge',
        `id: ${spec.id}`,
        `name: Badge ${spec.id}`,
        'description: A badge.',
        `competencies: [${spec.competencies.join(', ')}]`,
        ...(spec.prerequisites === undefined ? [] : [`prerequisites: ${spec.prerequisites}`]),
        ...(evidence.length === 0 ? [] : ['evidence:', ...evidence]),
      ].join('\n');
    })
    .join('\n---\n');
}

function overlapFindings(badgeYaml: string, rules = ''): string[] {
  const files = {
    'c.yaml': COMPETENCIES,
    'b.yaml': `${badgeYaml}\n`,
    ...(rules === '' ? {} : { 'badgemap.yaml': `${DEFAULT_CONFIG}rules:\n${rules}` }),
  };
  return summarise(lintFiles(files).findings, RULE);
}

describe('badge-overlap', () => {
  it('reports two badges with the same competencies and evidence at both', () => {
    const yaml = badges({ id: 'a', competencies: ['detect', 'explain'], evidence: ['report'] }, { id: 'b', competencies: ['explain', 'detect'], evidence: ['Report'] });
    expect(overlapFindings(yaml)).toEqual([
      'b.yaml:2:5 badge-overlap Badge "a" requires the same competencies and evidence as badge "b" (competencies: detect, explain; required evidence: report). A learner who earns one has shown everything the other asks for; merge them, or give each a requirement of its own.',
      'b.yaml:10:5 badge-overlap Badge "b" requires the same competencies and evidence as badge "a" (competencies: detect, explain; required evidence: report). A learner who earns one has shown everything the other asks for; merge them, or give each a requirement of its own.',
    ]);
  });

  it('names every badge of a group with the same requirements', () => {
    const yaml = badges(
      { id: 'a', competencies: ['detect'], evidence: ['report'] },
      { id: 'b', competencies: ['detect'], evidence: ['report'] },
      { id: 'c', competencies: ['detect'], evidence: ['report'] },
    );
    const findings = overlapFindings(yaml);
    expect(findings).toHaveLength(3);
    expect(findings[0]).toContain('Badge "a" requires the same competencies and evidence as badges "b" and "c"');
  });

  it('reports a badge whose requirements lie inside another', () => {
    const yaml = badges(
      { id: 'small', competencies: ['detect'], evidence: ['report'] },
      { id: 'large', competencies: ['detect', 'prevent'], evidence: ['report', 'code', 'code'] },
    );
    expect(overlapFindings(yaml)).toEqual([
      'b.yaml:2:5 badge-overlap Everything badge "small" requires is also required by badge "large" (competencies: detect; required evidence: report). Earning "large" shows everything "small" asks for; make "small" a prerequisite of "large" if it is a step towards it, or give it a requirement of its own.',
      'b.yaml:10:5 badge-overlap Badge "large" requires everything badge "small" requires (competencies: detect; required evidence: report), plus competency prevent and required evidence code ×2. Make "small" a prerequisite of "large" if it is a step towards it, or give "small" a requirement of its own.',
    ]);
  });

  it('points each finding at the other badge', () => {
    const yaml = badges({ id: 'small', competencies: ['detect'] }, { id: 'large', competencies: ['detect', 'explain'] });
    const { findings } = lintFiles({ 'c.yaml': COMPETENCIES, 'b.yaml': yaml });
    const related = findings.filter((finding) => finding.ruleId === RULE).map((finding) => [finding.definitionId, finding.related.map((item) => `${item.message} ${item.range.start.line}`)]);
    expect(related).toEqual([
      ['small', ['Badge "large" is defined here. 8']],
      ['large', ['Badge "small" is defined here. 2']],
    ]);
  });

  it.each([
    { name: 'another competency on each side', specs: [{ id: 'a', competencies: ['detect', 'explain'] }, { id: 'b', competencies: ['detect', 'prevent'] }] },
    { name: 'more evidence in the smaller competency set', specs: [{ id: 'a', competencies: ['detect'], evidence: ['report', 'code'] }, { id: 'b', competencies: ['detect', 'explain'], evidence: ['report'] }] },
    { name: 'no shared competency', specs: [{ id: 'a', competencies: ['detect'] }, { id: 'b', competencies: ['prevent'] }] },
    { name: 'a badge without competencies', specs: [{ id: 'a', competencies: [] }, { id: 'b', competencies: ['prevent'] }] },
  ])('passes $name', ({ specs }) => {
    expect(overlapFindings(badges(...(specs as BadgeSpec[])))).toEqual([]);
  });

  it('counts a second item of one type as an extra requirement', () => {
    const yaml = badges({ id: 'one', competencies: ['detect'], evidence: ['report'] }, { id: 'two', competencies: ['detect'], evidence: ['report', 'report'] });
    expect(overlapFindings(yaml)[1]).toContain('plus required evidence report.');
  });

  it('ignores optional evidence', () => {
    const yaml = badges({ id: 'a', competencies: ['detect'], evidence: ['report'], optional: ['recording'] }, { id: 'b', competencies: ['detect'], evidence: ['report'] });
    expect(overlapFindings(yaml)[0]).toContain('requires the same competencies and evidence as badge "b"');
  });

  it.each([
    { name: 'a direct prerequisite', prerequisites: '[small]' },
    { name: 'a prerequisite through another badge', prerequisites: '[middle]' },
    { name: 'a member of a prerequisite group', prerequisites: '[{ anyOf: [small, other] }]' },
  ])('stays quiet about $name', ({ prerequisites }) => {
    const yaml = badges(
      { id: 'small', competencies: ['detect'], evidence: ['report'] },
      { id: 'middle', competencies: ['prevent'], prerequisites: '[small]' },
      { id: 'other', competencies: ['prevent', 'explain'] },
      { id: 'large', competencies: ['detect', 'explain'], evidence: ['report', 'code'], prerequisites },
    );
    expect(overlapFindings(yaml).filter((line) => line.includes('"large"') && line.includes('"small"'))).toEqual([]);
  });

  describe('options', () => {
    const pathway = badges({ id: 'small', competencies: ['detect'] }, { id: 'large', competencies: ['detect', 'explain'], prerequisites: '[small]' });

    it('reports pathway pairs with includePrerequisites', () => {
      expect(overlapFindings(pathway)).toEqual([]);
      expect(overlapFindings(pathway, '  badge-overlap: { includePrerequisites: true }\n')).toHaveLength(2);
    });

    it('reports only equal requirements without contained', () => {
      const yaml = badges({ id: 'small', competencies: ['detect'] }, { id: 'large', competencies: ['detect', 'explain'] }, { id: 'copy', competencies: ['detect'] });
      expect(overlapFindings(yaml, '  badge-overlap: { contained: false }\n').map((line) => line.slice(0, line.indexOf(' requires')))).toEqual([
        'b.yaml:2:5 badge-overlap Badge "small"',
        'b.yaml:14:5 badge-overlap Badge "copy"',
      ]);
    });

    it('compares competencies alone with evidence: ignore', () => {
      const yaml = badges({ id: 'a', competencies: ['detect'], evidence: ['report'] }, { id: 'b', competencies: ['detect'], evidence: ['code'] });
      expect(overlapFindings(yaml)).toEqual([]);
      expect(overlapFindings(yaml, '  badge-overlap: { evidence: ignore }\n')[0]).toBe(
        'b.yaml:2:5 badge-overlap Badge "a" requires the same competencies as badge "b" (competencies: detect). A learner who earns one has shown everything the other asks for; merge them, or give each a requirement of its own.',
      );
    });

    it('rejects an unknown evidence mode', () => {
      expect(() => lintFiles({ 'badgemap.yaml': `${DEFAULT_CONFIG}rules:\n  badge-overlap: { evidence: description }\n` })).toThrow(/config has findings/);
    });
  });

  it('compares only the first definition of a duplicated id', () => {
    const yaml = badges({ id: 'a', competencies: ['detect'] }, { id: 'a', competencies: ['detect'] });
    expect(overlapFindings(yaml)).toEqual([]);
  });

  it('reports badges in different files', () => {
    const files = {
      'c.yaml': COMPETENCIES,
      'one.yaml': badges({ id: 'a', competencies: ['detect'] }),
      'two.yaml': badges({ id: 'b', competencies: ['detect'] }),
    };
    expect(summarise(lintFiles(files).findings, RULE).map((line) => line.slice(0, 12))).toEqual(['one.yaml:2:5', 'two.yaml:2:5']);
  });
});
