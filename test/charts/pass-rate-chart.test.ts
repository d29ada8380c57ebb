/** The pass-rate chart: accessible, static, well-formed SVG that shows what the report found. */
import { spawnSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

import { passRateChart, passRateCharts } from '../../src/charts/pass-rate-chart.js';
import { statsText } from '../helpers/program.js';

const HEADER = 'Learner,Badge,Passed,Date';

/** 40 outcomes in each listed month: `passes` of them pass. */
function monthRows(badge: string, months: Record<string, number>): string[] {
  return Object.entries(months).flatMap(([month, passes]) =>
    Array.from({ length: 40 }, (_, i) => `${badge}-${month}-${i},${badge},${i < passes ? 'yes' : 'no'},${month}-${String(1 + (i % 28)).padStart(2, '0')}`),
  );
}

const csv = [HEADER, ...monthRows('easy', { '2026-01': 20, '2026-02': 22, '2026-04': 39 }), 'x,thin,yes,2026-03-03', ''].join('\n');
const { report } = statsText(csv, { overrides: { period: 'month' } });
const easy = report.badges.find((series) => series.id === 'easy');
const svg = passRateChart(easy as NonNullable<typeof easy>, report.thresholds, { idPrefix: 'chart-easy' });

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

describe('pass-rate chart', () => {
  it('is labelled for screen readers', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="chart-easy-title chart-easy-desc"/);
    expect(svg).toContain('<title id="chart-easy-title">Pass rate of badge Easy badge by period</title>');
    expect(svg).toContain('Rates: 2026-01 50.0%, 2026-02 55.0%, 2026-04 97.5%.');
  });

  it('has no script and no external reference', () => {
    expect(svg).not.toMatch(/<script|href=|on[a-z]+=/i);
  });

  it('breaks the line at a period without outcomes', () => {
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(3);
  });

  it('marks the periods that raised findings', () => {
    expect(svg).toContain('2026-04: 97.5% (39 of 40 passed; above the band; moved +42.5 points since 2026-02)</title>');
    expect(svg).toMatch(/r="6" fill="#b54708"/);
  });

  it('draws a thin period hollow', () => {
    const thin = report.badges.find((series) => series.id === 'thin');
    const chart = passRateChart(thin as NonNullable<typeof thin>, report.thresholds, { idPrefix: 'thin' });
    expect(chart).toContain('fill="#ffffff"');
    expect(chart).toContain('too few to judge');
  });

  it('gives the same bytes twice', () => {
    expect(passRateChart(easy as NonNullable<typeof easy>, report.thresholds, { idPrefix: 'chart-easy' })).toBe(svg);
  });

  it('names files after the pages they belong to', () => {
    expect(passRateCharts(report).map((chart) => chart.path)).toEqual(['badges/easy.svg', 'badges/thin.svg']);
  });

  it('escapes names from the definitions', () => {
    const named = { ...(easy as NonNullable<typeof easy>), name: 'R&D <"quoted">' };
    expect(passRateChart(named, report.thresholds, { idPrefix: 'x' })).toContain('Pass rate of badge R&amp;D &lt;&quot;quoted&quot;&gt; by period');
  });

  it.skipIf(!hasXmllint)('is well-formed XML', () => {
    const result = spawnSync('xmllint', ['--noout', '-'], { input: svg, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

if (!hasXmllint) console.warn('pass-rate chart: xmllint is missing, so the well-formedness test is skipped.');
