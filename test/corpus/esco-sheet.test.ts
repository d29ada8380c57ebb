import fs from 'node:fs';

import { describe, expect, it } from 'vitest';

import { hasShared, sharedPath } from '../helpers/shared.js';
import { lintFiles, summarise } from '../helpers/workspace.js';

const ESCO = sharedPath('corpus/esco-tabiya/sample_skills.csv');

/** Where `"id"` stands in the file, found by plain text search, independent of the CSV reader. */
function positionOfQuoted(text: string, value: string): { line: number; column: number } {
  const offset = text.indexOf(`"${value}"`);
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, column: offset - lineStart + 1 };
}

function escoConfig(): string {
  return `baseUrl: https://badges.example.org/
sheets:
  ${JSON.stringify(ESCO)}: { kind: competency, columns: { statement: PREFERREDLABEL } }
`;
}

describe.skipIf(!hasShared)('ESCO sample skills as a sheet', () => {
  const text = hasShared ? fs.readFileSync(ESCO, 'utf8') : '';

  it('loads all 1,000 skills', () => {
    const { workspace, findings } = lintFiles({ 'badgemap.yaml': escoConfig() });
    expect(workspace.model.competencies).toHaveLength(1000);
    expect(summarise(findings, 'csv-syntax')).toEqual([]);
    expect(summarise(findings, 'schema')).toEqual([]);
    expect(workspace.model.get('competency', 'key_19422')?.statement).toBe('manage musical staff');
  });

  it('positions findings at the true line despite multi-line cells', () => {
    const ids = ['key_19424', 'key_20100', 'key_20421'];
    const yaml = ids.map((id) => `  - { id: ${id}, statement: Restates an ESCO skill }`).join('\n');
    const { findings } = lintFiles({ 'badgemap.yaml': escoConfig(), 'mine.yaml': `competencies:\n${yaml}\n` });

    for (const id of ids) {
      const expected = positionOfQuoted(text, id);
      const inSheet = findings.find((finding) => finding.ruleId === 'duplicate-id' && finding.file === ESCO && finding.message.includes(`"${id}"`));
      expect(inSheet?.range.start, id).toEqual(expected);
    }
  });

  it('finds record line numbers far from row numbers', () => {
    const { workspace } = lintFiles({ 'badgemap.yaml': escoConfig() });
    const last = workspace.model.competencies[999];
    const position = positionOfQuoted(text, last?.id ?? '');
    expect(last?.source.doc).toBe(1000);
    expect(last?.source.row).toBe(position.line);
    expect(position.line).toBeGreaterThan(2000);
  });
});
