/** A competency's page: its statement, the badges that certify it and how each scores it. */
import { paths, urlOf } from '../export/layout.js';
import { sortedTags } from '../export/alignments.js';
import type { Competency } from '../model/types.js';
import { listNames } from '../util/text.js';
import { languageOf, type SiteContext } from './context.js';
import { html, type Html } from './html.js';
import { relativeHref, sitePages } from './links.js';
import { renderMarkdown } from './markdown.js';
import { extensionSections, renderPage } from './page.js';
import { alignmentTable, factList, reviewText, section } from './sections.js';

const SECTION_IDS = ['certified-by', 'modules', 'alignments', 'review'];

export function renderCompetencyPage(competency: Competency, site: SiteContext): string {
  const page = sitePages.competency(competency.id);
  const lang = languageOf(competency, site.config);
  const title = competency.name || competency.statement || competency.id;
  const statement = competency.name && competency.statement !== competency.name ? html`<p class="lead" lang="${lang}">${competency.statement}</p>` : '';

  const main = html`<h1 lang="${lang}">${title}</h1>
${statement}
${competency.description === undefined ? '' : html`<div lang="${lang}">${renderMarkdown(competency.description, 1)}</div>`}
${factList([
  ['Competency id', html`<span class="id">${competency.id}</span>`],
  ['Level', competency.level],
  ['Tags', sortedTags(competency.tags).join(', ')],
])}
${certifiedBySection(competency, site, page)}
${moduleSection(competency, site)}
${alignmentSection(competency)}
${competency.review === undefined ? '' : section('review', 'Review', reviewText(competency.review, site.config.review.cadenceMonths))}
${extensionSections(site.extensions.competencySections?.(competency) ?? [], SECTION_IDS)}`;

  return renderPage(
    {
      page,
      title,
      canonical: urlOf(site.baseUrl, paths.competencyPage(competency.id)),
      breadcrumbs: [{ label: 'Badges', page: sitePages.catalogue }, { label: 'Competencies', page: `${sitePages.catalogue}#competencies` }, { label: title }],
      main,
    },
    site,
  );
}

function certifiedBySection(competency: Competency, site: SiteContext, page: string): Html {
  const badges = site.certifiers(competency.id);
  if (badges.length === 0) return section('certified-by', 'Certified by', html`<p>No badge certifies this competency yet.</p>`);

  const items = badges.map((badge) => {
    const rubric = badge.rubric === undefined ? undefined : site.model.get('rubric', badge.rubric);
    const criteria = rubric?.criteria.filter((criterion) => criterion.competency === competency.id) ?? [];
    const scored =
      criteria.length === 0
        ? html`<span class="muted">No rubric criterion scores it.</span>`
        : html`Scored by ${criteria.length === 1 ? 'the criterion' : 'the criteria'} ${listNames(criteria.map((criterion) => `"${criterion.name || criterion.description || criterion.id}"`))} of the rubric "${rubric?.name ?? ''}".`;
    const level = badge.level === undefined ? '' : html` <span class="muted">(level ${badge.level})</span>`;
    return html`<li><a href="${relativeHref(page, sitePages.badge(badge.id))}">${badge.name || badge.id}</a>${level}<br>${scored}</li>`;
  });
  return section('certified-by', 'Certified by', html`<ul>${items}</ul>`);
}

function moduleSection(competency: Competency, site: SiteContext): Html | '' {
  const modules = site.modulesFor(competency.id);
  if (modules.length === 0) return '';
  const items = modules.map((module) => {
    const duration = module.durationMinutes === undefined ? '' : html`, ${module.durationMinutes} minutes`;
    const produces = module.produces.length === 0 ? '' : html`; produces ${module.produces.join(', ')}`;
    return html`<li>${module.name || module.id}<span class="muted">${duration}${produces}</span></li>`;
  });
  return section('modules', 'Learning modules', html`<ul>${items}</ul>`);
}

function alignmentSection(competency: Competency): Html | '' {
  const table = alignmentTable(competency.alignments, 'Frameworks this competency aligns to');
  return table === undefined ? '' : section('alignments', 'Alignments', table);
}
