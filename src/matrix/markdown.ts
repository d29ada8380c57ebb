/** The coverage grid as a Markdown table, with the flagged competencies listed under it. */
import { escapeMarkdown } from '../export/narrative.js';
import { plural } from '../util/text.js';
import { cellSummary, rowCells, rowLabel, type CoverageCell, type CoverageMatrix, type CoverageRow } from './coverage.js';

export function renderCoverageMarkdown(matrix: CoverageMatrix): string {
  const header = ['Competency', 'Statement', ...matrix.badges.map((badge) => badge.name || badge.id), 'Badges'].map(cellEscape);
  const align = ['---', '---', ...matrix.badges.map(() => ':---:'), '---:'];
  const rows = matrix.rows.map((row) => [
    cellEscape(row.competencyId),
    row.competency === undefined ? '*unknown competency*' : cellEscape(rowLabel(row)),
    ...rowCells(row, matrix).map(cellText),
    countText(row, matrix.many),
  ]);

  const lines = [
    '# Competency coverage',
    '',
    `${plural(matrix.rows.length, 'competency', 'competencies')} × ${plural(matrix.badges.length, 'badge')}. ` +
      'A cell shows ✓ where the badge certifies the competency, then the rubric criteria that score it.',
    '',
    tableRow(header),
    tableRow(align),
    ...rows.map(tableRow),
  ];

  const flagged = flaggedLists(matrix);
  if (flagged.length > 0) lines.push('', ...flagged);
  return `${lines.join('\n')}\n`;
}

function cellText(cell: CoverageCell | undefined): string {
  const summary = cellSummary(cell);
  const criteria = summary.criteria.map(cellEscape).join(', ');
  if (summary.mark === 'certified') return criteria === '' ? '✓ no criterion' : `✓ ${criteria}`;
  if (summary.mark === 'not-listed') return `scored only: ${criteria}`;
  return '';
}

function countText(row: CoverageRow, many: number): string {
  if (row.flag === 'uncertified') return '**0 (none)**';
  if (row.flag === 'many') return `**${row.certifiedBy} (${many} or more)**`;
  return String(row.certifiedBy);
}

function flaggedLists(matrix: CoverageMatrix): string[] {
  const lines: string[] = [];
  const uncertified = matrix.rows.filter((row) => row.flag === 'uncertified');
  const many = matrix.rows.filter((row) => row.flag === 'many');
  if (uncertified.length > 0) lines.push(`- Certified by no badge (${uncertified.length}): ${uncertified.map((row) => cellEscape(row.competencyId)).join(', ')}`);
  if (many.length > 0) lines.push(`- Certified by ${matrix.many} or more badges (${many.length}): ${many.map((row) => cellEscape(row.competencyId)).join(', ')}`);
  return lines;
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Markdown-escaped text that also cannot end a table cell. */
function cellEscape(text: string): string {
  return escapeMarkdown(text).replace(/\|/g, '\\|');
}
