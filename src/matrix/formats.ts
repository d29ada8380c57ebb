/** The output formats of `badgemap matrix`, by `--format` name. */
import type { CoverageMatrix } from './coverage.js';
import { renderCoverageCsv } from './csv.js';
import { renderCoverageHtml, type CoverageLinks } from './html.js';
import { renderCoverageMarkdown } from './markdown.js';

export interface MatrixFormat {
  description: string;
  /** A table meant for reading, which stops at `TABLE_CELL_LIMIT` cells. */
  table: boolean;
  render(matrix: CoverageMatrix, links: CoverageLinks): string;
}

export const MATRIX_FORMATS: Record<string, MatrixFormat> = {
  md: { description: 'a Markdown table', table: true, render: (matrix) => renderCoverageMarkdown(matrix) },
  csv: { description: 'CSV, one row per competency and one column per badge', table: false, render: (matrix) => renderCoverageCsv(matrix) },
  html: { description: 'an HTML page', table: true, render: renderCoverageHtml },
};
