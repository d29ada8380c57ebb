/**
 * `graph`, `matrix` and `site` on a generated repository of the size PRODUCT.md sets for lint
 * (20,000 competencies, 2,000 badges, 500 rubrics): wall time and the command's own peak
 * memory. The SVG graph is also measured on a 200-badge slice, to show how Graphviz's
 * layout time scales. The Markdown matrix is measured on the slice only, because the full
 * grid is past the size of a readable table.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { machineLine } from '../machine.js';
import type { BenchSuite } from '../run.js';

const COMPETENCIES = 20_000;
const BADGES = 2_000;
const RUBRICS = 500;
const SLICE = 200;

/** Ten competencies per badge; every fourth badge starts a pathway, and the others build on the badge before them. */
export function generateRepository(root: string, badges: number): void {
  fs.mkdirSync(path.join(root, 'definitions'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'badgemap.yaml'),
    'issuer: { id: https://badges.example.org/issuer.json, name: Example, url: https://example.org, email: badges@example.org }\nbaseUrl: https://badges.example.org/\n',
  );
  fs.writeFileSync(
    path.join(root, 'badge.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#1f4e8c"/></svg>\n',
  );

  const competencies = Math.round((COMPETENCIES * badges) / BADGES);
  const rubrics = Math.round((RUBRICS * badges) / BADGES);
  const lines = ['competencies:'];
  for (let index = 0; index < competencies; index++) {
    lines.push(`  - { id: c${index}, statement: "Configures service ${index} so that its requests are logged and retried", level: apply }`);
  }

  lines.push('rubrics:');
  for (let index = 0; index < rubrics; index++) {
    lines.push(`  - id: r${index}`, `    name: Rubric ${index}`, '    criteria:');
    for (let criterion = 0; criterion < 4; criterion++) {
      lines.push(
        `      - id: k${criterion}`,
        `        competency: c${(index * 4 + criterion) % competencies}`,
        `        description: Scores part ${criterion} of the work`,
        '        levels:',
        '          - { id: not-yet, name: Not yet, points: 0, descriptor: Misses the point }',
        '          - { id: meets, name: Meets, points: 2, descriptor: Does what is asked }',
        '          - { id: exceeds, name: Exceeds, points: 3, descriptor: Also explains why }',
      );
    }
    lines.push('    passing: { minimumPoints: 8, everyCriterionAtLeast: meets }');
  }

  lines.push('badges:');
  for (let index = 0; index < badges; index++) {
    const step = index % 4;
    let prerequisites = `[b${index - 1}]`;
    if (step === 0) prerequisites = '[]';
    if (step === 3) prerequisites = `[{ anyOf: [b${index - 1}, b${index - 2}], minimum: 1 }]`;
    const owned = Array.from({ length: 10 }, (_, offset) => `c${(index * 10 + offset) % competencies}`).join(', ');
    lines.push(
      `  - id: b${index}`,
      `    name: Badge ${index} for service operations`,
      `    description: Configures and operates services ${index * 10} to ${index * 10 + 9}.`,
      '    image: ../badge.svg',
      `    level: ${step + 1}`,
      `    competencies: [${owned}]`,
      `    prerequisites: ${prerequisites}`,
      '    evidence: [{ type: project, description: A service configuration with its logs }]',
      '    assessment: { methods: [reviewer-rubric], reviewers: 2 }',
      `    rubric: r${index % rubrics}`,
    );
  }
  fs.writeFileSync(path.join(root, 'definitions/all.yaml'), `${lines.join('\n')}\n`);
}

interface Measurement {
  seconds: number;
  /** User and system CPU time of the command itself, which other load on the machine barely changes. */
  cpuSeconds: number;
  peakMiB: number;
}

/** Runs the CLI with a preload that records its own CPU time and peak resident memory when it exits. */
function measure(projectRoot: string, cwd: string, args: string[]): Measurement {
  const usageFile = path.join(cwd, 'usage.json');
  const preload = path.join(cwd, 'usage.cjs');
  fs.writeFileSync(
    preload,
    `process.on('exit', () => { const cpu = process.cpuUsage(); require('node:fs').writeFileSync(${JSON.stringify(usageFile)}, JSON.stringify({ cpu: cpu.user + cpu.system, peak: process.resourceUsage().maxRSS })); });\n`,
  );

  const start = process.hrtime.bigint();
  execFileSync(process.execPath, ['--require', preload, path.join(projectRoot, 'bin/badgemap'), ...args], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { cpu: number; peak: number };
  return { seconds, cpuSeconds: usage.cpu / 1e6, peakMiB: usage.peak / 1024 };
}

export const suite: BenchSuite = {
  name: 'site',
  title: 'Graph, matrix and site of a large repository',
  async run({ workDir, projectRoot, log }) {
    const full = path.join(workDir, 'site-full');
    const slice = path.join(workDir, 'site-slice');
    generateRepository(full, BADGES);
    generateRepository(slice, SLICE);

    const runs: [string, string, string[]][] = [
      [full, '`graph` (Mermaid)', ['graph', '--output-file', 'pathway.mmd']],
      [full, '`graph --format dot`', ['graph', '--format', 'dot', '--output-file', 'pathway.dot']],
      [full, '`graph --format svg`', ['graph', '--format', 'svg', '--output-file', 'pathway.svg']],
      [slice, `\`graph --format svg\`, ${SLICE} badges`, ['graph', '--format', 'svg', '--output-file', 'pathway.svg']],
      [slice, `\`matrix\` (Markdown), ${SLICE} badges`, ['matrix', '--output-file', 'matrix.md']],
      [full, '`matrix --format csv`', ['matrix', '--format', 'csv', '--output-file', 'matrix.csv']],
      [full, '`lint`', ['lint', '--today', '2026-12-04', '--output-file', 'lint.txt']],
      [full, '`site`', ['site', '--out', 'public', '--today', '2026-12-04']],
    ];

    const rows: string[] = [];
    const loadBefore = os.loadavg()[0] ?? 0;
    for (const [cwd, label, args] of runs) {
      log(label);
      const { seconds, cpuSeconds, peakMiB } = measure(projectRoot, cwd, args);
      rows.push(`| ${label} | ${seconds.toFixed(2)} s | ${cpuSeconds.toFixed(2)} s | ${peakMiB.toFixed(0)} MiB |`);
    }
    const pages = (fs.readdirSync(path.join(full, 'public'), { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).length;
    const csvMiB = fs.statSync(path.join(full, 'matrix.csv')).size / 2 ** 20;

    return [
      machineLine(),
      `Command: \`npm run bench -- site\`. Input: ${COMPETENCIES.toLocaleString('en')} competencies, ${BADGES.toLocaleString('en')} badges in pathways of four levels (every fourth badge has an "any of" group), ${RUBRICS} rubrics, generated by the suite; the slice has a tenth of each. Each figure is one run of the built CLI: wall time, the CPU time (user and system) of the command itself, and its peak resident memory. The one-minute load average was ${loadBefore.toFixed(1)} before the runs and ${(os.loadavg()[0] ?? 0).toFixed(1)} after them; on a busy machine the CPU time is the figure to compare.`,
      '',
      '| command | wall time | CPU time | peak memory |',
      '|---|---|---|---|',
      ...rows,
      '',
      `\`site\` wrote ${pages.toLocaleString('en')} pages; \`lint\` is listed because \`site\` runs it first. The full grid has ${(COMPETENCIES * BADGES).toLocaleString('en')} cells, past the limit of a Markdown or HTML table, so Markdown is measured on the slice and the full grid as CSV (${csvMiB.toFixed(0)} MiB); the site's coverage page says so instead of holding the table.`,
    ].join('\n');
  },
};
