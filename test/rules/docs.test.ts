import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { renderCatalogue, renderRulePage, replaceCatalogue } from '../../src/rules/docs.js';
import { RULES } from '../../src/rules/registry.js';
import { runExample } from '../helpers/example.js';

const RULE_DOCS = path.resolve(import.meta.dirname, '../../docs/rules');
const REGENERATE = 'Run "npm run docs:rules" to regenerate the rule pages from the rule metadata.';

describe('rule documentation', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s has docs metadata', (_, rule) => {
    expect(rule.docs, `Rule "${rule.id}" has no docs; fill in its docs field.`).toBeDefined();
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s has an up-to-date page', (id, rule) => {
    const file = path.join(RULE_DOCS, `${id}.md`);
    expect(fs.existsSync(file), `docs/rules/${id}.md is missing. ${REGENERATE}`).toBe(true);
    expect(fs.readFileSync(file, 'utf8'), `docs/rules/${id}.md is stale. ${REGENERATE}`).toBe(renderRulePage(rule));
  });

  it('catalogue lists every rule', () => {
    const readme = fs.readFileSync(path.join(RULE_DOCS, 'README.md'), 'utf8');
    expect(readme).toContain(renderCatalogue(RULES));
    expect(replaceCatalogue(readme, RULES)).toBe(readme);
  });

  it('has no page for an unregistered rule', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    const pages = fs.readdirSync(RULE_DOCS).filter((name) => name.endsWith('.md') && name !== 'README.md');
    expect(pages.filter((name) => !ids.has(name.slice(0, -3)))).toEqual([]);
  });
});

describe('rule docs examples', () => {
  const documented = RULES.filter((rule) => rule.docs !== undefined);

  it.each(documented.map((rule) => [rule.id, rule] as const))('%s failing example is reported', async (id, rule) => {
    const findings = (await runExample(rule.docs!.failing)).filter((finding) => finding.ruleId === id);
    expect(findings.length, `The failing example of "${id}" produces no "${id}" finding.`).toBeGreaterThan(0);
  });

  it.each(documented.map((rule) => [rule.id, rule] as const))('%s passing example is clean', async (id, rule) => {
    const findings = (await runExample(rule.docs!.passing)).filter((finding) => finding.ruleId === id);
    expect(findings.map((finding) => finding.message)).toEqual([]);
  });
});
