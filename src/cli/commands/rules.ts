/** `badgemap rules [ID]`: list every rule, or print one rule's documentation. */
import type { Command } from 'commander';

import { RULES, ruleById } from '../../rules/registry.js';
import { renderRulePage } from '../../rules/docs.js';
import { didYouMean } from '../../util/suggest.js';
import { EXIT_OK, UsageError } from '../errors.js';

export function registerRules(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('rules')
    .description('list every rule, or explain one: what it finds, why, its options, a failing and a passing example')
    .argument('[id]', 'the rule to explain')
    .action((id: string | undefined) => {
      process.stdout.write(id === undefined ? listRules() : explainRule(id));
      setExitCode(EXIT_OK);
    });
}

function listRules(): string {
  const idWidth = Math.max(...RULES.map((rule) => rule.id.length));
  const lines = RULES.map((rule) => `${rule.id.padEnd(idWidth)}  ${rule.defaultSeverity.padEnd(5)}  ${rule.description}`);
  return `${lines.join('\n')}\n\nRun "badgemap rules ID" for what a rule finds, why, its options and examples.\n`;
}

function explainRule(id: string): string {
  const rule = ruleById(id);
  if (rule === undefined) {
    const hint = didYouMean(id, RULES.map((candidate) => candidate.id));
    throw new UsageError(`Unknown rule "${id}".${hint} Run "badgemap rules" to list every rule.`);
  }
  return renderRulePage(rule);
}
