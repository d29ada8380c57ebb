/**
 * Importing a generated 50,000-row competency CSV: wall time, CPU time and peak memory of
 * the whole command, with `--dry-run` and writing the definitions, next to csv-parse alone
 * reading the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { machineLine } from '../machine.js';
import { hasGnuTime, loadLine, measureCommands, runTimed, seconds, type Measurement } from '../measure.js';
import type { BenchSuite } from '../run.js';

const ROWS = 50_000;
/** Runs per command; the section gives medians, because the machine may be shared. */
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
 * The findings of profiling the import and the changes made, with the figures of this suite
 * run on the code before them. It is history, so it is written as text, not measured again.
 */
const PROFILE_NOTE = `### Profile and changes

Profiled with \`node --cpu-prof\` on the dry run above. Before the changes, this suite on
the same machine (commit 673b413, 2026-12-04, load average 8.65) measured: csv-parse alone
0.50 s wall, 0.34 s CPU, 92 MiB; dry run 6.25 s wall, 4.20 s CPU, 347 MiB; writing import
8.28 s wall, 4.20 s CPU, 356 MiB. The hot spots that were badgemap's own, and what replaced
them:

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

    const parseScript = path.join(workDir, 'parse-only.mjs');
    const csvParse = pathToFileURL(path.join(projectRoot, 'node_modules/csv-parse/lib/sync.js')).href;
    fs.writeFileSync(parseScript, `import fs from 'node:fs';\nimport { parse } from ${JSON.stringify(csvParse)};\nparse(fs.readFileSync(${JSON.stringify(csv)}), { bom: true, relax_column_count: true });\n`);

    const node = process.execPath;
    const bin = path.join(projectRoot, 'bin/badgemap');
    const report = path.join(workDir, 'report.json');
    const timesFile = path.join(workDir, 'times.txt');
    // Runs are interleaved, so each import starts from a repository without imported/.
    // Otherwise the dry run would plan against what the previous writing run wrote.
    const importRun = (args: string[]) => () => {
      fs.rmSync(path.join(root, 'imported'), { recursive: true, force: true });
      return runTimed(node, [bin, 'import', 'skills.csv', ...args, '--format', 'json', '--output-file', report], { cwd: root, timesFile });
    };
    const measurements = measureCommands(
      [
        { label: 'csv-parse alone (sync parse of the file)', run: () => runTimed(node, [parseScript], { cwd: root, timesFile }) },
        { label: '`badgemap import --dry-run` (whole command)', run: importRun(['--dry-run']) },
        { label: '`badgemap import` writing `imported/competencies.yaml`', run: importRun([]) },
      ],
      RUNS,
    );
    log(measurements.map((measurement) => `${measurement.label}: ${seconds(measurement.median.cpuSeconds)} CPU`).join('; '));

    const [parseOnly, dryRun] = measurements as [Measurement, Measurement, Measurement];
    const rows = measurements.map((measurement) => {
      const { wallSeconds, cpuSeconds, maxRssMegabytes } = measurement.median;
      const memory = maxRssMegabytes === undefined ? 'n/a' : `${Math.round(maxRssMegabytes)} MiB`;
      return `| ${measurement.label} | ${seconds(wallSeconds)} | ${seconds(cpuSeconds)} | ${memory} |`;
    });
    const parseCpu = parseOnly.median.cpuSeconds;
    const dryRunCpu = dryRun.median.cpuSeconds;
    const ratio = parseCpu === undefined || dryRunCpu === undefined ? 'an unmeasured multiple of' : `${(dryRunCpu / parseCpu).toFixed(1)} times`;

    return [
      machineLine(),
      loadLine(),
      `Command: \`npm run bench -- import\`. Input: ${ROWS.toLocaleString('en')} rows, ${(size / 2 ** 20).toFixed(1)} MiB, generated by the suite.`,
      `Each command ran ${RUNS} times, interleaved; the figures are medians. ${
        hasGnuTime()
          ? 'CPU time (user plus system) and peak memory (maximum resident set size) are those of the measured process itself, from GNU time.'
          : 'GNU time was missing, so only wall-clock time was measured.'
      }`,
      '',
      '| run | wall time | CPU time | peak memory |',
      '|---|---|---|---|',
      ...rows,
      '',
      `The dry run takes ${ratio} the CPU time of csv-parse alone: it also starts the CLI, scans the bytes for the position of every cell, maps columns, derives ids, plans against the repository, renders the YAML it would write and writes its report.`,
      '',
      PROFILE_NOTE,
    ].join('\n');
  },
};
