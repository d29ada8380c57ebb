/**
 * `npm run bench [suite…]`: runs the benchmark suites in `test/bench/suites/` and writes
 * their results into docs/benchmarks.md, one section per suite, keeping the sections of
 * suites that did not run. Speed and memory targets live here, never in unit tests.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Suites import machineLine from machine.ts: importing it from here would wait on main().
export { machineLine } from './machine.js';

export interface BenchSuite {
  /** A short name, used on the command line and in the section marker. */
  name: string;
  title: string;
  /** Runs the suite and returns its Markdown section body. */
  run(context: BenchContext): Promise<string>;
}

export interface BenchContext {
  /** A scratch folder for generated repositories, removed after the run. */
  workDir: string;
  projectRoot: string;
  log(message: string): void;
}

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
const REPORT = path.join(PROJECT_ROOT, 'docs/benchmarks.md');
const SUITES_DIR = path.join(import.meta.dirname, 'suites');

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const suites = await loadSuites();
  const selected = wanted.length === 0 ? suites : suites.filter((suite) => wanted.includes(suite.name));
  if (selected.length === 0) {
    process.stderr.write(`No suite named ${wanted.join(', ')}. Suites: ${suites.map((suite) => suite.name).join(', ')}\n`);
    process.exitCode = 2;
    return;
  }

  execFileSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  const sections = readSections();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-bench-'));
  try {
    for (const suite of selected) {
      process.stderr.write(`bench: ${suite.name}\n`);
      const body = await suite.run({ workDir, projectRoot: PROJECT_ROOT, log: (message) => process.stderr.write(`  ${message}\n`) });
      sections.set(suite.name, `## ${suite.title}\n\n${body.trim()}\n`);
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  writeReport(sections);
}

async function loadSuites(): Promise<BenchSuite[]> {
  const files = fs.readdirSync(SUITES_DIR).filter((file) => file.endsWith('.ts')).sort();
  const suites: BenchSuite[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(SUITES_DIR, file)).href)) as { suite: BenchSuite };
    suites.push(module.suite);
  }
  return suites;
}

const MARKER = /^<!-- suite: ([\w-]+) -->$/;

function readSections(): Map<string, string> {
  const sections = new Map<string, string>();
  if (!fs.existsSync(REPORT)) return sections;
  let current: string | undefined;
  for (const line of fs.readFileSync(REPORT, 'utf8').split('\n')) {
    const match = MARKER.exec(line);
    if (match !== null) {
      current = match[1] as string;
      sections.set(current, '');
    } else if (current !== undefined) {
      sections.set(current, `${sections.get(current)}${line}\n`);
    }
  }
  for (const [name, body] of sections) sections.set(name, `${body.trim()}\n`);
  return sections;
}

function writeReport(sections: Map<string, string>): void {
  const header = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (all suites) or `npm run bench -- NAME` (one suite). Each',
    'section names the machine and the date it was measured on. Figures are wall-clock times of',
    'single runs unless a section says otherwise, so expect a few percent of noise.',
    '',
  ];
  const body = [...sections.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, text]) => `<!-- suite: ${name} -->\n${text.trim()}\n`);
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, `${header.join('\n')}\n${body.join('\n')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
