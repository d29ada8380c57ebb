/** The "Pass rates" site section: only on pages with outcomes, escaped, with every number and finding in words. */
import path from 'node:path';

import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';

import { passRateExtensions } from '../../src/charts/pass-rate-sections.js';
import { computeStats, type StatsResult } from '../../src/outcomes/run.js';
import type { PassRateOptions } from '../../src/rules/pass-rate.js';
import { buildSite } from '../../src/site/build.js';
import { attribute, elements, textOf, type Element, type Node } from '../helpers/html.js';
import { programFiles } from '../helpers/program.js';
import { lintFiles, ROOT, type FileMap } from '../helpers/workspace.js';

const HEADER = 'Learner,Badge,Competency,Passed,Date';

/** 40 outcomes of the whole badge in each listed quarter: `passes` of them pass. */
function quarterRows(badge: string, quarters: Record<string, number>): string[] {
  return Object.entries(quarters).flatMap(([month, passes]) =>
    Array.from({ length: 40 }, (_, i) => `${badge}-${month}-${i},${badge},,${i < passes ? 'yes' : 'no'},${month}-${String(1 + (i % 28)).padStart(2, '0')}`),
  );
}

// Easy: 50% and 55% in the first two quarters, none in the third, 97.5% in the fourth (above
// the band and a drift). Thin: one outcome. Competency k2: two outcomes through badge "scored".
const RESULTS = [
  HEADER,
  ...quarterRows('easy', { '2026-01': 20, '2026-04': 22, '2026-10': 39 }),
  'x,thin,,yes,2026-03-03',
  's1,scored,k2,yes,2026-02-02',
  's2,scored,k2,no,2026-02-03',
  '',
].join('\n');

interface Built {
  result: StatsResult;
  pages: Map<string, string>;
}

async function buildWithResults(files: FileMap, csv: string, overrides: Partial<PassRateOptions> = {}): Promise<Built> {
  const { workspace } = lintFiles(files);
  const result = computeStats({ workspace, file: path.join(ROOT, 'results.csv'), bytes: Buffer.from(csv, 'utf8'), today: '2026-12-04', overrides });
  if ('error' in result) throw new Error(`cannot read the results: ${result.error}`);
  const built = await buildSite({ model: workspace.model, config: workspace.config, extensions: passRateExtensions(result.report) });
  return { result, pages: new Map(built.map((file) => [file.path, String(file.content)])) };
}

function documentOf(built: Built, page: string): Node {
  const content = built.pages.get(page);
  if (content === undefined) throw new Error(`no page ${page}`);
  return parse(content);
}

function passRateSection(document: Node): Element | undefined {
  return elements(document, 'section').find((section) => attribute(section, 'aria-labelledby') === 'pass-rates');
}

function text(node: Node): string {
  return textOf(node).replace(/\s+/g, ' ').trim();
}

/** Returns the rate table as rows of cell texts, header cells included. */
function tableRows(section: Element): string[][] {
  const table = elements(section, 'table')[0];
  if (table === undefined) throw new Error('no table in the section');
  return elements(table, 'tr').map((row) => row.childNodes.filter((cell): cell is Element => 'tagName' in cell).map(text));
}

const program = await buildWithResults(programFiles(), RESULTS);

