/**
 * The "Pass rates" section that `badgemap site --results` adds to the page of every badge
 * and competency with outcomes: the chart inline, a table of the same numbers for readers who
 * cannot see the picture, and each finding in a sentence. Pages without outcomes get none.
 */
import { seg } from '../export/layout.js';
import type { RateSeries, StatsReport } from '../outcomes/analyse.js';
import { formatChange, formatPoints } from '../outcomes/findings.js';
import type { PageSection, SiteExtensions } from '../site/extensions.js';
import { html, trustedHtml, type Html } from '../site/html.js';
import type { PassRateThresholds, PeriodRate, RateSignal } from '../stats/pass-rate.js';
import type { PeriodUnit } from '../stats/periods.js';
import { capitalise, formatPercent, plural } from '../util/text.js';
import { passRateChart } from './pass-rate-chart.js';

/** The fragment id of the section, so that a link can point at it: `…/index.html#pass-rates`. */
const PASS_RATE_SECTION_ID = 'pass-rates';

/**
 * Builds the site extension from a stats report. The report's signals are drawn as findings,
 * so pass it with the signals that `stats` reports (see `reportedSignals`).
 */
export function passRateExtensions(report: StatsReport): SiteExtensions {
  const badges = new Map(report.badges.map((series) => [series.id, series]));
  const competencies = new Map(report.competencies.map((series) => [series.id, series]));
  return {
    badgeSections: (badge) => passRateSections(badges.get(badge.id), report),
    competencySections: (competency) => passRateSections(competencies.get(competency.id), report),
  };
}

function passRateSections(series: RateSeries | undefined, report: StatsReport): PageSection[] {
  if (series === undefined || series.outcomes === 0) return [];
  return [{ id: PASS_RATE_SECTION_ID, heading: 'Pass rates', body: sectionBody(series, report) }];
}

function sectionBody(series: RateSeries, report: StatsReport): Html {
  const { thresholds } = report;
  const unit = report.period;
  const first = series.periods[0]?.period ?? '';
  const last = series.periods[series.periods.length - 1]?.period ?? '';
  const chart = passRateChart(series, thresholds, { idPrefix: `pass-rate-${series.kind}-${seg(series.id)}` });

  return html`<p>${plural(series.outcomes, 'assessment outcome')} from ${first} to ${last}, by ${unit}: ${series.passed} passed (${formatPercent(series.rate)}).
A pass rate is expected between ${formatPercent(thresholds.minRate)} and ${formatPercent(thresholds.maxRate)}.
A move of more than ${formatPoints(thresholds.maxChange)} from one ${unit} to the next is a finding when it is too large to be chance (a two-proportion z test at the 95% level).
${capitalise(unit)}s with fewer than ${plural(thresholds.minOutcomes, 'outcome')} are too few to judge.</p>
<figure class="chart">
${trustedHtml(chart.trimEnd())}
<figcaption>The shaded band is the expected range. Hollow dots are ${unit}s with too few outcomes to judge; larger orange dots are ${unit}s that raised a finding. The table gives the same numbers.</figcaption>
</figure>
${rateTable(series, unit)}
${findingList(series, thresholds, unit)}`;
}

function rateTable(series: RateSeries, unit: PeriodUnit): Html {
  const subject = series.kind === 'badge' ? 'this badge' : 'this competency';
  const rows = series.periods.map(
    (period) => html`<tr><th scope="row">${period.period}</th><td>${period.outcomes}</td><td>${period.passed}</td><td>${rateCell(period)}</td><td>${changeCell(period)}</td></tr>`,
  );
  return html`<div class="table-scroll"><table class="pass-rates">
<caption>Pass rate of ${subject} by ${unit}</caption>
<thead><tr><th scope="col">${capitalise(unit)}</th><th scope="col">Outcomes</th><th scope="col">Passed</th><th scope="col">Pass rate</th><th scope="col">Change</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th scope="row">All ${unit}s</th><td>${series.outcomes}</td><td>${series.passed}</td><td>${formatPercent(series.rate)}</td><td></td></tr></tfoot>
</table></div>`;
}

function rateCell(period: PeriodRate): Html | string {
  if (period.rate === null) return 'no outcomes';
  if (!period.enough) return html`${formatPercent(period.rate)} <span class="muted">(too few to judge)</span>`;
  return formatPercent(period.rate);
}

function changeCell(period: PeriodRate): string {
  if (period.change === null || period.comparedWith === null) return '–';
  return `${formatChange(period.change)} since ${period.comparedWith}`;
}

/** Writes each finding as a sentence, in period order, or one sentence when there is none. */
function findingList(series: RateSeries, thresholds: PassRateThresholds, unit: PeriodUnit): Html {
  if (series.signals.length === 0) return html`<p>No ${unit} raised a pass-rate finding.</p>`;
  const items = series.signals.map((signal) => html`<li>${describeSignal(signal, thresholds)}</li>`);
  return html`<h3>Findings</h3>
<ul class="pass-rate-findings">${items}</ul>`;
}

function describeSignal(signal: RateSignal, thresholds: PassRateThresholds): string {
  const { period } = signal;
  const counts = `${period.passed} of ${period.outcomes} passed`;
  if (signal.kind === 'drift') {
    return (
      `${period.period}: the pass rate moved from ${formatPercent(signal.previous.rate)} in ${signal.previous.period} to ${formatPercent(period.rate)} ` +
      `(${formatChange(period.change)}, ${counts}), more than the ${formatPoints(thresholds.maxChange)} allowed.`
    );
  }
  const side = signal.kind === 'below' ? 'below the band minimum' : 'above the band maximum';
  return `${period.period}: the pass rate of ${formatPercent(period.rate)} (${counts}) is ${side} of ${formatPercent(signal.bound)}.`;
}
