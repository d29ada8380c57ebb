import { describe, expect, it } from 'vitest';

import { badgeOverlapRule } from '../../src/rules/badge-overlap.js';
import { competencyOverlapRule } from '../../src/rules/competency-overlap.js';
import { lintFiles } from '../helpers/workspace.js';

describe.each([competencyOverlapRule, badgeOverlapRule].map((rule) => [rule.id, rule] as const))('%s docs examples', (id, rule) => {
  it('reports the failing example', () => {
    const findings = lintFiles(rule.docs!.failing.files).findings.filter((finding) => finding.ruleId === id);
    expect(findings.length).toBeGreaterThan(0);
  });

  it('passes the passing example', () => {
    const findings = lintFiles(rule.docs!.passing.files).findings.filter((finding) => finding.ruleId === id);
    expect(findings.map((finding) => finding.message)).toEqual([]);
  });
});