describe('pass-rate site sections', () => {
  it('appear only on pages with outcomes', () => {
    const withSection = [...program.pages.keys()].filter((page) => page.endsWith('.html') && passRateSection(documentOf(program, page)) !== undefined);
    expect(withSection.sort()).toEqual(['badges/easy/index.html', 'badges/scored/index.html', 'badges/thin/index.html', 'competencies/k2/index.html']);
    expect(program.pages.get('badges/steady/index.html')).not.toContain('Pass rates');
    expect(program.pages.get('index.html')).not.toContain('Pass rates');
  });

  it('inline the chart with its accessible name', () => {
    const section = passRateSection(documentOf(program, 'badges/easy/index.html')) as Element;
    const svg = elements(section, 'svg');
    expect(svg).toHaveLength(1);
    expect(attribute(svg[0] as Element, 'role')).toBe('img');
    expect(attribute(svg[0] as Element, 'aria-labelledby')).toBe('pass-rate-badge-easy-title pass-rate-badge-easy-desc');
    const title = elements(section, 'title').find((element) => attribute(element, 'id') === 'pass-rate-badge-easy-title');
    expect(text(title as Element)).toBe('Pass rate of badge Easy badge by period');
  });

  it('tabulate every period, thin and empty ones too', () => {
    const section = passRateSection(documentOf(program, 'badges/easy/index.html')) as Element;
    expect(tableRows(section)).toEqual([
      ['Quarter', 'Outcomes', 'Passed', 'Pass rate', 'Change'],
      ['2026-Q1', '40', '20', '50.0%', '–'],
      ['2026-Q2', '40', '22', '55.0%', '+5.0 points since 2026-Q1'],
      ['2026-Q3', '0', '0', 'no outcomes', '–'],
      ['2026-Q4', '40', '39', '97.5%', '+42.5 points since 2026-Q2'],
      ['All quarters', '120', '81', '67.5%', ''],
    ]);

    const competency = passRateSection(documentOf(program, 'competencies/k2/index.html')) as Element;
    expect(tableRows(competency)[1]).toEqual(['2026-Q1', '2', '1', '50.0% (too few to judge)', '–']);
    expect(text(elements(competency, 'caption')[0] as Element)).toBe('Pass rate of this competency by quarter');
  });

  it('name each finding in a sentence', () => {
    const section = passRateSection(documentOf(program, 'badges/easy/index.html')) as Element;
    expect(elements(section, 'li').map(text)).toEqual([
      '2026-Q4: the pass rate of 97.5% (39 of 40 passed) is above the band maximum of 95.0%.',
      '2026-Q4: the pass rate moved from 55.0% in 2026-Q2 to 97.5% (+42.5 points, 39 of 40 passed), more than the 15.0 points allowed.',
    ]);
    expect(text(section)).toContain('120 assessment outcomes from 2026-Q1 to 2026-Q4, by quarter: 81 passed (67.5%).');
    expect(text(section)).toContain('A pass rate is expected between 30.0% and 95.0%.');

    const thin = passRateSection(documentOf(program, 'badges/thin/index.html')) as Element;
    expect(elements(thin, 'li')).toEqual([]);
    expect(text(thin)).toContain('No quarter raised a pass-rate finding.');
  });

  it('follow the thresholds and period of the command line', async () => {
    const monthly = await buildWithResults(programFiles(), RESULTS, { period: 'month', maxRate: 0.99 });
    const section = passRateSection(documentOf(monthly, 'badges/easy/index.html')) as Element;
    expect(tableRows(section)[0]?.[0]).toBe('Month');
    expect(tableRows(section)).toHaveLength(2 + 10);
    expect(elements(section, 'li').map(text)).toEqual([
      '2026-10: the pass rate moved from 55.0% in 2026-04 to 97.5% (+42.5 points, 39 of 40 passed), more than the 15.0 points allowed.',
    ]);
  });

  it('leave out findings the config turns off', async () => {
    const config = `${String(programFiles()['badgemap.yaml'])}\n  pass-rate: off\n`;
    const quiet = await buildWithResults(programFiles({ 'badgemap.yaml': config }), RESULTS);
    expect(quiet.result.findings.filter((finding) => finding.ruleId === 'pass-rate')).toEqual([]);
    const section = passRateSection(documentOf(quiet, 'badges/easy/index.html')) as Element;
    expect(elements(section, 'li')).toEqual([]);
    expect(text(section)).toContain('No quarter raised a pass-rate finding.');
    expect(quiet.pages.get('badges/easy/index.html')).not.toContain('#b54708');
    expect(program.pages.get('badges/easy/index.html')).toContain('#b54708');
  });

  it('escape names from the definitions', async () => {
    const name = '<script>alert(1)</script> & "R&D"';
    const files = programFiles({
      'program.yaml': String(programFiles()['program.yaml']).replace('name: Easy badge', `name: ${JSON.stringify(name)}`),
    });
    const built = await buildWithResults(files, RESULTS);
    const document = documentOf(built, 'badges/easy/index.html');
    expect(elements(document, 'script')).toEqual([]);
    const section = passRateSection(document) as Element;
    const title = elements(section, 'title').find((element) => attribute(element, 'id') === 'pass-rate-badge-easy-title');
    expect(text(title as Element)).toBe(`Pass rate of badge ${name} by period`);
    expect(built.pages.get('badges/easy/index.html')).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;R&amp;D&quot;');
  });

  it('give the same bytes twice', async () => {
    const again = await buildWithResults(programFiles(), RESULTS);
    expect([...again.pages.keys()]).toEqual([...program.pages.keys()]);
    for (const [page, content] of program.pages) expect(again.pages.get(page), page).toBe(content);
  });
});
