/**
 * Time per rule on a generated repository of 20,000 competencies, 2,000 badges and 500
 * rubrics, so that a slow rule shows up by name. Loads the repository once, in process, and
 * runs each rule on its own, including positioning and suppression of its findings.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { loadProject } from '../../../src/cli/project.js';
import { lintWorkspace } from '../../../src/engine/lint.js';
import { RULES } from '../../../src/rules/registry.js';
import type { BenchSuite } from '../run.js';

const COMPETENCY_FILES = 200;
const COMPETENCIES_PER_FILE = 100;
const BADGES = 2_000;
const RUBRICS = 500;

/** Statements of every shape the wording rules meet: plain, vague, framed, compound, topics. */
const STATEMENTS = [
  'Configures the {n} service of a sample web application so that every request is logged',
  'The learner will be able to explain how the {n} cache invalidates stale entries',
  'Understands the {n} deployment pipeline',
  'Writes unit tests for module {n} and deploys the service to production',
  'Data analytics for team {n}',
  'Demonstrates an understanding of incident {n} response',
  'Analyses the {n} access log for signs of credential stuffing',
];

function generate(root: string): void {
  const config = [
    'issuer: { id: https://badges.example.org/issuer.json, name: Example, url: https://example.org, email: badges@example.org }',
    'baseUrl: https://badges.example.org/',
    'review: { cadenceMonths: 12 }',
  ];
  fs.writeFileSync(path.join(root, 'badgemap.yaml'), `${config.join('\n')}\n`);

  for (const folder of ['competencies', 'badges', 'rubrics']) fs.mkdirSync(path.join(root, folder));
  for (let file = 0; file < COMPETENCY_FILES; file++) {
    const lines = ['competencies:'];
    for (let index = 0; index < COMPETENCIES_PER_FILE; index++) {
      const n = file * COMPETENCIES_PER_FILE + index;
      const statement = (STATEMENTS[n % STATEMENTS.length] as string).replace('{n}', String(n));
      lines.push(`  - id: c${n}`, `    statement: ${statement}`, '    level: apply', '    review: { last: 2026-01-01 }');
    }
    fs.writeFileSync(path.join(root, 'competencies', `${file}.yaml`), `${lines.join('\n')}\n`);
  }

  const badges = ['badges:'];
  for (let n = 0; n < BADGES; n++) {
    const competencies = Array.from({ length: 10 }, (_, k) => `c${n * 10 + k}`).join(', ');
    const prerequisites = n >= 2 ? `[b${n - 1}, b${n - 2}]` : '[]';
    badges.push(
      `  - id: b${n}`,
      `    name: Badge ${n}`,
      `    description: Badge ${n} of the generated pathway.`,
      '    image: https://badges.example.org/images/b.png',
      `    competencies: [${competencies}]`,
      `    prerequisites: ${prerequisites}`,
      '    evidence: [{ type: project, description: A working project }]',
      `    rubric: r${n % RUBRICS}`,
    );
  }
  fs.writeFileSync(path.join(root, 'badges', 'badges.yaml'), `${badges.join('\n')}\n`);

  const rubrics = ['rubrics:'];
  for (let n = 0; n < RUBRICS; n++) {
    rubrics.push(
      `  - id: r${n}`,
      `    name: Rubric ${n}`,
      '    criteria:',
      '      - id: k',
      `        competency: c${n * 10}`,
      '        levels: [{ id: not-yet, name: Not yet, points: 0 }, { id: meets, name: Meets, points: 1 }]',
    );
  }
  fs.writeFileSync(path.join(root, 'rubrics', 'rubrics.yaml'), `${rubrics.join('\n')}\n`);
}

function milliseconds(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export const suite: BenchSuite = {
  name: 'rules',
  title: 'Time per rule on 20,000 competencies',
  async run({ workDir, log }) {
    const root = path.join(workDir, 'rules-repo');
    fs.mkdirSync(root);
    generate(root);

    log('loading');
    const loadStart = performance.now();
    const project = await loadProject(root, undefined);
    const loadTime = performance.now() - loadStart;
    if (project.kind !== 'loaded') throw new Error('the generated repository has config findings');
    const { workspace } = project;

    // The first run warms up the statement analysis cache, so it is not counted per rule.
    lintWorkspace(workspace, { today: '2026-12-04' });
    const rows: string[] = [];
    for (const rule of RULES) {
      if (rule.check === undefined) continue;
      log(rule.id);
      let count = 0;
      const time = milliseconds(() => {
        count = lintWorkspace(workspace, { today: '2026-12-04', rules: [rule] }).filter((finding) => finding.ruleId === rule.id).length;
      });
      rows.push(`| \`${rule.id}\` | ${time.toFixed(0)} | ${count} |`);
    }
    const allTime = milliseconds(() => lintWorkspace(workspace, { today: '2026-12-04' }));

    // run.ts's machineLine cannot be imported here: run.ts awaits the suites at the top level.
    const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
    return [
      `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node.js ${process.version}, ${os.platform()} ${os.release()}.`,
      '',
      'Command: `npm run bench -- rules`. One in-process run per rule after a warm-up run; times',
      'include positioning the findings and applying suppression directives. Loading (parsing,',
      `schema validation, building the model) took ${(loadTime / 1000).toFixed(1)} s and is not part of any rule.`,
      '',
      '| rule | ms | findings |',
      '|---|---|---|',
      ...rows,
      `| every rule together | ${allTime.toFixed(0)} | |`,
    ].join('\n');
  },
};
