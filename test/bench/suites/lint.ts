/**
 * `npm run bench -- lint`: lints a generated repository of 20,000 competencies, 2,000 badges
 * and 500 rubrics with every rule at its default severity. ajv-cli validating the same files
 * against the project's schema, and a plain `yaml` parse of them with a LineCounter, run
 * beside it for comparison.
 */
import fs from 'node:fs';
import path from 'node:path';

import { writeRepository, type RepositorySize } from '../generate.js';
import { hasGnuTime, loadLine, measureCommands, runTimed, seconds, type Measurement } from '../measure.js';
import { machineLine } from '../machine.js';
import type { BenchContext, BenchSuite } from '../run.js';

/**
 * The findings of profiling lint and the changes made, with the figures of this suite run on
 * the code before them. It is history, so it is written as text, not measured again.
 */
const PROFILE_NOTE = `### Profile and changes

Profiled with \`node --cpu-prof\` and \`--trace-gc\` on the repository above. Before the
changes, this suite (commit dc3865c, 2026-12-05, load average 1.69) measured lint at 5.03 s
of CPU against 2.26 s for the parse, 2.23×. What changed, with the CPU time each saved
(GNU time, medians of 3 interleaved runs):

- Validating \`badgemap.yaml\` compiled the option schema of every rule twice (for \`rules\`
  and for \`overrides\`) at each start. Only the rules the config names are compiled now,
  with the same errors: \`badgemap lint\` on an empty repository went from 0.90 s to 0.58 s.
- jsonld and its HTTP client, about 130 modules, were loaded at start-up by every command;
  they are now loaded when \`validate\` or \`export\` expands a document (0.58 s to 0.45 s
  on the empty repository).
- Every parsed \`yaml\` Document stayed alive until the findings were positioned, so each
  scavenge copied and promoted its nodes. \`src/source/yaml-positions.ts\` keeps a compact
  copy of the offsets, keys, merge keys and alias targets instead (5.29 s to 5.04 s here).
- Smaller ones: a rule's options were merged anew for each definition when the config has no
  overrides, text-encoding copied the data path at every node, and the tokenizer split every
  word into an array (about 0.03 s).

Parsing with \`yaml\` and garbage collection remain most of the time. Scavenges still pause
lint about twice as long as the parse alone (1.4 s against 0.7 s by \`--trace-gc\`, load
average 6; 1.8 s before the changes), because lint keeps the values, the model and the
positions of all 22,500 definitions alive until it reports. Building values and positions
straight from \`yaml\`'s CST, without its Document nodes, could remove much of that, but it
is not tried here.`;

const SIZE: RepositorySize = { competencies: 20_000, badges: 2_000, rubrics: 500 };
const RUNS = 3;
const FOLDERS = ['competencies', 'badges', 'rubrics'];

export const suite: BenchSuite = {
  name: 'lint',
  title: 'Lint a repository of 20,000 competencies, 2,000 badges and 500 rubrics',
  async run(context) {
    const root = path.join(context.workDir, 'lint-repository');
    const { files } = writeRepository(root, SIZE);
    const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
    context.log(`generated ${files.length} files, ${(bytes / 2 ** 20).toFixed(1)} MiB`);

    const parseScript = writeParseScript(context);
    const timesFile = path.join(context.workDir, 'times.txt');
    const node = process.execPath;
    const ajv = path.join(context.projectRoot, 'node_modules/ajv-cli/dist/index.js');
    const schema = path.join(context.projectRoot, 'schemas/definitions.schema.json');

    const measurements = measureCommands(
      [
        {
          label: '`badgemap lint` (every rule)',
          // Exit 1 only means some finding is an error; the time is what counts. Exit 2 fails.
          run: () =>
            runTimed(node, [path.join(context.projectRoot, 'bin/badgemap'), 'lint', '--today', '2026-12-04'], { cwd: root, timesFile, okStatuses: [0, 1] }),
        },
        {
          label: '`ajv validate` (ajv-cli 5, schemas/definitions.schema.json)',
          run: () => runTimed(node, [ajv, 'validate', '--strict=false', '-s', schema, ...FOLDERS.flatMap((folder) => ['-d', `${folder}/*.yaml`])], { cwd: root, timesFile }),
        },
        {
          label: '`yaml` `parseAllDocuments` with a `LineCounter`',
          run: () => runTimed(node, [parseScript, root], { cwd: root, timesFile }),
        },
      ],
      RUNS,
    );
    context.log(measurements.map((measurement) => `${measurement.label}: ${seconds(measurement.median.cpuSeconds)} CPU`).join('; '));
    return report(measurements, files.length, bytes);
  },
};

