import { describe, expect, it } from 'vitest';

import { lintFiles, summarise } from '../helpers/workspace.js';

function badges(entries: Record<string, string>): string {
  const lines = ['badges:'];
  for (const [id, prerequisites] of Object.entries(entries)) {
    lines.push(`  - { id: ${id}, name: ${id}, description: D, competencies: [], prerequisites: ${prerequisites} }`);
  }
  return `${lines.join('\n')}\n`;
}

describe('prerequisite-cycle', () => {
  it('reports a three-badge cycle at each edge with the whole path', () => {
    const { findings } = lintFiles({ 'b.yaml': badges({ a: '[b]', b: '[c]', c: '[a]' }) });
    expect(summarise(findings, 'prerequisite-cycle')).toEqual([
      'b.yaml:2:73 prerequisite-cycle Prerequisite cycle: a → b → c → a. No learner can earn these badges in any order.',
      'b.yaml:3:73 prerequisite-cycle Prerequisite cycle: b → c → a → b. No learner can earn these badges in any order.',
      'b.yaml:4:73 prerequisite-cycle Prerequisite cycle: c → a → b → c. No learner can earn these badges in any order.',
    ]);
  });

  it('does not report a diamond', () => {
    const { findings } = lintFiles({ 'b.yaml': badges({ top: '[left, right]', left: '[base]', right: '[base]', base: '[]' }) });
    expect(summarise(findings, 'prerequisite-cycle')).toEqual([]);
  });

  it('reports a badge that requires itself', () => {
    const { findings } = lintFiles({ 'b.yaml': badges({ a: '[a]' }) });
    expect(summarise(findings, 'prerequisite-cycle')).toEqual([
      'b.yaml:2:73 prerequisite-cycle Prerequisite cycle: a → a. No learner can earn these badges in any order.',
    ]);
  });

  it('finds cycles through anyOf groups', () => {
    const { findings } = lintFiles({ 'b.yaml': badges({ a: '[{ anyOf: [b, c] }]', b: '[a]', c: '[]' }) });
    expect(summarise(findings, 'prerequisite-cycle')).toEqual([
      'b.yaml:2:83 prerequisite-cycle Prerequisite cycle: a → b → a. No learner can earn these badges in any order.',
      'b.yaml:3:73 prerequisite-cycle Prerequisite cycle: b → a → b. No learner can earn these badges in any order.',
    ]);
  });

  it('reports two separate cycles that share a badge', () => {
    const { findings } = lintFiles({ 'b.yaml': badges({ a: '[b, c]', b: '[a]', c: '[a]' }) });
    const cycles = summarise(findings, 'prerequisite-cycle').map((line) => line.replace(/^.*cycle: (.*?)\. .*$/, '$1'));
    expect(cycles.sort()).toEqual(['a → b → a', 'a → c → a', 'b → a → b', 'c → a → c']);
  });

  it('handles a long chain without a cycle', () => {
    const entries: Record<string, string> = {};
    for (let index = 0; index < 5000; index++) entries[`b${index}`] = index === 0 ? '[]' : `[b${index - 1}]`;
    const { findings } = lintFiles({ 'b.yaml': badges(entries) });
    expect(summarise(findings, 'prerequisite-cycle')).toEqual([]);
  });
});
