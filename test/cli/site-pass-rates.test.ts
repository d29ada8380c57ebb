/**
 * Golden tests of `badgemap site --results` on the bundled example: the pages that have
 * outcomes hold the chart, the table and the findings exactly as committed under
 * test/fixtures/site-expected/, agree with `badgemap stats`, and bad input behaves as it does
 * for `stats`.
 */
import fs from 'node:fs';
import path from 'node:path';

import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';

import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { attribute, elements, textOf, type Element } from '../helpers/html.js';
import { tempDir } from '../helpers/temp.js';

const EXAMPLES = path.join(PROJECT_ROOT, 'examples');
const EXPECTED = path.join(PROJECT_ROOT, 'test/fixtures/site-expected');
const RESULTS = 'assessment/results-2026.csv';
const TODAY = ['--today', '2026-12-04'];

interface StatsSeries {
  id: string;
  outcomes: number;
  passed: number;
  periods: { period: string; outcomes: number; passed: number; rate: number | null }[];
}

/** Lists every file under a folder, as sorted paths with `/` separators. */
function listFiles(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((entry) => fs.statSync(path.join(root, entry)).isFile())
    .map((entry) => entry.split(path.sep).join('/'))
    .sort();
}

/** Returns the HTML of a page's "Pass rates" section, or `undefined` when it has none. */
function passRateSection(out: string, page: string): string | undefined {
  const html = fs.readFileSync(path.join(out, page), 'utf8');
  const start = html.indexOf('<section aria-labelledby="pass-rates">');
  if (start < 0) return undefined;
  return html.slice(start, html.indexOf('</section>', start) + '</section>'.length);
}

function tableRows(section: string): string[][] {
  const table = elements(parse(section), 'table')[0] as Element;
  return elements(table, 'tr').map((row) =>
    row.childNodes.filter((cell): cell is Element => 'tagName' in cell).map((cell) => textOf(cell).replace(/\s+/g, ' ').trim()),
  );
}

function displayPath(target: string, cwd: string): string {
  return path.relative(cwd, target).split(path.sep).join('/');
}

/** Copies the bundled example to a temporary folder, so that a test can add files and config. */
function exampleCopy(): string {
  const folder = tempDir('badgemap-site-results-');
  fs.cpSync(EXAMPLES, folder, { recursive: true });
  return folder;
}

