/**
 * `npm run bench -- overlap`: competency-overlap alone on 5,000 and on 50,000 generated
 * statements, to show that its cost grows far below the square of the repository size.
 */
import path from 'node:path';

import { loadConfig } from '../../../src/config/load.js';
import { lintWorkspace } from '../../../src/engine/lint.js';
import { loadWorkspace } from '../../../src/load/workspace.js';
import { competencyOverlapRule } from '../../../src/rules/competency-overlap.js';
import type { Rule } from '../../../src/rules/types.js';
import { DEFAULT_WEIGHTING, vectorizeStatements } from '../../../src/similarity/overlap.js';
import { similarity } from '../../../src/similarity/vectors.js';
import { generateStatements } from '../generate.js';
import { loadLine, median } from '../measure.js';
import { machineLine } from '../machine.js';
import type { BenchSuite } from '../run.js';

const SIZES = [5_000, 50_000];
const RUNS = 3;
/** Statements scored pair by pair for the comparison: enough to time, few enough to finish. */
const BRUTE_FORCE_SIZE = 5_000;

interface Row {
  size: number;
  seconds: number;
  cpuSeconds: number;
  findings: number;
  heapMegabytes: number;
}

export const suite: BenchSuite = {
  name: 'overlap',
  title: 'competency-overlap on 5,000 and 50,000 statements',
  async run(context) {
    const rows: Row[] = [];
    for (const size of SIZES) {
      const row = timeRule(size);
      context.log(`${size} statements: ${row.cpuSeconds.toFixed(2)} s CPU, ${row.findings} findings`);
      rows.push(row);
    }
    // Wall-clock time: the loop runs on one core and nothing else waits for it.
    const bruteForce = timeAllPairs(BRUTE_FORCE_SIZE);
    context.log(`all ${BRUTE_FORCE_SIZE} statements pair by pair: ${bruteForce.toFixed(2)} s`);
    return report(rows, bruteForce);
  },
};

/** Loads a generated repository in memory, then times lint with competency-overlap as the only rule. */
function timeRule(size: number): Row {
  const statements = generateStatements(size, 11);
  const yaml = `competencies:\n${statements.map((statement, index) => `  - { id: c${index}, statement: ${JSON.stringify(statement)} }`).join('\n')}\n`;
  const root = path.resolve('/bench');
  const config = loadConfig(path.join(root, 'badgemap.yaml'), 'language: en\n');
  if (config.config === undefined) throw new Error('the benchmark config has findings');
  const file = path.join(root, 'competencies.yaml');
  const workspace = loadWorkspace({
    config: config.config,
    configSource: config.source,
    files: [file],
    host: { read: (name) => (name === file ? { bytes: Buffer.from(yaml) } : { error: 'file not found' }) },
  });

  const times: number[] = [];
  const cpuTimes: number[] = [];
  let findings = 0;
  let heap = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    findings = lintWorkspace(workspace, { today: '2026-12-04', rules: [competencyOverlapRule as unknown as Rule] }).length;
    const cpu = process.cpuUsage(cpuStarted);
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    cpuTimes.push((cpu.user + cpu.system) / 1e6);
    heap = Math.max(heap, process.memoryUsage().heapUsed / 2 ** 20);
  }
  return { size, seconds: median(times), cpuSeconds: median(cpuTimes), findings, heapMegabytes: heap };
}

/** Scores every pair one by one, with the same vectors: what the candidate index avoids. */
function timeAllPairs(size: number): number {
  const settings = { synonyms: [], ignoreWords: [], acronyms: true, ...DEFAULT_WEIGHTING };
  const vectors = vectorizeStatements(generateStatements(size, 11), 'en', settings);
  const started = process.hrtime.bigint();
  let reported = 0;
  for (let a = 0; a < vectors.length; a++) {
    for (let b = a + 1; b < vectors.length; b++) {
      if (similarity(vectors[a]!, vectors[b]!) >= competencyOverlapRule.defaultOptions.threshold) reported++;
    }
  }
  if (reported === 0) throw new Error('the generated statements have no near-duplicates');
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function report(rows: Row[], bruteForce: number): string {
  const [small, large] = rows as [Row, Row];
  const growth = large.cpuSeconds / small.cpuSeconds;
  const sizeRatio = large.size / small.size;
  const table = rows.map(
    (row) =>
      `| ${row.size.toLocaleString('en-US')} | ${row.cpuSeconds.toFixed(2)} s | ${row.seconds.toFixed(2)} s | ${row.findings.toLocaleString('en-US')} | ${Math.round(row.heapMegabytes)} MiB |`,
  );
  return [
    machineLine(),
    loadLine(),
    '',
    `Generated statements (about 4% reworded or exact copies), loaded in memory, then \`lintWorkspace\` with competency-overlap as the only rule, at its default options: the time covers tokenising, stemming, weighing, the candidate index, scoring and positioning the findings. Medians of ${RUNS} runs in one process.`,
    '',
    '| statements | CPU time | wall-clock time | findings | heap in use after |',
    '|---|---|---|---|---|',
    ...table,
    '',
    `Ten times the statements took ${growth.toFixed(1)} times the CPU time; pair-by-pair scoring grows ${(sizeRatio ** 2).toFixed(0)}-fold. Scoring all ${BRUTE_FORCE_SIZE.toLocaleString('en-US')} statements pair by pair with the same vectors took ${bruteForce.toFixed(2)} s, so 50,000 that way would take about ${(bruteForce * sizeRatio ** 2).toFixed(0)} s (an estimate from the square law, not a run).`,
    '',
    'Command: `npm run bench -- overlap`.',
  ].join('\n');
}
