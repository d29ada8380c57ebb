/**
 * `npx tsx test/overlap/curve.ts [--pairs]`: prints competency-overlap's precision and recall
 * on the labelled pair set for a range of thresholds, as Markdown, for
 * docs/overlap-evaluation.md. `--pairs` also lists every pair with its score.
 */
import { pathToFileURL } from 'node:url';

import { competencyOverlapRule } from '../../src/rules/competency-overlap.js';
import { corpusAvailable, measure, scoreLabelledPairs, type ScoredPair } from './labelled-pairs.js';

const THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1];

export function curveTable(pairs: readonly ScoredPair[]): string {
  const rows = THRESHOLDS.map((threshold) => {
    const point = measure(pairs, threshold);
    return `| ${threshold.toFixed(2)} | ${point.truePositives} | ${point.falsePositives} | ${point.falseNegatives} | ${point.precision.toFixed(3)} | ${point.recall.toFixed(3)} |`;
  });
  return ['| threshold | true positives | false positives | missed | precision | recall |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

export function recallByClass(pairs: readonly ScoredPair[], threshold: number): string {
  const classes = [...new Set(pairs.map((pair) => pair.class))];
  const rows = classes.map((name) => {
    const members = pairs.filter((pair) => pair.class === name);
    const reported = members.filter((pair) => pair.score >= threshold - 1e-9).length;
    const label = members[0]?.label ?? '';
    return `| ${name} | ${label} | ${members.length} | ${reported} |`;
  });
  return ['| class | label | pairs | reported |', '|---|---|---|---|', ...rows].join('\n');
}

function main(): void {
  const pairs = scoreLabelledPairs();
  const threshold = competencyOverlapRule.defaultOptions.threshold;
  process.stdout.write(`Pairs: ${pairs.length}${corpusAvailable() ? '' : ' (corpus missing: written pairs only)'}\n\n`);
  process.stdout.write(`${curveTable(pairs)}\n\nAt the default threshold ${threshold}:\n\n${recallByClass(pairs, threshold)}\n`);

  if (process.argv.includes('--pairs')) {
    for (const pair of [...pairs].sort((x, y) => y.score - x.score)) {
      process.stdout.write(`${pair.score.toFixed(3)} ${pair.label.padEnd(8)} ${pair.class.padEnd(12)} ${pair.textA.slice(0, 70)} ~ ${pair.textB.slice(0, 70)}\n`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
