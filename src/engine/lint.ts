/**
 * The lint pipeline after loading: run every enabled rule over the model, give each finding
 * its configured severity, position it, and sort.
 */
import path from 'node:path';

import type { Finding, RawFinding } from '../finding.js';
import type { Workspace } from '../load/workspace.js';
import { RULES } from '../rules/registry.js';
import { createFinding, type Rule, type RuleContext } from '../rules/types.js';
import { finishFindings } from './finish.js';
import { SeverityResolver } from './severity.js';

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

  return finishFindings(raw, workspace.sources, workspace.config, rules);
}

function contextFor(
  rule: Rule,
  workspace: Workspace,
  severities: SeverityResolver,
  today: string,
  sink: RawFinding[],
): RuleContext<object, string> {
  return {
    model: workspace.model,
    config: workspace.config,
    options: severities.optionsOf(rule),
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
