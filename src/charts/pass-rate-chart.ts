/**
 * A pass-rate chart as static, accessible SVG: no script, a title and description that
 * screen readers announce, a tooltip title on every point, and the band drawn behind the
 * line. The same input gives the same bytes.
 */
import { seg } from '../export/layout.js';
import type { OutputFile } from '../export/output.js';
import type { RateSeries, StatsReport } from '../outcomes/analyse.js';
import { formatChange } from '../outcomes/findings.js';
import type { PassRateThresholds } from '../stats/pass-rate.js';
import { formatPercent } from '../util/text.js';

export interface ChartOptions {
  /** Makes the element ids unique when several charts share a page. */
  idPrefix: string;
  width?: number;
  height?: number;
}

const MARGIN = { top: 16, right: 16, bottom: 40, left: 48 };
const GRID = [0, 0.25, 0.5, 0.75, 1];
/** Space between the plot's edges and the first and last point, in pixels. */
const EDGE = 28;
/** At most this many period labels fit under the axis; the others are left out. */
const MAX_LABELS = 12;

export function passRateChart(series: RateSeries, thresholds: PassRateThresholds, options: ChartOptions): string {
  const width = options.width ?? 640;
  const height = options.height ?? 260;
  const plot = { left: MARGIN.left, top: MARGIN.top, width: width - MARGIN.left - MARGIN.right, height: height - MARGIN.top - MARGIN.bottom };
  const periods = series.periods;
  // Points keep clear of the plot's edges so that the first and last period labels fit.
  const inner = plot.width - 2 * EDGE;
  const x = (index: number) => plot.left + EDGE + (periods.length <= 1 ? inner / 2 : (index * inner) / (periods.length - 1));
  const y = (rate: number) => plot.top + (1 - rate) * plot.height;
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="${titleId}">${escapeXml(`Pass rate of ${series.kind} ${series.name} by period`)}</title>`,
    `<desc id="${descId}">${escapeXml(describe(series, thresholds))}</desc>`,
    `<rect x="${plot.left}" y="${fixed(y(thresholds.maxRate))}" width="${plot.width}" height="${fixed(y(thresholds.minRate) - y(thresholds.maxRate))}" fill="#e6f4ea"><title>${escapeXml(`Band ${formatPercent(thresholds.minRate)} to ${formatPercent(thresholds.maxRate)}`)}</title></rect>`,
    ...GRID.map((rate) => gridLine(plot, y(rate), rate)),
    ...axisLabels(periods.map((period) => period.period), x, plot.top + plot.height),
    ...lineSegments(series, x, y),
    ...points(series, x, y),
    '</svg>',
  ];
  return `${parts.join('\n')}\n`;
}

function describe(series: RateSeries, thresholds: PassRateThresholds): string {
  const withRates = series.periods.filter((period) => period.rate !== null);
  const first = series.periods[0]?.period ?? '';
  const last = series.periods[series.periods.length - 1]?.period ?? '';
  const values = withRates.map((period) => `${period.period} ${formatPercent(period.rate as number)}`).join(', ');
  return (
    `${series.outcomes} outcomes from ${first} to ${last}, ${formatPercent(series.rate ?? 0)} passed overall. ` +
    `Band ${formatPercent(thresholds.minRate)} to ${formatPercent(thresholds.maxRate)}. Rates: ${values || 'none'}.`
  );
}

function gridLine(plot: { left: number; width: number }, y: number, rate: number): string {
  return (
    `<line x1="${plot.left}" y1="${fixed(y)}" x2="${plot.left + plot.width}" y2="${fixed(y)}" stroke="#c8c8c8" stroke-width="1"/>` +
    `<text x="${plot.left - 6}" y="${fixed(y + 4)}" text-anchor="end" fill="#333">${formatPercent(rate, 0)}</text>`
  );
}

function axisLabels(periods: readonly string[], x: (index: number) => number, baseline: number): string[] {
  const step = Math.max(1, Math.ceil(periods.length / MAX_LABELS));
  return periods.flatMap((period, index) =>
    index % step === 0 ? [`<text x="${fixed(x(index))}" y="${baseline + 18}" text-anchor="middle" fill="#333">${escapeXml(period)}</text>`] : [],
  );
}

/** Draws the line, broken where a period has no outcomes so that no rate is invented. */
function lineSegments(series: RateSeries, x: (index: number) => number, y: (rate: number) => number): string[] {
  const segments: string[][] = [];
  let current: string[] = [];
  series.periods.forEach((period, index) => {
    if (period.rate === null) {
      if (current.length > 0) segments.push(current);
      current = [];
      return;
    }
    current.push(`${fixed(x(index))},${fixed(y(period.rate))}`);
  });
  if (current.length > 0) segments.push(current);
  return segments.map((segment) => `<polyline points="${segment.join(' ')}" fill="none" stroke="#1a5490" stroke-width="2"/>`);
}

/**
 * Draws a filled dot per period with enough outcomes and a hollow one for a thin period. A
 * period that raised a finding is drawn larger in orange, and its title names the finding,
 * so the chart does not rely on colour alone.
 */
function points(series: RateSeries, x: (index: number) => number, y: (rate: number) => number): string[] {
  const flagged = new Map<string, string[]>();
  for (const signal of series.signals) {
    const notes = flagged.get(signal.period.period) ?? [];
    notes.push(signal.kind === 'drift' ? `moved ${formatChange(signal.period.change)} since ${signal.previous.period}` : `${signal.kind} the band`);
    flagged.set(signal.period.period, notes);
  }

  return series.periods.flatMap((period, index) => {
    if (period.rate === null) return [];
    const notes = flagged.get(period.period);
    const colour = notes === undefined ? '#1a5490' : '#b54708';
    const fill = period.enough ? colour : '#ffffff';
    const detail = [`${period.passed} of ${period.outcomes} passed`, ...(period.enough ? [] : ['too few to judge']), ...(notes ?? [])];
    const label = `${period.period}: ${formatPercent(period.rate)} (${detail.join('; ')})`;
    const radius = notes === undefined ? 4 : 6;
    return [`<circle cx="${fixed(x(index))}" cy="${fixed(y(period.rate))}" r="${radius}" fill="${fill}" stroke="${colour}" stroke-width="2"><title>${escapeXml(label)}</title></circle>`];
  });
}

function fixed(value: number): string {
  return Number(value.toFixed(2)).toString();
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Builds one chart per badge and competency of a stats report, at `badges/{seg(id)}.svg`
 * and `competencies/{seg(id)}.svg`, named like the pages they belong to. `stats --charts`
 * writes them; `site --results` inlines the same charts in the pages instead.
 */
export function passRateCharts(report: StatsReport): OutputFile[] {
  return [...report.badges, ...report.competencies].map((series) => {
    const folder = series.kind === 'badge' ? 'badges' : 'competencies';
    const name = seg(series.id);
    return { path: `${folder}/${name}.svg`, content: passRateChart(series, report.thresholds, { idPrefix: `pass-rate-${series.kind}-${name}` }) };
  });
}
