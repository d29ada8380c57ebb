/**
 * The coverage grid as an HTML table, for the site's coverage page and for
 * `matrix --format html`, which wraps it in a page of its own.
 */
import { html, trustedHtml, type Html } from '../site/html.js';
import { CONTENT_SECURITY_POLICY, SITE_CSS } from '../site/style.js';
import { plural } from '../util/text.js';
import { cellSummary, rowCells, rowLabel, type CoverageCell, type CoverageMatrix, type CoverageRow } from './coverage.js';

export interface CoverageLinks {
  badge(id: string): string | undefined;
  competency(id: string): string | undefined;
}

export function coverageTable(matrix: CoverageMatrix, links: CoverageLinks): Html {
  const badgeHeaders = matrix.badges.map((badge) => html`<th scope="col">${link(links.badge(badge.id), badge.name || badge.id)}</th>`);
  const rows = matrix.rows.map((row) => coverageRow(row, matrix, links));

  return html`<div class="table-scroll"><table class="coverage">
<caption>Which badge certifies which competency, and the rubric criteria that score it</caption>
<thead><tr><th scope="col">Competency</th>${badgeHeaders}<th scope="col">Certified by</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row">Competencies per badge</th>${matrix.columnTotals.map((total) => html`<td>${total}</td>`)}<td></td></tr></tfoot>
</table></div>`;
}

function coverageRow(row: CoverageRow, matrix: CoverageMatrix, links: CoverageLinks): Html {
  const label =
    row.competency === undefined
      ? html`${row.competencyId} <span class="flag">(unknown competency)</span>`
      : html`${link(links.competency(row.competencyId), rowLabel(row))} <span class="id">${row.competencyId}</span>`;
  return html`<tr${row.flag === undefined ? '' : html` class="${row.flag}"`}><th scope="row">${label}</th>${rowCells(row, matrix).map((cell) => html`<td>${cellHtml(cell)}</td>`)}<td class="count">${countHtml(row, matrix.many)}</td></tr>
`;
}

function cellHtml(cell: CoverageCell | undefined): Html | '' {
  const summary = cellSummary(cell);
  const criteria = summary.criteria.join(', ');
  if (summary.mark === 'certified') {
    return criteria === '' ? html`<span aria-hidden="true">✓</span> certified, no criterion` : html`<span aria-hidden="true">✓</span> ${criteria}`;
  }
  if (summary.mark === 'not-listed') return html`<span class="flag">scored only:</span> ${criteria}`;
  return '';
}

function countHtml(row: CoverageRow, many: number): Html {
  if (row.flag === 'uncertified') return html`<span class="flag">0: no badge</span>`;
  if (row.flag === 'many') return html`<span class="flag">${row.certifiedBy}: ${many} or more</span>`;
  return html`${row.certifiedBy}`;
}

function link(href: string | undefined, text: string): Html {
  return href === undefined ? html`${text}` : html`<a href="${href}">${text}</a>`;
}

/** Renders the grid's size and the counts of flagged competencies as a paragraph. */
export function coverageSummary(matrix: CoverageMatrix): Html {
  const uncertified = matrix.rows.filter((row) => row.flag === 'uncertified').length;
  const many = matrix.rows.filter((row) => row.flag === 'many').length;
  return html`<p>${plural(matrix.rows.length, 'competency', 'competencies')} and ${plural(matrix.badges.length, 'badge')}.
${plural(uncertified, 'competency is', 'competencies are')} certified by no badge, and ${plural(many, 'competency is', 'competencies are')} certified by ${matrix.many} or more.
A ✓ marks a badge that certifies the competency, followed by the ids of the rubric criteria that score it.</p>`;
}

/** Renders the grid as a complete HTML document, for `matrix --format html`. */
export function renderCoverageHtml(matrix: CoverageMatrix, links: CoverageLinks): string {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>Competency coverage</title>
<style>
${trustedHtml(SITE_CSS)}
</style>
</head>
<body>
<main id="main">
<h1>Competency coverage</h1>
${coverageSummary(matrix)}
${coverageTable(matrix, links)}
</main>
</body>
</html>
`.text;
}
