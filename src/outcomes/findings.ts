/** Turns rate signals into `pass-rate` findings on the badge or competency definition's id. */
import type { SeverityResolver } from '../engine/severity.js';
import type { RawFinding } from '../finding.js';
import type { Model } from '../model/model.js';
import { locate, type Badge, type Competency } from '../model/types.js';
import { passRateRule } from '../rules/pass-rate.js';
import { createFinding } from '../rules/types.js';
import type { PassRateThresholds, RateSignal } from '../stats/pass-rate.js';
import { formatPercent } from '../util/text.js';
import type { RateSeries, StatsReport } from './analyse.js';

export function passRateFindings(report: StatsReport, model: Model): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const series of [...report.badges, ...report.competencies]) {
    const definition = model.get(series.kind, series.id);
    if (definition === undefined) continue;
    for (const signal of series.signals) findings.push(signalFinding(series, signal, definition, report.thresholds));
  }
  return findings;
}

/**
 * Keeps only the signals whose finding the config leaves on, through the `pass-rate` rule's
 * severity and the `overrides` for the definition's file or id. Charts and site pages draw
 * the signals, so they then mark exactly the findings that `stats` reports.
 */
export function reportedSignals(report: StatsReport, model: Model, severities: SeverityResolver): StatsReport {
  const filter = (series: RateSeries): RateSeries => {
    const definition = model.get(series.kind, series.id);
    const signals = series.signals.filter(
      (signal) => definition !== undefined && severities.levelOf(passRateRule, signalFinding(series, signal, definition, report.thresholds)) !== 'off',
    );
    return { ...series, signals };
  };
  return { ...report, badges: report.badges.map(filter), competencies: report.competencies.map(filter) };
}

function signalFinding(series: RateSeries, signal: RateSignal, definition: Badge | Competency, thresholds: PassRateThresholds): RawFinding {
  const { messageId, data } = describeSignal(series, signal, thresholds);
  return createFinding(passRateRule, messageId, data, locate(definition, 'id'), { definitionId: definition.id });
}

function describeSignal(series: RateSeries, signal: RateSignal, thresholds: PassRateThresholds) {
  const kind = series.kind === 'badge' ? 'Badge' : 'Competency';
  const base = {
    kind,
    id: series.id,
    period: signal.period.period,
    rate: formatPercent(signal.period.rate),
    passed: signal.period.passed,
    outcomes: signal.period.outcomes,
  };
  if (signal.kind === 'drift') {
    const data = { ...base, from: formatPercent(signal.previous.rate), previous: signal.previous.period, change: formatChange(signal.period.change), maxChange: formatPoints(thresholds.maxChange) };
    return { messageId: 'drift' as const, data };
  }
  return { messageId: signal.kind, data: { ...base, bound: formatPercent(signal.bound) } };
}

/** Formats a change of share in percentage points with its sign: `+18.0 points`. */
export function formatChange(change: number | null): string {
  if (change === null) return '–';
  const points = (change * 100).toFixed(1);
  return `${change >= 0 ? '+' : ''}${points} points`;
}

/** Formats a share as percentage points without a sign: `15.0 points`. */
export function formatPoints(share: number): string {
  return `${(share * 100).toFixed(1)} points`;
}
