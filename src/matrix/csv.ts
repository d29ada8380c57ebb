/**
 * The coverage grid as CSV, for a spreadsheet: one row per competency, one column per badge
 * (headed by its id). A badge's cell contains the ids of the rubric criteria that score the
 * competency, `no criterion` when the badge certifies it but no criterion scores it, and
 * `scored only: …` when a criterion scores a competency the badge does not list.
 */
import { csvField } from '../util/csv.js';
import { cellSummary, rowCells, rowLabel, type CoverageCell, type CoverageMatrix } from './coverage.js';

export function renderCoverageCsv(matrix: CoverageMatrix): string {
  const header = ['competency', 'statement', ...matrix.badges.map((badge) => badge.id), 'badges', 'flag'];
  const rows = matrix.rows.map((row) => [
    row.competencyId,
    row.competency === undefined ? '' : rowLabel(row),
    ...rowCells(row, matrix).map(cellText),
    String(row.certifiedBy),
    row.flag ?? '',
  ]);
  return [header, ...rows].map((cells) => `${cells.map((cell) => csvField(cell)).join(',')}\n`).join('');
}

function cellText(cell: CoverageCell | undefined): string {
  const summary = cellSummary(cell);
  if (summary.mark === 'certified') return summary.criteria.length === 0 ? 'no criterion' : summary.criteria.join('; ');
  if (summary.mark === 'not-listed') return `scored only: ${summary.criteria.join('; ')}`;
  return '';
}