/** Writes the baseline script, which reads and parses every file as badgemap's loader does and nothing else. */
function writeParseScript(context: BenchContext): string {
  const yamlEntry = path.join(context.projectRoot, 'node_modules/yaml/dist/index.js');
  const script = path.join(context.workDir, 'parse.mjs');
  fs.writeFileSync(
    script,
    `import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseAllDocuments } from ${JSON.stringify(yamlEntry)};
const root = process.argv[2];
let documents = 0;
for (const folder of ${JSON.stringify(FOLDERS)}) {
  for (const name of fs.readdirSync(path.join(root, folder))) {
    const lineCounter = new LineCounter();
    documents += parseAllDocuments(fs.readFileSync(path.join(root, folder, name), 'utf8'), { lineCounter }).length;
  }
}
if (documents === 0) process.exit(1);
`,
  );
  return script;
}

function report(measurements: Measurement[], fileCount: number, bytes: number): string {
  const [lint, ajv, parse] = measurements as [Measurement, Measurement, Measurement];
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? 'n/a' : `${(a / b).toFixed(2)}×`);
  const rows = measurements.map(
    (measurement) =>
      `| ${measurement.label} | ${seconds(measurement.median.cpuSeconds)} | ${seconds(measurement.median.wallSeconds)} | ${
        measurement.median.maxRssMegabytes === undefined ? 'n/a' : `${Math.round(measurement.median.maxRssMegabytes)} MiB`
      } | ${ratio(measurement.median.cpuSeconds, parse.median.cpuSeconds)} |`,
  );

  return [
    machineLine(),
    loadLine(),
    '',
    `The repository: ${fileCount} YAML files (${(bytes / 2 ** 20).toFixed(1)} MiB), one document each with the definitions under plural keys, so that ajv-cli can read them; about 4% of the statements are reworded or exact copies of others. Each command ran ${lint.runs} times as a separate process, interleaved; the table gives medians. ${
      hasGnuTime() ? 'CPU time is user plus system time from GNU time.' : 'GNU time was missing, so only wall-clock time was measured.'
    }`,
    '',
    '| command | CPU time | wall-clock time | peak memory | CPU time ÷ parse |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    `Targets: lint within twice the parse time: ${targetVerdict(lint.median.cpuSeconds, parse.median.cpuSeconds, 2)}; faster than ajv-cli: ${targetVerdict(lint.median.cpuSeconds, ajv.median.cpuSeconds, 1)}.`,
    '',
    `ajv-cli reads YAML with js-yaml, which keeps no source positions, and validates each file as one value. The \`yaml\` parse that lint needs for positions takes ${ratio(parse.median.cpuSeconds, ajv.median.cpuSeconds)} ajv-cli's whole run by itself, so lint cannot beat ajv-cli while it parses with \`yaml\`; the rest of lint (loading, schema checks, every rule, positions and the report) costs ${ratio(
      lint.median.cpuSeconds === undefined || parse.median.cpuSeconds === undefined ? undefined : lint.median.cpuSeconds - parse.median.cpuSeconds,
      parse.median.cpuSeconds,
    )} the parse.`,
    '',
    'Command: `npm run bench -- lint`.',
    '',
    PROFILE_NOTE,
  ].join('\n');
}

function targetVerdict(value: number | undefined, baseline: number | undefined, factor: number): string {
  if (value === undefined || baseline === undefined) return 'not measured';
  return value <= baseline * factor ? `met (${(value / baseline).toFixed(2)}×)` : `missed (${(value / baseline).toFixed(2)}×)`;
}
