import { describe, expect, it } from 'vitest';

import { lintFiles, STRUCTURAL_RULES, summarise } from '../helpers/workspace.js';

describe('document shapes', () => {
  it('reads single definitions, plural lists and multi-document files', () => {
    const { workspace, findings } = lintFiles({
      'one.yaml': 'kind: competency\nid: a\nstatement: Explains A\n',
      'many.yaml': 'competencies:\n  - { id: b, statement: Explains B }\nmodules:\n  - { id: m, name: M, competencies: [b] }\n',
      'multi.yaml': '---\nkind: competency\nid: c\nstatement: Explains C\n---\n---\nbadges:\n  - { id: x, name: X, description: D, competencies: [a] }\n',
    }, { rules: STRUCTURAL_RULES });
    expect(summarise(findings).filter((line) => !line.includes('export-metadata'))).toEqual([]);
    expect(workspace.model.ids('competency').sort()).toEqual(['a', 'b', 'c']);
    expect(workspace.model.ids('badge')).toEqual(['x']);
    expect(workspace.model.ids('module')).toEqual(['m']);
  });

  it.each([
    ['double', 'statement: "Writes a plan\\" for a form'],
    ['single', "statement: 'Writes a plan for a form"],
  ])('reports an unclosed %s quote at the quote', (_, line) => {
    const yaml = `competencies:\n  - id: a\n    ${line}\n  - id: b\n    statement: Writes a thing\n`;
    const { findings } = lintFiles({ 'q.yaml': yaml }, { rules: STRUCTURAL_RULES });
    expect(summarise(findings, 'yaml-syntax')).toEqual([
      'q.yaml:3:16 yaml-syntax The quoted text that starts here is never closed. Add the closing quote where the text ends.',
    ]);
  });

  it('reads a file saved as UTF-16 with a byte order mark', () => {
    const text = 'competencies:\n  - { id: a, statement: Explains A, level: bogus }\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { workspace, findings } = lintFiles({ 'utf16.yaml': utf16 }, { rules: STRUCTURAL_RULES });
    expect(workspace.model.ids('competency')).toEqual(['a']);
    expect(summarise(findings, 'schema')).toEqual([expect.stringMatching(/^utf16\.yaml:2:44 schema "level" cannot be "bogus"/)]);
  });

  it('skips YAML that is not ours without a finding', () => {
    const { workspace, findings } = lintFiles({
      '.github-like.yaml': 'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n',
      'k8s.yaml': 'kind: Deployment\nmetadata: { name: web }\n',
      'list.yaml': '- a\n- b\n',
      'empty.yaml': '',
    });
    expect(summarise(findings)).toEqual([]);
    // The empty file has no document at all, so three documents are skipped.
    expect(workspace.notes).toHaveLength(3);
  });

  it('reports a near-miss kind instead of skipping it', () => {
    const { findings } = lintFiles({ 'b.yaml': 'kind: Badge\nid: b\nname: B\n' });
    expect(summarise(findings, 'schema')).toEqual(['b.yaml:1:7 schema Unknown kind "Badge". Did you mean "badge"?']);
  });

  it('reports a near-miss plural key on the key', () => {
    const { findings } = lintFiles({ 'c.yaml': 'competences:\n  - { id: a, statement: Explains A }\n' });
    expect(summarise(findings, 'schema')).toEqual([
      'c.yaml:1:1 schema Unknown key "competences". Did you mean "competencies"?',
    ]);
  });

  it('reports unknown top-level keys next to plural keys', () => {
    const { findings } = lintFiles({ 'c.yaml': 'competencies: []\nnotes: hello\nx-owner: me\n' });
    expect(summarise(findings, 'schema')).toEqual([
      'c.yaml:2:1 schema Unknown field "notes". Custom fields must start with "x-".',
    ]);
  });
});
