/** Imports the real frameworks and badge files of the shared corpus. */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { runCli } from '../helpers/cli.js';
import { CORPUS, countBy, HAS_CORPUS, importJson, tempRepo } from './helpers.js';

const corpus = (file: string) => path.join(CORPUS, file);
type Definition = Record<string, unknown>;

function imported(root: string, plural: string): Definition[] {
  const file = path.join(root, 'imported', `${plural}.yaml`);
  return (parse(fs.readFileSync(file, 'utf8')) as Record<string, Definition[]>)[plural] ?? [];
}

function lintErrors(root: string): string {
  const result = runCli(['lint', '--today', '2026-12-04'], { cwd: root });
  // Only finding lines count: a code frame may quote a statement that contains the word "error".
  return result.stdout.split('\n').filter((line) => /^ +\d+:\d+ +error /.test(line)).join('\n');
}

describe.skipIf(!HAS_CORPUS)('import of the corpus', { timeout: 120_000 }, () => {
  it('OSMT import CSV', () => {
    const root = tempRepo();
    const { report } = importJson(root, [corpus('osmt-rsd/Skills-Import.csv')]);
    expect(report.input.records).toBe(2);
    expect(report.plan.map((entry) => entry.action)).toEqual(['create', 'create']);

    const [first] = imported(root, 'competencies');
    expect(first?.statement).toBe('Access data and data stores using the .NET Framework.');
    expect(first?.name).toBe('Data and Data Store Access');
    expect(first?.tags).toEqual(['.NET Framework', 'ADO.NET', 'Language Integrated Query (LINQ)', 'WCF Data Services', 'XML']);
    expect(first?.alignments).toEqual([{ name: '.NET Framework', url: 'https://skills.emsidata.com/skills/KS1200B62W5ZF38RJ7TD' }]);
    expect(first?.['x-BLS Broad Occupation']).toBe('15-1220; 15-1250; 15-1290');
    expect(lintErrors(root)).toBe('');
  });

  it('OSMT skill descriptor JSON', () => {
    const root = tempRepo();
    const { report } = importJson(root, [corpus('osmt-rsd/rsd-collection-it-network.v3.json')]);
    expect(report.plan).toHaveLength(24);
    const repeated = report.problems.filter((problem) => problem.messageId === 'repeatedItem');
    expect(repeated.length).toBeGreaterThan(0);

    const skill = imported(root, 'competencies').find((item) => item.id === 'f6538cc1-8fdf-4f11-b373-781571b386bf');
    expect(skill?.name).toBe('Validation and Troubleshooting');
    expect((skill?.tags as string[]).filter((tag) => tag === 'Authentications')).toHaveLength(1);
    expect(skill?.['x-occupations']).toBeInstanceOf(Array);
    expect(lintErrors(root)).toBe('');
  });

  it('ESCO sample skills', () => {
    const root = tempRepo();
    const { report } = importJson(root, [corpus('esco-tabiya/sample_skills.csv')]);
    expect(report.input.records).toBe(1000);
    expect(report.input.skipped).toBe(0);
    expect(report.plan).toHaveLength(1000);
    expect(countBy(report.problems, (problem) => problem.messageId)).toEqual({ trimmed: 24 });

    const skill = imported(root, 'competencies').find((item) => item.id === 'key_19422');
    expect(skill?.name).toBe('manage musical staff');
    expect(skill?.statement).toBe('Assign and manage staff tasks in areas such as scoring, arranging, copying music and vocal coaching.');
    expect(String(skill?.['x-ALTLABELS']).split('\n')).toHaveLength(5);
    const withNbsp = imported(root, 'competencies').filter((item) => JSON.stringify(item).includes('\u00a0'));
    expect(withNbsp.length).toBeGreaterThan(0);
  });

  it('CCSS CASE CSV and XLSX agree', () => {
    const csvRoot = tempRepo();
    const csv = importJson(csvRoot, [corpus('ccss-ela-case/ccsso_ela_item.csv')]).report;
    const xlsxRoot = tempRepo();
    const xlsx = importJson(xlsxRoot, [corpus('ccss-ela-case/ccsso_ela.xlsx'), '--sheet', 'CF Item']).report;

    expect(csv.plan).toHaveLength(1189);
    expect(xlsx.plan).toHaveLength(1189);
    // 114 statements appear more than once, in 434 records after their first.
    expect(countBy(csv.problems, (problem) => problem.messageId).sameText).toBe(434);
    expect(countBy(xlsx.problems, (problem) => problem.messageId).sameText).toBe(434);
    const converted = xlsx.problems.filter((problem) => problem.messageId === 'cellValue');
    expect(converted.map((problem) => problem.message)).toEqual([
      'Value converted: the cell holds the number 11.12; it was read as "11.12". (sheet "CF Item", cell J354, record 353, column "educationLevel")',
    ]);

    const fromCsv = imported(csvRoot, 'competencies');
    const fromXlsx = imported(xlsxRoot, 'competencies');
    const first = fromXlsx.find((item) => item.id === '7fbbd2fa-885d-11e7-a99d-449ef607a326');
    expect(first?.['x-educationLevel']).toBe('01');
    expect(first?.['x-smartLevel']).toBe('3.6.2.1');
    expect(first?.['x-humanCodingScheme']).toBe('L.1.4');
    expect(fromXlsx.map((item) => item.id)).toEqual(fromCsv.map((item) => item.id));
  });

  it('Moodle pharmacy framework', () => {
    const root = tempRepo();
    const { report } = importJson(root, [corpus('moodle-pharmacy-competencies/pharmacy-framework.moodle.csv')]);
    expect(report.plan).toHaveLength(210);
    expect(countBy(report.problems, (problem) => problem.messageId)).toEqual({ fallback: 32 });

    const items = imported(root, 'competencies');
    const byId = new Map(items.map((item) => [String(item.id), item]));
    expect(byId.get('1.1.2')?.['x-parent']).toBe('1.1');
    expect(byId.get('1.1')?.['x-parent']).toBe('1');
    const depth = (item: Definition | undefined): number => {
      const parent = item?.['x-parent'];
      return typeof parent === 'string' ? 1 + depth(byId.get(parent)) : 1;
    };
    expect(countBy(items, (item) => String(depth(item)))).toEqual({ '1': 7, '2': 25, '3': 178 });
    expect(byId.get('1.2')?.statement).toBe('Practises professionally');
    expect(lintErrors(root)).toBe('');
  });

  it('Open Badges 1.0 directory', () => {
    const root = tempRepo();
    const { report } = importJson(root, [corpus('obdirectory-2014/badges.ndjson')]);
    expect(report.input.format).toBe('NDJSON');
    expect(report.input.records).toBe(658);
    const counts = countBy(report.problems, (problem) => problem.messageId);
    expect(counts.repeatedRecord).toBe(572);
    expect(counts.noCompetency).toBe(86);
    expect(counts.legacyKey).toBeGreaterThan(0);
    expect(report.plan.reduce((total, entry) => total + entry.records.length, 0)).toBe(658);

    const badge = imported(root, 'badges').find((item) => item.id === 'mooc-gdp-planification');
    expect(badge?.competencies).toEqual([]);
    expect(badge?.criteria).toEqual({ url: 'https://badge.unow.fr/badges/criteria/29/70f4f6fa280fc29e62bb17b5d3ae95ce' });
    expect(badge?.['x-issuer']).toBe('https://badge.unow.fr/api/v1/organizations/1-unow-mooc-badges.json');
    expect(lintErrors(root)).toBe('');
  });

  it('Open Badges 3.0 achievements', () => {
    const root = tempRepo();
    const files = fs.readdirSync(path.join(CORPUS, 'cognipilot-ob3')).filter((name) => name.startsWith('achievements__')).sort();
    expect(files).toHaveLength(19);
    for (const file of files) importJson(root, [corpus(`cognipilot-ob3/${file}`)]);

    const badges = imported(root, 'badges');
    expect(badges).toHaveLength(19);
    const gold = badges.find((item) => item.id === 'gold-member-2026');
    expect(gold?.achievementType).toBe('Membership');
    expect(gold?.image).toBe('https://credentials.cognipilot.org/images/badges/GoldMember2026.svg');
    expect(gold?.tags).toEqual(['Supporter', 'Gold', '2026']);
    expect(gold?.competencies).toEqual([]);

    const credential = importJson(root, [corpus('cognipilot-ob3/examples__maintainer-rumoca__credential.json'), '--dry-run']).report;
    expect(credential.plan.map((entry) => entry.id)).toEqual(['maintainer-rumoca']);
    expect(lintErrors(root)).toBe('');
  });
});