describe('site with pass rates of the bundled example', () => {
  let out: string;
  let result: ReturnType<typeof runCli>;

  beforeAll(() => {
    out = path.join(tempDir('badgemap-site-rates-'), 'public');
    result = runCli(['site', '--out', out, '--results', RESULTS, ...TODAY], { cwd: EXAMPLES });
  });

  it('reports the pages it added pass rates to', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `Wrote the site of 5 badges and 14 competencies to ${displayPath(out, EXAMPLES)}/: 26 files written, 0 unchanged. ` +
        `Pass rates from ${RESULTS} shown on 2 badge pages and 3 competency pages, with 2 warnings; run badgemap stats to see them.\n`,
    );
  });

  it.each([
    ['badges/injection-detection-1/index.html', 'pass-rates-injection-detection-1.html'],
    ['competencies/pc-shared-decision/index.html', 'pass-rates-pc-shared-decision.html'],
  ])('writes the chart, table and findings of %s', (page, golden) => {
    expect(`${passRateSection(out, page)}\n`).toBe(fs.readFileSync(path.join(EXPECTED, golden), 'utf8'));
  });

  it('adds the section only to pages with outcomes', () => {
    const withRates = listFiles(out).filter((page) => page.endsWith('.html') && passRateSection(out, page) !== undefined);
    expect(withRates).toEqual([
      'badges/injection-detection-1/index.html',
      'badges/patient-communication/index.html',
      'competencies/pc-elicit-concerns/index.html',
      'competencies/pc-explain-plan/index.html',
      'competencies/pc-shared-decision/index.html',
    ]);
  });

  it('shows the numbers badgemap stats reports', () => {
    const stats = runCli(['stats', RESULTS, '--format', 'json', ...TODAY], { cwd: EXAMPLES });
    expect(stats.status).toBe(0);
    const report = JSON.parse(stats.stdout) as { badges: StatsSeries[]; competencies: StatsSeries[] };

    const pages = [...report.badges.map((series) => ['badges', series] as const), ...report.competencies.map((series) => ['competencies', series] as const)];
    expect(pages).toHaveLength(5);
    for (const [folder, series] of pages) {
      const section = passRateSection(out, `${folder}/${series.id}/index.html`);
      expect(section, series.id).toBeDefined();
      const rows = tableRows(section as string);
      const periods = series.periods.map((period) => [period.period, String(period.outcomes), String(period.passed), `${((period.rate ?? 0) * 100).toFixed(1)}%`]);
      expect(rows.slice(1, -1).map((row) => row.slice(0, 4)), series.id).toEqual(periods);
      expect(rows[rows.length - 1]?.slice(0, 3), series.id).toEqual(['All quarters', String(series.outcomes), String(series.passed)]);
    }
  });

  it('inlines one labelled chart per page, with no script', () => {
    const document = parse(fs.readFileSync(path.join(out, 'badges/injection-detection-1/index.html'), 'utf8'));
    expect(elements(document, 'script')).toEqual([]);
    const charts = elements(document, 'svg').filter((svg) => attribute(svg, 'role') === 'img');
    expect(charts.map((svg) => attribute(svg, 'aria-labelledby'))).toEqual(['pass-rate-badge-injection-detection-1-title pass-rate-badge-injection-detection-1-desc']);
  });

  it('writes identical bytes anywhere, once', () => {
    const other = path.join(tempDir('badgemap-site-rates-again-'), 'public');
    const env = { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' };
    expect(runCli(['site', '--out', other, '--results', RESULTS, ...TODAY], { cwd: EXAMPLES, env }).status).toBe(0);
    expect(listFiles(other)).toEqual(listFiles(out));
    for (const file of listFiles(other)) expect(fs.readFileSync(path.join(other, file)).equals(fs.readFileSync(path.join(out, file))), file).toBe(true);

    const rerun = runCli(['site', '--out', other, '--results', RESULTS, ...TODAY], { cwd: EXAMPLES });
    expect(rerun.stdout).toMatch(/: 0 files written, 26 unchanged\. Pass rates from /);
    expect(listFiles(other).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });
});

describe('site pass-rate options', () => {
  it('takes --period and the thresholds from the command line', () => {
    const out = path.join(tempDir('badgemap-site-monthly-'), 'public');
    const result = runCli(['site', '--out', out, '--results', RESULTS, '--period', 'month', '--max-rate', '99%', ...TODAY], { cwd: EXAMPLES });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const section = passRateSection(out, 'badges/injection-detection-1/index.html') as string;
    expect(tableRows(section)[0]?.[0]).toBe('Month');
    expect(section).toContain('A pass rate is expected between 30.0% and 99.0%.');
    expect(section).not.toContain('above the band maximum');
  });

  it('reads the pass-rate rule options in badgemap.yaml', () => {
    const repository = exampleCopy();
    fs.appendFileSync(path.join(repository, 'badgemap.yaml'), '  pass-rate: { severity: warn, minRate: 0.7, maxChange: 0.5 }\n');
    const out = path.join(repository, 'public');
    const result = runCli(['site', '--out', out, '--results', RESULTS, ...TODAY], { cwd: repository });
    expect(result.status).toBe(0);
    const section = passRateSection(out, 'badges/injection-detection-1/index.html') as string;
    expect(section).toContain('A pass rate is expected between 70.0% and 95.0%.');
    expect(section).toContain('2026-Q1: the pass rate of 62.5% (25 of 40 passed) is below the band minimum of 70.0%.');
    expect(section).not.toContain('more than the 50.0 points allowed');
  });

  it('leaves out findings the config turns off', () => {
    const repository = exampleCopy();
    fs.appendFileSync(path.join(repository, 'badgemap.yaml'), '  pass-rate: off\n');
    const out = path.join(repository, 'public');
    const result = runCli(['site', '--out', out, '--results', RESULTS, ...TODAY], { cwd: repository });
    expect(result.stdout).toMatch(/Pass rates from assessment\/results-2026\.csv shown on 2 badge pages and 3 competency pages\.\n$/);
    const section = passRateSection(out, 'badges/injection-detection-1/index.html') as string;
    expect(section).toContain('<p>No quarter raised a pass-rate finding.</p>');
  });

  it('adds nothing without --results', () => {
    const out = path.join(tempDir('badgemap-site-plain-'), 'public');
    expect(runCli(['site', '--out', out, ...TODAY], { cwd: EXAMPLES }).status).toBe(0);
    expect(listFiles(out).filter((page) => page.endsWith('.html') && passRateSection(out, page) !== undefined)).toEqual([]);
  });
});

