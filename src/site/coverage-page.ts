/** The site's coverage page: the competency × badge grid that `badgemap matrix --format html` writes. */
import { paths, urlOf } from '../export/layout.js';
import { fitsTable, type CoverageMatrix } from '../matrix/coverage.js';
import { coverageSummary, coverageTable } from '../matrix/html.js';
import type { SiteContext } from './context.js';
import { html } from './html.js';
import { relativeHref, sitePages } from './links.js';
import { renderPage } from './page.js';

export function renderCoveragePage(matrix: CoverageMatrix, site: SiteContext): string {
  const page = sitePages.coverage;
  const table = fitsTable(matrix)
    ? coverageTable(matrix, {
        badge: (id) => relativeHref(page, sitePages.badge(id)),
        competency: (id) => (site.model.has('competency', id) ? relativeHref(page, sitePages.competency(id)) : undefined),
      })
    : html`<p>The grid of every competency by every badge has ${(matrix.rows.length * matrix.badges.length).toLocaleString('en-US')} cells, too many for one page. <code>badgemap matrix --format csv</code> writes it for a spreadsheet.</p>`;
  const main = html`<h1>Competency coverage</h1>
${coverageSummary(matrix)}
${table}`;
  return renderPage(
    {
      page,
      title: 'Competency coverage',
      canonical: urlOf(site.baseUrl, paths.coveragePage()),
      breadcrumbs: [{ label: 'Badges', page: sitePages.catalogue }, { label: 'Competency coverage' }],
      main,
    },
    site,
  );
}
