/**
 * The severity a finding gets: the rule's default, replaced by the config's `rules`, then by
 * each matching entry of `overrides` in order, so a later override wins.
 */
import path from 'node:path';

import picomatch from 'picomatch';

import type { Config, RuleLevel, RuleSetting } from '../config/types.js';
import type { RawFinding, Severity } from '../finding.js';
import type { Rule } from '../rules/types.js';

export class SeverityResolver {
  private readonly matchers: ((file: string) => boolean)[];

  constructor(private readonly config: Config) {
    this.matchers = config.overrides.map((override) => picomatch(override.files, { dot: true }));
  }

  /** Whether the rule can report anything: not off everywhere. */
  isEnabled(rule: Rule): boolean {
    if (rule.docs?.fixedSeverity) return true;
    if (this.config.rules[rule.id]?.severity !== 'off') return true;
    return this.config.overrides.some((override) => {
      const level = override.rules[rule.id]?.severity;
      return level !== undefined && level !== 'off';
    });
  }

  levelOf(rule: Pick<Rule, 'id' | 'defaultSeverity' | 'docs'>, finding: RawFinding): RuleLevel {
    if (rule.docs?.fixedSeverity) return rule.defaultSeverity;
    let level: RuleLevel | undefined = this.config.rules[rule.id]?.severity;
    for (const setting of this.matchingOverrides(rule.id, finding.location.file, finding.definitionId)) {
      if (setting.severity !== undefined) level = setting.severity;
    }
    return level ?? finding.severity ?? rule.defaultSeverity;
  }

  /** The rule's options from `rules`; with a file, also from each override that matches it, later ones winning. */
  optionsOf<Options extends object>(rule: Rule<Options>, file?: string, definitionId?: string): Options {
    let options = { ...rule.defaultOptions, ...(this.config.rules[rule.id]?.options ?? {}) } as Options;
    if (file === undefined) return options;
    for (const setting of this.matchingOverrides(rule.id, file, definitionId)) {
      options = { ...options, ...setting.options };
    }
    return options;
  }

  /** The settings for a rule of every override whose `files` (and `ids`, if any) match, in config order. */
  private matchingOverrides(ruleId: string, file: string, definitionId: string | undefined): RuleSetting[] {
    if (this.config.overrides.length === 0) return [];
    const relative = this.relativeFile(file);
    const settings: RuleSetting[] = [];
    this.config.overrides.forEach((override, index) => {
      const setting = override.rules[ruleId];
      if (setting === undefined || !(this.matchers[index] as (file: string) => boolean)(relative)) return;
      if (override.ids !== undefined && !override.ids.includes(definitionId ?? '')) return;
      settings.push(setting);
    });
    return settings;
  }

  private relativeFile(file: string): string {
    return path.relative(this.config.root, file).split(path.sep).join('/');
  }
}

export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  const rank: Record<Severity, number> = { info: 1, warn: 2, error: 3 };
  return rank[severity] >= rank[threshold];
}
