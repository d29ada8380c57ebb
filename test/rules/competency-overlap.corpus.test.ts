import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadProject } from '../../src/cli/project.js';
import { lintWorkspace } from '../../src/engine/lint.js';
import type { Finding } from '../../src/finding.js';
import { SHARED_CORPUS } from '../overlap/labelled-pairs.js';

const CCSS = path.join(SHARED_CORPUS, 'ccss-ela-case/ccsso_ela_item.csv');
const ESCO = path.join(SHARED_CORPUS, 'esco-tabiya/sample_skills.csv');
const ESCO_FRENCH_GROUPS = path.join(SHARED_CORPUS, 'esco-tabiya/fr_skill_groups.csv');
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

/** Lints a repository that contains nothing but one corpus sheet, declared with the given mapping. */
async function lintSheet(sheet: string, mapping: string, config = ''): Promise<Finding[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-corpus-'));
  folders.push(folder);
  fs.writeFileSync(path.join(folder, 'badgemap.yaml'), `${config}sheets:\n  ${JSON.stringify(sheet)}: { kind: competency${mapping} }\n`);
  const project = await loadProject(folder, undefined);
  if (project.kind !== 'loaded') throw new Error('the test config has findings');
  return lintWorkspace(project.workspace, { today: '2026-12-04' }).filter((finding) => finding.ruleId === 'competency-overlap');
}

function withMessage(findings: Finding[], messageId: string): Finding[] {
  return findings.filter((finding) => finding.messageId === messageId);
}

function at(findings: Finding[], id: string): Finding[] {
  return findings.filter((finding) => finding.definitionId === id);
}

const corpusMissing = !fs.existsSync(SHARED_CORPUS);
if (corpusMissing) console.warn('competency-overlap corpus tests: ../shared/corpus is missing; skipped.');

describe.skipIf(corpusMissing)('competency-overlap on the Common Core ELA statements', () => {
  let findings: Finding[] = [];
  beforeAll(async () => {
    // The identifier column is the id and fullStatement the statement, by their known header names.
    findings = await lintSheet(CCSS, '');
  });

  it('reports every statement repeated across grades', () => {
    // 114 texts repeat, on 548 records; each record gets one finding naming the others.
    expect(withMessage(findings, 'same')).toHaveLength(548);
    const grammar = at(findings, '83a9d3bc-885d-11e7-8edf-7bbafcea4b0d');
    expect(grammar.map((finding) => finding.message)).toEqual([
      'Statement is the same as that of competencies "83d4e624-885d-11e7-8e87-1993f57e603e", "882febc4-885d-11e7-a29a-baabc30a57cc", "885f760a-885d-11e7-9661-28b6cc10c437" and 8 more (similarity 1.00): "Demonstrate command of the conventions of standard English grammar and usage when writing or speaking". Merge them, or list one in the other\'s distinctFrom if they differ on purpose. (record 2, column "fullStatement")',
    ]);
    expect(grammar[0]?.related).toHaveLength(11);
  });

  it('reports the near-duplicate standards of neighbouring grades', () => {
    expect(withMessage(findings, 'overlap')).toHaveLength(170);
    const opinion = withMessage(at(findings, '83d04cae-885d-11e7-b506-fe03630e4662'), 'overlap');
    expect(opinion.map((finding) => finding.message)).toContain(
      'Statement is close to that of competency "8829a9a8-885d-11e7-9990-00f1d9f3827b" and 1 more with the same statement (similarity 0.92): "Write opinion pieces on topics or texts, supporting a point of view with reasons" ~ "Write opinion pieces on topics or texts, supporting a point of view with reasons and information". Shared words: write, opinion, pieces, topics, texts, supporting, point, view, reasons. Only here: none. Only in "8829a9a8-885d-11e7-9990-00f1d9f3827b": information. Merge them, or add "8829a9a8-885d-11e7-9990-00f1d9f3827b" to distinctFrom if they differ on purpose. (record 147, column "fullStatement")',
    );
  });

  it('stays quiet about grade-specific variants', () => {
    // "based on grade 1 reading" and "based on grade 2 reading": numbers weigh three times.
    const grade1 = at(findings, '7fbbd2fa-885d-11e7-a99d-449ef607a326');
    expect(grade1.flatMap((finding) => finding.related.map((related) => related.message))).toEqual([]);
  });

  it('positions findings on the record line of the CSV', () => {
    const [first] = withMessage(at(findings, '83a9d3bc-885d-11e7-8edf-7bbafcea4b0d'), 'same');
    expect(first?.range.start).toEqual({ line: 3, column: 38 });
  });
});

describe.skipIf(corpusMissing)('competency-overlap on the ESCO sample', () => {
  it('reports the one near-duplicate pair of skill labels', async () => {
    const findings = await lintSheet(ESCO, ', columns: { id: ID, statement: PREFERREDLABEL }');
    expect(findings.map((finding) => `${finding.definitionId} ${finding.range.start.line}`)).toEqual(['key_19483 417', 'key_20180 5375']);
    expect(findings[0]?.message).toBe(
      'Statement is close to that of competency "key_20180" (similarity 0.80): "maintain personal hygiene standards when cleaning" ~ "maintain personal hygiene standards". Shared words: maintain, personal, hygiene, standards. Only here: cleaning. Only in "key_20180": none. Merge them, or add "key_20180" to distinctFrom if they differ on purpose. (record 62, column "PREFERREDLABEL")',
    );
  });

  it('reports descriptions written from one template', async () => {
    const findings = await lintSheet(ESCO, ', columns: { id: ID, statement: DESCRIPTION, name: PREFERREDLABEL }');
    // RAGE's description is CryEngine's without the engine's name; Lisp and Common Lisp share one.
    expect(findings.map((finding) => `${finding.definitionId} ${finding.message.slice(0, 70)}`)).toEqual([
      'key_19686 Statement is close to that of competency "key_20092" (similarity 0.86)',
      'key_20092 Statement is close to that of competency "key_19686" (similarity 0.86)',
      'key_20106 Statement is close to that of competency "key_20168" (similarity 0.91)',
      'key_20168 Statement is close to that of competency "key_20106" (similarity 0.91)',
    ]);
  });

  it('compares the French skill groups with French stemming and stop words', async () => {
    const findings = await lintSheet(ESCO_FRENCH_GROUPS, ', columns: { id: ID, statement: PREFERREDLABEL }', 'language: fr\n');
    expect(withMessage(findings, 'same')).toHaveLength(231);
    expect(withMessage(findings, 'overlap')).toHaveLength(12);
    const repair = withMessage(at(findings, 'key_1038'), 'overlap');
    expect(repair.map((finding) => finding.message)).toEqual([
      'Statement is close to that of competency "key_1108" (similarity 0.84): "installer, entretenir et réparer des équipements électriques, électroniques et de précision" ~ "installer et réparer des équipements électriques, électroniques et de précision". Shared words: installer, réparer, équipements, électriques, électroniques, précision. Only here: entretenir. Only in "key_1108": none. Merge them, or add "key_1108" to distinctFrom if they differ on purpose. (record 419, column "PREFERREDLABEL")',
    ]);
    // "sans" and "avec" are stop words in the French list, but a negation is kept.
    expect(at(findings, 'key_636')).toEqual([]);
  });
});
