/**
 * Every report format on a generated repository with 20,000 findings: wall time of the whole
 * `lint` command and the size of the report it writes, so a slow formatter shows against
 * the others.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Only types come from run.ts: importing its values would wait on run.ts, which imports this suite.
import type { BenchSuite } from '../run.js';

const COMPETENCIES = 20_000;
const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'];

/**
 * One competency per finding: each has an unknown field. (A dangling reference would do too,
 * but its "did you mean" search compares every missing id with every id, which would time
 * the rule rather than the formats.)
 */
function generateRepository(root: string): void {
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'badgemap.yaml'), 'baseUrl: https://badges.example.org/\n');
  const lines = ['competencies:'];
  for (let index = 0; index < COMPETENCIES; index++) {
    lines.push(`  - id: competency-${index}`, `    statement: Writes tests for module ${index}`, `    remark: reviewed in batch ${index}`);
  }
  fs.writeFileSync(path.join(root, 'competencies.yaml'), `${lines.join('\n')}\n`);
}

function timeLint(bin: string, root: string, format: string, report: string): { seconds: number; bytes: number } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, 'lint', '--today', '2026-12-04', '--format', format, '--output-file', report], { cwd: root, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 1) throw new Error(`lint --format ${format} exited ${result.status}: ${result.stderr}`);
  return { seconds, bytes: fs.statSync(report).size };
}

export const suite: BenchSuite = {
  name: 'reports',
  title: 'Report formats on 20,000 findings',
  async run({ workDir, projectRoot, log }) {
    const root = path.join(workDir, 'reports-repo');
    generateRepository(root);
    const bin = path.join(projectRoot, 'bin/badgemap');

    const rows: string[] = [];
    for (const format of FORMATS) {
      log(`lint --format ${format}`);
      const run = timeLint(bin, root, format, path.join(workDir, `report.${format}`));
      rows.push(`| \`${format}\` | ${run.seconds.toFixed(2)} s | ${(run.bytes / 2 ** 20).toFixed(1)} MiB |`);
    }

    const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
    return [
      `Measured on ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node.js ${process.version}.`,
      `Command: \`npm run bench -- reports\`. Input: one YAML file of ${COMPETENCIES.toLocaleString('en')} competencies, each with one unknown field, so ${COMPETENCIES.toLocaleString('en')} \`schema\` findings.`,
      '',
      '| format | wall time of `badgemap lint --format F --output-file FILE` | report size |',
      '|---|---|---|',
      ...rows,
      '',
      'Each time is one run of the whole command: start-up, loading, rules and the report. The formats differ by the report alone, since the rest is the same work.',
    ].join('\n');
  },
};
