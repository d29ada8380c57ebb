/**
 * Importing a generated 50,000-row competency CSV: wall time, CPU time and peak memory of
 * the whole command, with `--dry-run` and writing the definitions, next to csv-parse alone
 * reading the same file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { machineLine } from '../machine.js';
import type { BenchSuite } from '../run.js';

const ROWS = 50_000;
/** Runs per command; the section gives the median, because the machine may be shared. */
const RUNS = 3;

function generateCsv(file: string): void {
  const lines = ['Code,Skill Statement,Skill Name,Keywords,Category'];
  for (let index = 0; index < ROWS; index++) {
    const statement = `"Configures service ${index} so that requests, retries and timeouts are logged"`;
    lines.push(`C-${String(index).padStart(5, '0')},${statement},Service ${index},logging; service ${index % 50},Category ${index % 20}`);
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

/**
 * Loaded with `node --import` into the measured process, so the figures are that process's
 * own: its peak resident set size and its CPU time, written to a file when it exits.
 */
const USAGE_PRELOAD = `import fs from 'node:fs';
process.on('exit', () => {
  const usage = process.resourceUsage();
  fs.writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMicroseconds: usage.userCPUTime + usage.systemCPUTime }));
});
`;

interface Measurement {
  seconds: number;
  cpuSeconds: number;
  peakMiB: number;
}

function measureOnce(args: string[], cwd: string, workDir: string): Measurement {
  const preload = path.join(workDir, 'usage-preload.mjs');
  if (!fs.existsSync(preload)) fs.writeFileSync(preload, USAGE_PRELOAD);
  const usageFile = path.join(workDir, 'usage.json');
  fs.rmSync(usageFile, { force: true });

  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, ...args], {
    cwd,
    env: { ...process.env, BENCH_USAGE_FILE: usageFile, CI: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);

  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { maxRssKiB: number; cpuMicroseconds: number };
  return { seconds, cpuSeconds: usage.cpuMicroseconds / 1e6, peakMiB: usage.maxRssKiB / 1024 };
}

/** Measures several runs and returns the median wall and CPU time and the largest peak memory. */
function measure(args: string[], cwd: string, workDir: string, before?: () => void): Measurement {
  const runs: Measurement[] = [];
  for (let run = 0; run < RUNS; run++) {
    before?.();
    runs.push(measureOnce(args, cwd, workDir));
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return {
    seconds: median(runs.map((run) => run.seconds)),
    cpuSeconds: median(runs.map((run) => run.cpuSeconds)),
    peakMiB: Math.max(...runs.map((run) => run.peakMiB)),
  };
}

function row(label: string, measurement: Measurement): string {
  return `| ${label} | ${measurement.seconds.toFixed(2)} s | ${measurement.cpuSeconds.toFixed(2)} s | ${measurement.peakMiB.toFixed(0)} MiB |`;
}

/**
 * What profiling the import found and what changed, with the figures of this suite run on
 * the code before the change. It is history, so it is written as text, not measured again.
 */
const PROFILE_NOTE = `### Profile and changes

Profiled with \`node --cpu-prof\` on the dry run above. Before the changes, the same suite
on the same machine (commit 673b413, 2026-12-04, load average 15.8) measured: csv-parse
0.33 s CPU, 94 MiB; dry run 14.08 s wall, 4.16 s CPU, 348 MiB; writing import 27.62 s wall,
4.27 s CPU, 357 MiB. The hot spots that were badgemap's own, and what replaced them:

- Rendering the new definitions file through the \`yaml\` package's node tree took about
  half of the CPU time. \`src/import/block-yaml.ts\` now writes the same bytes directly and
  hands to \`yaml\` only a definition it cannot prove it renders identically; a test
  compares both on tricky text, random values and the corpus.
- Start-up loaded exceljs and its dependencies (about 400 modules) for every command; they
  are now loaded when an XLSX file is read or written (\`badgemap --version\`: 0.38 s to
  0.18 s of CPU).
- Planning converted a whole YAML document to plain data once per definition it compared,
  so a second import of a 5,000-row sheet took 39.4 s of CPU (\`/usr/bin/time\`); each
  document is now converted once per run (1.6 s).
- Smaller ones: \`setOwn\` used \`Object.defineProperty\` for every field, the record's
  line was found by decoding text, parent links were matched when every parent was already
  an id, and the JSON report computed the same relative path for every plan entry.

csv-parse itself and the \`info\` it returns (used to find each record's bytes) remain the
largest single cost after start-up and garbage collection.`;

export const suite: BenchSuite = {
  name: 'import',
  title: 'Import of a 50,000-row CSV',
  async run({ workDir, projectRoot, log }) {
    const root = path.join(workDir, 'import-repo');
    fs.mkdirSync(root, { recursive: true });
    fs.writeFileSync(path.join(root, 'badgemap.yaml'), 'baseUrl: https://badges.example.org/\n');
    const csv = path.join(root, 'skills.csv');
    generateCsv(csv);
    const size = fs.statSync(csv).size;

    log('csv-parse alone');
    const parseScript = path.join(workDir, 'parse-only.mjs');
    const csvParse = pathToFileURL(path.join(projectRoot, 'node_modules/csv-parse/lib/sync.js')).href;
    fs.writeFileSync(parseScript, `import fs from 'node:fs';\nimport { parse } from ${JSON.stringify(csvParse)};\nparse(fs.readFileSync(${JSON.stringify(csv)}), { bom: true, relax_column_count: true });\n`);
    const parseOnly = measure([parseScript], root, workDir);

    const bin = path.join(projectRoot, 'bin/badgemap');
    const report = path.join(workDir, 'report.json');
    log('badgemap import --dry-run');
    const dryRun = measure([bin, 'import', 'skills.csv', '--dry-run', '--format', 'json', '--output-file', report], root, workDir);
    log('badgemap import');
    const written = measure([bin, 'import', 'skills.csv', '--format', 'json', '--output-file', report], root, workDir, () => {
      fs.rmSync(path.join(root, 'imported'), { recursive: true, force: true });
    });

    return [
      `${machineLine()} One-minute load average at the end: ${os.loadavg()[0]?.toFixed(1)}.`,
      `Command: \`npm run bench -- import\`. Input: ${ROWS.toLocaleString('en')} rows, ${(size / 2 ** 20).toFixed(1)} MiB, generated by the suite.`,
      `Each command ran ${RUNS} times: wall and CPU (user + system) time are medians, peak memory is the largest maximum resident set size the measured process itself reported.`,
      '',
      '| run | wall time | CPU time | peak memory |',
      '|---|---|---|---|',
      row('csv-parse alone (sync parse of the file)', parseOnly),
      row('`badgemap import --dry-run` (whole command)', dryRun),
      row('`badgemap import` writing `imported/competencies.yaml`', written),
      '',
      `The dry run takes ${(dryRun.cpuSeconds / parseOnly.cpuSeconds).toFixed(1)} times the CPU time of csv-parse alone: it also starts the CLI, scans the bytes for the position of every cell, maps columns, derives ids, plans against the repository, renders the YAML it would write and writes its report.`,
      '',
      PROFILE_NOTE,
    ].join('\n');
  },
};
