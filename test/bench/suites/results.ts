/**
 * `calibrate` and `stats` on generated files of growing size, run through the built CLI as a
 * user would: wall-clock time of one run and peak resident memory as GNU time reports it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { machineLine, type BenchContext, type BenchSuite } from '../run.js';

const LEVELS = ['not-yet', 'developing', 'competent', 'exemplary'];

const PROGRAM = `competencies:
${[1, 2, 3, 4, 5, 6].map((n) => `  - { id: k${n}, statement: Performs task ${n} to the standard of the rubric }`).join('\n')}
badges:
  - { id: scored, name: Scored, description: Scored with the rubric., competencies: [k1, k2, k3, k4, k5, k6], rubric: review }
${Array.from({ length: 20 }, (_, n) => `  - { id: badge-${n}, name: Badge ${n}, description: A badge., competencies: [k1] }`).join('\n')}
rubrics:
  - id: review
    name: Review
    criteria:
${[1, 2, 3, 4, 5, 6].map((n) => `      - { id: c${n}, competency: k${n}, levels: [${LEVELS.map((level, points) => `{ id: ${level}, name: ${level}, points: ${points} }`).join(', ')}] }`).join('\n')}
`;

const CONFIG = `issuer: { id: https://badges.example.org/issuer.json, name: Bench, url: https://example.org, email: b@example.org }
baseUrl: https://badges.example.org/
rules: { export-metadata: off }
`;

function writeScores(file: string, submissions: number): number {
  const lines = ['Submission,Reviewer,Criterion,Level'];
  for (let s = 0; s < submissions; s++) {
    for (let r = 0; r < 5; r++) {
      for (let c = 1; c <= 6; c++) lines.push(`s${s},r${r},c${c},${LEVELS[(s + (r * c) % 3 === 0 ? 1 : 0) % 4]}`);
    }
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return lines.length - 1;
}

function writeResults(file: string, outcomes: number): void {
  const stream: string[] = ['Learner,Badge,Passed,Date'];
  for (let i = 0; i < outcomes; i++) {
    const quarter = i % 8;
    const date = `${2025 + Math.floor(quarter / 4)}-${String((quarter % 4) * 3 + 1 + (i % 3)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    stream.push(`l${i},badge-${i % 20},${i % 10 < 7 ? 'yes' : 'no'},${date}`);
  }
  fs.writeFileSync(file, `${stream.join('\n')}\n`);
}

interface Measurement {
  /** Wall-clock seconds, which other load on the machine inflates. */
  elapsed: number;
  /** User plus system CPU seconds of the run. */
  cpu: number;
  megabytes: number;
  status: number | null;
}

function measure(context: BenchContext, cwd: string, args: string[]): Measurement {
  const bin = path.join(context.projectRoot, 'bin/badgemap');
  const command = [process.execPath, bin, ...args, '--format', 'json', '--output-file', 'out.json', '--today', '2027-01-01'];
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...command], { cwd, encoding: 'utf8' });
  const [elapsed = 0, user = 0, system = 0, kilobytes = 0] = (result.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { elapsed, cpu: user + system, megabytes: kilobytes / 1024, status: result.status };
}

function row(command: string, input: string, rows: number, result: Measurement): string {
  return `| ${command} | ${input} | ${rows.toLocaleString('en')} | ${result.elapsed.toFixed(2)} | ${result.cpu.toFixed(2)} | ${result.megabytes.toFixed(0)} | ${result.status} |`;
}

export const suite: BenchSuite = {
  name: 'results',
  title: 'calibrate and stats',
  async run(context) {
    const repo = path.join(context.workDir, 'results');
    fs.mkdirSync(repo, { recursive: true });
    fs.writeFileSync(path.join(repo, 'badgemap.yaml'), CONFIG);
    fs.writeFileSync(path.join(repo, 'program.yaml'), PROGRAM);

    const rows = ['| command | input | rows | elapsed (s) | CPU (s) | peak memory (MiB) | exit |', '|---|---|---:|---:|---:|---:|---:|'];
    for (const submissions of [40, 1_000, 10_000]) {
      const count = writeScores(path.join(repo, 'scores.csv'), submissions);
      const result = measure(context, repo, ['calibrate', 'scores.csv']);
      context.log(`calibrate ${submissions} submissions: ${result.cpu.toFixed(2)} s CPU`);
      rows.push(row('calibrate', `${submissions.toLocaleString('en')} submissions × 5 reviewers × 6 criteria`, count, result));
    }
    for (const outcomes of [10_000, 100_000, 1_000_000]) {
      writeResults(path.join(repo, 'results.csv'), outcomes);
      const result = measure(context, repo, ['stats', 'results.csv']);
      context.log(`stats ${outcomes} outcomes: ${result.cpu.toFixed(2)} s CPU`);
      rows.push(row('stats', `${outcomes.toLocaleString('en')} outcomes, 20 badges, 8 quarters`, outcomes, result));
    }

    return [
      machineLine(),
      '',
      'Command: `npm run bench -- results`. Each row is one run of the built CLI writing the JSON report to a file, measured by GNU time; the figures include starting Node.js and loading the repository (27 definitions). Elapsed time depends on other load on the machine; CPU time (user plus system) depends less on it.',
      '',
      `Load average when the suite finished: ${os.loadavg().map((load) => load.toFixed(1)).join(', ')}.`,
      '',
      ...rows,
    ].join('\n');
  },
};
