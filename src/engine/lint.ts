/**
 * The lint pipeline after loading: run every enabled rule over the model, give each finding
 * its configured severity, position it, apply suppression directives, and sort.
 */
import path from 'node:path';

import { compareFindings, type Finding, type RawFinding } from '../finding.js';
import type { Workspace } from '../load/workspace.js';
import type { Definition } from '../model/types.js';
import { RULES } from '../rules/registry.js';
import { createFinding, type Rule, type RuleContext } from '../rules/types.js';
import { unusedDirectiveRule } from '../rules/unused-directive.js';
import { finishFindings } from './finish.js';
import { SeverityResolver } from './severity.js';
import { applySuppression } from './suppression.js';

export interface LintOptions {
  /** YYYY-MM-DD; every date-dependent check uses it. */
  today: string;
  rules?: readonly Rule[];
}

export function lintWorkspace(workspace: Workspace, options: LintOptions): Finding[] {
  const rules = options.rules ?? RULES;
  const severities = new SeverityResolver(workspace.config);
  const raw: RawFinding[] = [...workspace.findings];

  for (const rule of rules) {
    if (rule.check === undefined || !severities.isEnabled(rule)) continue;
    rule.check(contextFor(rule, workspace, severities, options.today, raw));
  }

  const findings = finishFindings(raw, workspace.sources, workspace.config, rules);

  // Directives match findings by line, so they apply only once positions are known.
  const knownRuleIds = new Set([...RULES, ...rules].map((rule) => rule.id));
  const suppressed = applySuppression(findings, workspace.sources, knownRuleIds);
  if (!rules.some((rule) => rule.id === unusedDirectiveRule.id)) return suppressed.findings;
  const directiveFindings = finishFindings(suppressed.directiveFindings, workspace.sources, workspace.config, rules);
  return [...suppressed.findings, ...directiveFindings].sort(compareFindings);
}

function contextFor(
  rule: Rule,
  workspace: Workspace,
  severities: SeverityResolver,
  today: string,
  sink: RawFinding[],
): RuleContext<object, string> {
  const options = severities.optionsOf(rule);
  // Without overrides every definition gets the rule's own options, so they are merged once.
  const optionsFor =
    workspace.config.overrides.length === 0
      ? () => options
      : (definition: Definition) => severities.optionsOf(rule, definition.source.file, definition.id);
  return {
    model: workspace.model,
    config: workspace.config,
    options,
    optionsFor,
    today,
    report(messageId, data, location, extras) {
      sink.push(createFinding(rule, messageId, data, location, extras));
    },
  };
}

/** Keeps the findings located in the given files or folders (absolute paths). */
export function findingsInPaths(findings: Finding[], paths: readonly string[]): Finding[] {
  if (paths.length === 0) return findings;
  return findings.filter((finding) => isInPaths(finding.file, paths));
}

/** Whether a file is one of the given files or lies inside one of the given folders. */
export function isInPaths(file: string, paths: readonly string[]): boolean {
  return paths.some((target) => file === target || file.startsWith(target.endsWith(path.sep) ? target : target + path.sep));
}
