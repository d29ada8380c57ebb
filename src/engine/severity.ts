/**
 * The severity a finding gets: the rule's default, replaced by the config's `rules`, then by
 * each matching entry of `overrides` in order, so a later override wins.
 */
import path from 'node:path';

import picomatch from 'picomatch';

import type { Config, RuleLevel } from '../config/types.js';
import type { RawFinding, Severity } from '../finding.js';
import type { Rule } from '../rules/types.js';

export class SeverityResolver {
  private readonly matchers: ((file: string) => boolean)[];

  constructor(private readonly config: Config) {
    this.matchers = config.overrides.map((override) => picomatch(override.files, { dot: true }));
  }

  /** Whether the rule can report anything: not off everywhere. */
  isEnabled(rule: Rule): boolean {
    if (this.config.rules[rule.id]?.severity !== 'off') return true;
    return this.config.overrides.some((override) => {
      const level = override.rules[rule.id]?.severity;
      return level !== undefined && level !== 'off';
    });
  }

  levelOf(rule: Pick<Rule, 'id' | 'defaultSeverity'>, finding: RawFinding): RuleLevel {
    let level: RuleLevel | undefined = this.config.rules[rule.id]?.severity;
    const file = this.relativeFile(finding.location.file);

    this.config.overrides.forEach((override, index) => {
      const setting = override.rules[rule.id]?.severity;
      if (setting === undefined || !(this.matchers[index] as (file: string) => boolean)(file)) return;
      if (override.ids !== undefined && !override.ids.includes(finding.definitionId ?? '')) return;
      level = setting;
    });

    return level ?? finding.severity ?? rule.defaultSeverity;
  }

  optionsOf<Options extends object>(rule: Rule<Options>): Options {
    return { ...rule.defaultOptions, ...(this.config.rules[rule.id]?.options ?? {}) } as Options;
  }

  private relativeFile(file: string): string {
    return path.relative(this.config.root, file).split(path.sep).join('/');
  }
}

export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  const rank: Record<Severity, number> = { info: 1, warn: 2, error: 3 };
  return rank[severity] >= rank[threshold];
}
