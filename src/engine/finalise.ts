/**
 * The last steps every command shares once its raw findings are collected: each finding
 * gets its configured severity (or is dropped when its rule is off), a position, and its
 * place in the sorted output.
 */
import { compareFindings, type Finding, type RawFinding } from '../finding.js';
import { ruleById } from '../rules/registry.js';
import type { Rule } from '../rules/types.js';
import type { SourceFile } from '../source/source-file.js';
import { resolveFinding } from './resolve.js';
import type { SeverityResolver } from './severity.js';

export function finaliseFindings(
  raw: readonly RawFinding[],
  severities: SeverityResolver,
  sources: ReadonlyMap<string, SourceFile>,
  rules: readonly Rule[] = [],
): Finding[] {
  const findings: Finding[] = [];
  for (const finding of raw) {
    const rule = ruleById(finding.ruleId) ?? rules.find((candidate) => candidate.id === finding.ruleId);
    if (rule === undefined) continue;
    const level = severities.levelOf(rule, finding);
    if (level === 'off') continue;
    findings.push(resolveFinding(finding, level, sources));
  }
  return findings.sort(compareFindings);
}
