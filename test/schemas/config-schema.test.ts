import { describe, expect, it } from 'vitest';

import { RULES } from '../../src/rules/registry.js';
import { buildConfigSchema } from '../../src/schemas/config.js';
import { validate } from '../../src/schemas/validator.js';

/** A config that breaks the settings of two rules, names an unknown one and sets a third. */
function brokenConfig(): Record<string, unknown> {
  return {
    baseUrl: 'https://badges.example.org/',
    rules: { 'measurable-verb': 'loud', 'stale-review': { severity: 'warn', bogus: 1 }, 'no-such-rule': 'warn' },
    overrides: [{ files: ['a/*.yaml'], rules: { 'competency-overlap': { threshold: 'high' }, 'bloom-level': 'off' } }],
  };
}

function errorsOf(checkedRules?: ReadonlySet<string>): unknown[] {
  const errors = validate(buildConfigSchema(RULES, checkedRules), brokenConfig());
  return errors.map((error) => ({ keyword: error.keyword, instancePath: error.instancePath, params: error.params, data: error.data }));
}

describe('config schema of the named rules', () => {
  it('reports the errors of the full schema', () => {
    const named = new Set(['measurable-verb', 'stale-review', 'no-such-rule', 'competency-overlap', 'bloom-level']);
    const full = errorsOf();

    expect(full.length).toBeGreaterThan(2);
    expect(errorsOf(named)).toEqual(full);
  });

  it('still rejects an unknown rule id', () => {
    const errors = validate(buildConfigSchema(RULES, new Set()), { rules: { 'no-such-rule': 'warn' } });

    expect(errors.map((error) => error.keyword)).toEqual(['additionalProperties']);
  });
});
