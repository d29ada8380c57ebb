/**
 * The last steps every command shares once raw findings exist: give each its severity (the
 * config's, else its own, else the rule's default), drop those turned off, position them,
 * and sort, dropping exact repeats.
 */
import type { Config } from '../config/types.js';
import { compareFindings, type Finding, type RawFinding } from '../finding.js';
import { ruleById } from '../rules/registry.js';
import type { Rule } from '../rules/types.js';
import type { SourceFile } from '../source/source-file.js';
import { resolveFinding } from './resolve.js';
import { SeverityResolver } from './severity.js';

export function finishFindings(
  raw: readonly RawFinding[],
  sources: ReadonlyMap<string, SourceFile>,
  config: Config | undefined,
  extraRules: readonly Rule[] = [],
): Finding[] {
  const severities = config === undefined ? undefined : new SeverityResolver(config);
  const findings: Finding[] = [];
  const seen = new Set<string>();

  for (const finding of raw) {
    const rule = ruleById(finding.ruleId) ?? extraRules.find((candidate) => candidate.id === finding.ruleId);
    if (rule === undefined) continue;
    const level = severities?.levelOf(rule, finding) ?? finding.severity ?? rule.defaultSeverity;
    if (level === 'off') continue;

    const resolved = resolveFinding(finding, level, sources);
    const key = JSON.stringify([resolved.file, resolved.range, resolved.ruleId, resolved.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(resolved);
  }

  return findings.sort(compareFindings);
}