describe('site with bad results', () => {
  it('writes nothing and reports each bad row with its line and column', () => {
    const repository = exampleCopy();
    fs.writeFileSync(
      path.join(repository, 'bad.csv'),
      'Learner,Badge,Passed,Date\na,injection-detection-1,yes,2026-02-30\nb,injection-detecton-1,yes,2026-02-03\nc,injection-detection-1,yes,2026-02-04\n',
    );
    const out = path.join(repository, 'public');
    const result = runCli(['site', '--out', out, '--results', 'bad.csv', ...TODAY], { cwd: repository });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('badgemap: site not written: fix the 2 errors in bad.csv above first.\n');
    expect(result.stdout).toContain('bad.csv\n  2:29  error    "2026-02-30" is not a date: write it as YYYY-MM-DD.');
    expect(result.stdout).toContain('  3:3  error    No badge has id "injection-detecton-1" (1 row, the first here). Did you mean "injection-detection-1"?');
    expect(result.stdout).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('writes the findings in the requested format', () => {
    const repository = exampleCopy();
    fs.writeFileSync(path.join(repository, 'empty.csv'), '');
    const result = runCli(['site', '--out', 'public', '--results', 'empty.csv', '--format', 'json', ...TODAY], { cwd: repository });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('badgemap: site not written: fix the 1 error in empty.csv above first.\n');
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string; file: string; range: { start: { line: number; column: number } } }[] };
    expect(report.findings.map((finding) => [finding.ruleId, finding.file, finding.range.start.line, finding.range.start.column])).toEqual([['result-row', 'empty.csv', 1, 1]]);
    expect(fs.existsSync(path.join(repository, 'public'))).toBe(false);
  });

  it('publishes when the config lowers result-row to a warning', () => {
    const repository = exampleCopy();
    fs.appendFileSync(path.join(repository, 'badgemap.yaml'), '  result-row: warn\n');
    fs.writeFileSync(path.join(repository, 'typo.csv'), `${fs.readFileSync(path.join(EXAMPLES, RESULTS), 'utf8')}z,injection-detecton-1,,,yes,2026-11-02\n`);
    const result = runCli(['site', '--out', 'public', '--results', 'typo.csv', ...TODAY], { cwd: repository });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Pass rates from typo\.csv shown on 2 badge pages and 3 competency pages, with 3 warnings; run badgemap stats to see them\.\n$/);
  });

  it.each([
    ['an unreadable file', ['--results', 'missing.csv'], 'badgemap: Cannot read missing.csv: file not found.\n'],
    ['a period without results', ['--period', 'month'], 'badgemap: --period has no effect without --results FILE, the assessment results to chart.\n'],
    ['table options without results', ['--map', 'date=When', '--sheet', 'x'], 'badgemap: --map and --sheet have no effect without --results FILE, the assessment results to chart.\n'],
    ['an invalid period', ['--results', RESULTS, '--period', 'week'], 'badgemap: Invalid --period "week": use month or quarter.\n'],
    ['an invalid share', ['--results', RESULTS, '--min-rate', 'half'], 'badgemap: Invalid --min-rate "half": use a share from 0 to 1 such as 0.3, or a percentage such as 30%.\n'],
    ['a mapped column the file lacks', ['--results', RESULTS, '--map', 'date=When'], 'badgemap: --map date=When: the file has no column "When". Its columns are: Learner, Badge, Criterion, Level, Passed, Date.\n'],
  ])('stops with one line on %s', (_, args, stderr) => {
    const out = path.join(tempDir('badgemap-site-usage-'), 'public');
    const result = runCli(['site', '--out', out, ...args, ...TODAY], { cwd: EXAMPLES });
    expect(result).toEqual({ status: 2, stdout: '', stderr });
    expect(fs.existsSync(out)).toBe(false);
  });
});
