/** `badgemap matrix`: the competency × badge coverage grid, built even when lint fails. */
import type { Command } from 'commander';

import { paths, urlOf } from '../../export/layout.js';
import { buildCoverage, DEFAULT_MANY, fitsTable, TABLE_CELL_LIMIT } from '../../matrix/coverage.js';
import { MATRIX_FORMATS } from '../../matrix/formats.js';
import type { CoverageLinks } from '../../matrix/html.js';
import { plural } from '../../util/text.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { globalOptions } from '../options.js';
import { outputTargets } from '../report.js';
import { loadForView, writeOutput } from '../view.js';

export function registerMatrix(program: Command, setExitCode: (code: number) => void): void {
  const formats = Object.keys(MATRIX_FORMATS).join(', ');
  program
    .command('matrix')
    .description(`tabulate which badge certifies which competency (--format ${formats}; default md)`)
    .option('--many <count>', `flag competencies certified by at least this many badges (default ${DEFAULT_MANY})`)
    .action(async (matrixOptions: { many?: string }, command: Command) => {
      setExitCode(await runMatrix(parseMany(matrixOptions.many), command));
    });
}

async function runMatrix(many: number, command: Command): Promise<number> {
  const options = globalOptions(command);
  const cwd = process.cwd();
  const targets = outputTargets(options.format, options.outputFile, cwd, { known: Object.keys(MATRIX_FORMATS), fallback: 'md' });

  const workspace = await loadForView(cwd, options);
  if (typeof workspace === 'number') return workspace;

  const matrix = buildCoverage(workspace.model, many);
  if (!fitsTable(matrix) && targets.some((target) => MATRIX_FORMATS[target.format]?.table === true)) {
    const cells = matrix.rows.length * matrix.badges.length;
    throw new UsageError(
      `The coverage grid has ${cells.toLocaleString('en-US')} cells (${plural(matrix.rows.length, 'competency', 'competencies')} × ${plural(matrix.badges.length, 'badge')}), ` +
        `more than the ${TABLE_CELL_LIMIT.toLocaleString('en-US')} a Markdown or HTML table holds. Use --format csv, which has no limit.`,
    );
  }
  const baseUrl = workspace.config.baseUrl;
  // Names link to the pages `site` publishes, when the config names the base URL.
  const links: CoverageLinks = {
    badge: (id) => (baseUrl === undefined ? undefined : urlOf(baseUrl, paths.criteriaPage(id))),
    competency: (id) => (baseUrl === undefined || !workspace.model.has('competency', id) ? undefined : urlOf(baseUrl, paths.competencyPage(id))),
  };
  for (const target of targets) {
    const format = MATRIX_FORMATS[target.format];
    if (format !== undefined) writeOutput(target, format.render(matrix, links));
  }
  return EXIT_OK;
}

function parseMany(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MANY;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 2) {
    throw new UsageError(`Invalid --many "${value}": give a whole number of badges, 2 or more.`);
  }
  return Number(value);
}
