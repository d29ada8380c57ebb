/** The `stats` report in each format: stylish, json, csv and md. */
import type { RateSeries } from '../../outcomes/analyse.js';
import type { PeriodRate } from '../../stats/pass-rate.js';
import { formatPercent, plural } from '../../util/text.js';
import { displayPath } from '../paths.js';
import { formatStylish } from '../stylish.js';
import { csvLine, findingJson, findingRows, markdownTable, round6, textTable, type Align } from './tables.js';
import type { StatsInput } from './types.js';

export function statsStylish(input: StatsInput): string {
  const { styles } = input;
  const sections = [styles.bold(summaryLine(input)), styles.dim(thresholdLine(input))];
  for (const [title, series] of scopes(input)) {
    if (series.length === 0) continue;
    sections.push(`${styles.bold(title)}\n${textTable(...seriesTable(input, series))}`);
  }
  const findings = formatStylish({ findings: input.findings, cwd: input.cwd, lines: input.lines, styles });
  return `${sections.join('\n\n')}\n\n${findings}`;
}

export function statsJson(input: StatsInput): string {
  const { report } = input;
  const series = (item: RateSeries) => ({
    id: item.id,
    name: item.name,
    outcomes: item.outcomes,
    passed: item.passed,
    rate: round6(item.rate),
    periods: item.periods.map((period) => ({
      period: period.period,
      outcomes: period.outcomes,
      passed: period.passed,
      rate: round6(period.rate),
      enough: period.enough,
      change: round6(period.change),
      comparedWith: period.comparedWith,
    })),
  });
  const document = {
    version: 1,
    command: 'stats',
    file: displayPath(input.file, input.cwd),
    period: report.period,
    thresholds: {
      minRate: report.thresholds.minRate,
      maxRate: report.thresholds.maxRate,
      maxChange: report.thresholds.maxChange,
      minOutcomes: report.thresholds.minOutcomes,
    },
    periods: report.periods,
    totals: report.totals,
    badges: report.badges.map(series),
    competencies: report.competencies.map(series),
    findings: input.findings.map((finding) => findingJson(finding, input.cwd)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const CSV_HEADER = ['section', 'id', 'name', 'period', 'outcomes', 'passed', 'rate', 'change', 'compared_with', 'enough', 'severity', 'rule', 'file', 'line', 'column', 'message'];

/** Writes one row per series and period (long form, ready for a pivot table), then one per finding. */
export function statsCsv(input: StatsInput): string {
  const row = (values: Partial<Record<(typeof CSV_HEADER)[number], string | number | null>>) => csvLine(CSV_HEADER.map((column) => values[column]));
  const lines = [csvLine(CSV_HEADER)];
  for (const series of [...input.report.badges, ...input.report.competencies]) {
    for (const period of series.periods) {
      lines.push(row({
        section: series.kind,
        id: series.id,
        name: series.name,
        period: period.period,
        outcomes: period.outcomes,
        passed: period.passed,
        rate: round6(period.rate),
        change: round6(period.change),
        compared_with: period.comparedWith,
        enough: period.enough ? 'yes' : 'no',
      }));
    }
  }
  for (const finding of input.findings) {
    lines.push(row({ section: 'finding', severity: finding.severity, rule: finding.ruleId, file: displayPath(finding.file, input.cwd), line: finding.range.start.line, column: finding.range.start.column, message: finding.message }));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function statsMarkdown(input: StatsInput): string {
  const parts = [`# Pass rates in ${displayPath(input.file, input.cwd)}`, summaryLine(input), thresholdLine(input)];
  for (const [title, series] of scopes(input)) {
    parts.push(`## ${title}`, series.length === 0 ? 'No outcomes.' : markdownTable(...seriesTable(input, series)));
  }
  parts.push(
    '## Findings',
    input.findings.length === 0 ? 'No problems found.' : markdownTable(['location', 'severity', 'rule', 'message'], findingRows(input.findings, input.cwd), ['left', 'left', 'left', 'left']),
  );
  return `${parts.join('\n\n')}\n`;
}

function scopes(input: StatsInput): [string, RateSeries[]][] {
  return [
    ['Badges', input.report.badges],
    ['Competencies', input.report.competencies],
  ];
}

function summaryLine(input: StatsInput): string {
  const { report } = input;
  const span = report.periods.length === 0 ? 'no periods' : `${report.periods[0]} to ${report.periods[report.periods.length - 1]}`;
  return (
    `Pass rates in ${displayPath(input.file, input.cwd)} by ${report.period}: ${plural(report.totals.outcomes, 'outcome')}, ` +
    `${plural(report.totals.learners, 'learner')}, ${span}.`
  );
}

function thresholdLine(input: StatsInput): string {
  const { thresholds } = input.report;
  return (
    `Band ${formatPercent(thresholds.minRate)} to ${formatPercent(thresholds.maxRate)}, at most ${(thresholds.maxChange * 100).toFixed(1)} points ` +
    `between periods; periods with fewer than ${plural(thresholds.minOutcomes, 'outcome')} are marked * and raise no finding.`
  );
}

/** id, one column per period, then the overall rate; thin periods carry a `*`. */
function seriesTable(input: StatsInput, series: readonly RateSeries[]): [string[], string[][], Align[]] {
  const periods = input.report.periods;
  const header = ['id', ...periods, 'overall', 'outcomes'];
  const rows = series.map((item) => [item.id, ...item.periods.map(cell), formatPercent(item.rate), String(item.outcomes)]);
  const align: Align[] = ['left', ...periods.map((): Align => 'right'), 'right', 'right'];
  return [header, rows, align];
}

function cell(period: PeriodRate): string {
  if (period.rate === null) return '–';
  return `${formatPercent(period.rate)}${period.enough ? '' : '*'}`;
}
