import { describe, expect, it } from 'vitest';

import { lintFiles, STRUCTURAL_RULES, summarise } from '../helpers/workspace.js';

describe('scalars keep their source text', () => {
  it('keeps 1.10, 007 and 7 as three different ids', () => {
    const { workspace, findings } = lintFiles({
      'c.yaml': `competencies:
  - { id: 1.10, statement: Explains the first idea }
  - { id: 1.1, statement: Explains the second idea }
  - { id: 007, statement: Builds a thing }
  - { id: 7, statement: Builds another thing }
  - { id: true, statement: Tests a boolean-looking id }
`,
    });
    expect(workspace.model.ids('competency')).toEqual(['1.10', '1.1', '007', '7', 'true']);
    expect(summarise(findings, 'duplicate-id')).toEqual([]);
  });

  it('keeps version and humanCode as written', () => {
    const { workspace } = lintFiles({
      'b.yaml': `kind: badge
id: b
name: B
description: D
competencies: []
version: 2.0
humanCode: 0042
level: 2
`,
    });
    const badge = workspace.model.get('badge', 'b');
    expect(badge?.version).toBe('2.0');
    expect(badge?.humanCode).toBe('0042');
    expect(badge?.level).toBe(2);
  });

  it('treats empty, ~ and null as missing but not a quoted "null"', () => {
    const { workspace, findings } = lintFiles({
      'c.yaml': `competencies:
  - { id: a, statement: Explains A, description: ~, name: }
  - { id: b, statement: Explains B, description: null }
  - { id: c, statement: Explains C, description: "null" }
`,
    });
    expect(summarise(findings, 'schema')).toEqual([]);
    expect(workspace.model.get('competency', 'a')?.description).toBeUndefined();
    expect(workspace.model.get('competency', 'a')?.name).toBeUndefined();
    expect(workspace.model.get('competency', 'c')?.description).toBe('null');
  });

  it('converts numbers and booleans only where the schema types them', () => {
    const { workspace, findings } = lintFiles({
      'r.yaml': `kind: badge
id: b
name: B
description: D
competencies: []
evidence:
  - { type: report, description: R, required: false }
  - { type: code, description: C }
`,
    });
    expect(summarise(findings, 'schema')).toEqual([]);
    const evidence = workspace.model.get('badge', 'b')?.evidence;
    expect(evidence?.map((item) => item.required)).toEqual([false, true]);
  });

  it('resolves anchors, aliases and merge keys', () => {
    const { workspace, findings } = lintFiles({
      'c.yaml': `x-defaults: &defaults
  level: apply
  tags: [shared]
competencies:
  - <<: *defaults
    id: a
    statement: Explains A
  - <<: *defaults
    id: b
    statement: Explains B
    level: create
`,
    }, { rules: STRUCTURAL_RULES });
    expect(summarise(findings)).toEqual([]);
    expect(workspace.model.get('competency', 'a')?.level).toBe('apply');
    expect(workspace.model.get('competency', 'b')?.level).toBe('create');
    expect(workspace.model.get('competency', 'b')?.tags).toEqual(['shared']);
  });

  it('reports a duplicate made by an alias at the alias', () => {
    const { findings } = lintFiles({
      'c.yaml': `competencies:
  - &c1
    id: a
    statement: Explains A
  - *c1
`,
    }, { rules: STRUCTURAL_RULES });
    const duplicates = findings.filter((finding) => finding.ruleId === 'duplicate-id');
    const places = duplicates.flatMap((finding) => [finding.range.start, ...(finding.related ?? []).map((related) => related.range.start)]);
    expect(places).toContainEqual({ line: 3, column: 9 });
    expect(places).toContainEqual({ line: 5, column: 5 });
  });

  it('survives an alias bomb without exhausting memory', () => {
    const lines = ['x-a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 12; level++) {
      const previous = String.fromCharCode(96 + level);
      const next = String.fromCharCode(97 + level);
      lines.push(`x-${next}: &${next} [*${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}]`);
    }
    lines.push('competencies: []');
    const { findings } = lintFiles({ 'bomb.yaml': `${lines.join('\n')}\n` });
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
