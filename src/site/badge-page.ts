/**
 * A badge's criteria page, at the URL its exported criteria `id` points to. It states what
 * the holder showed (competencies, evidence) and how it was assessed (methods, rubric,
 * passing rule). It also shows what comes before and after the badge in the pathway, its
 * alignments and its last review.
 */
import { badgeAlignments, sortedTags } from '../export/alignments.js';
import { paths, urlOf } from '../export/layout.js';
import { methodLabel } from '../export/narrative.js';
import { isGroup, type Badge, type Prerequisite } from '../model/types.js';
import { capitalise, listNames } from '../util/text.js';
import { languageOf, type SiteContext } from './context.js';
import { html, safeUrl, type Html } from './html.js';
import { sitePages, relativeHref } from './links.js';
import { renderMarkdown } from './markdown.js';
import { extensionSections, renderPage } from './page.js';
import { rubricTables } from './rubric-table.js';
import { alignmentTable, factList, reviewText, section } from './sections.js';

const SECTION_IDS = ['competencies', 'evidence', 'assessment', 'rubric', 'prerequisites', 'next', 'more-criteria', 'alignments', 'review'];

export function renderBadgePage(badge: Badge, site: SiteContext): string {
  const page = sitePages.badge(badge.id);
  const href = (target: string) => relativeHref(page, target);
  const lang = languageOf(badge, site.config);

  const image = site.imageSrc(badge.image, badge.source.file, page);
  const intro = html`<div class="intro">
${image === undefined ? '' : html`<img src="${image}" alt="" width="128" height="128">`}
<div>
<h1 lang="${lang}">${badge.name || badge.id}</h1>
<div lang="${lang}">${renderMarkdown(badge.description, 1)}</div>
</div>
</div>
${factList([
  ['Level', badge.level],
  ['Badge id', html`<span class="id">${badge.id}</span>`],
  ['Code', badge.humanCode],
  ['Version', badge.version],
  ['Achievement type', badge.achievementType],
  ['Tags', sortedTags(badge.tags).join(', ')],
])}
<p>A holder of this badge has shown every competency below with the evidence listed, and the evidence was assessed as described on this page.</p>`;

  const main = html`${intro}
${competencySection(badge, site, href)}
${evidenceSection(badge)}
${assessmentSection(badge)}
${rubricSection(badge, site, href)}
${prerequisiteSection(badge, site, href)}
${nextSection(badge, site, href)}
${criteriaSection(badge, site, lang)}
${alignmentSection(badge, site)}
${badge.review === undefined ? '' : section('review', 'Review', reviewText(badge.review, site.config.review.cadenceMonths))}
${extensionSections(site.extensions.badgeSections?.(badge) ?? [], SECTION_IDS)}`;

  return renderPage(
    {
      page,
      title: badge.name || badge.id,
      canonical: urlOf(site.baseUrl, paths.criteriaPage(badge.id)),
      breadcrumbs: [{ label: 'Badges', page: sitePages.catalogue }, { label: badge.name || badge.id }],
      main,
    },
    site,
  );
}

function competencySection(badge: Badge, site: SiteContext, href: (page: string) => string): Html {
  if (badge.competencies.length === 0) return section('competencies', 'Competencies', html`<p>This badge certifies no competency.</p>`);
  const items = badge.competencies.map((id) => {
    const competency = site.model.get('competency', id);
    if (competency === undefined) return html`<li>${id} <span class="muted">(not defined)</span></li>`;
    const name = competency.name || competency.statement;
    const statement = competency.name && competency.statement !== competency.name ? html`: ${competency.statement}` : '';
    return html`<li lang="${languageOf(competency, site.config)}"><a href="${href(sitePages.competency(id))}">${name}</a>${statement}</li>`;
  });
  return section('competencies', 'Competencies', html`<p>The holder can do each of these:</p><ul>${items}</ul>`);
}

function evidenceSection(badge: Badge): Html | '' {
  if (badge.evidence.length === 0) return '';
  const rows = badge.evidence.map(
    (evidence) => html`<tr><td>${capitalise(evidence.type)}</td><td>${evidence.description}</td><td>${evidence.required ? 'Required' : 'Optional'}</td></tr>`,
  );
  return section(
    'evidence',
    'Evidence',
    html`<table>
<caption>What the learner submits</caption>
<thead><tr><th scope="col">Type</th><th scope="col">Description</th><th scope="col">Required</th></tr></thead>
<tbody>${rows}</tbody>
</table>`,
  );
}

function assessmentSection(badge: Badge): Html | '' {
  const assessment = badge.assessment;
  if (assessment === undefined || (assessment.methods.length === 0 && assessment.reviewers === undefined)) return '';

  const methods = assessment.methods.length === 0 ? '' : html`Methods: ${listNames(assessment.methods.map(methodLabel))}. `;
  const reviewers =
    assessment.reviewers === undefined
      ? ''
      : html`Each submission is assessed by ${assessment.reviewers === 1 ? 'one reviewer' : `${assessment.reviewers} reviewers`}.`;
  return section('assessment', 'Assessment', html`<p>${methods}${reviewers}</p>`);
}

function rubricSection(badge: Badge, site: SiteContext, href: (page: string) => string): Html | '' {
  if (badge.rubric === undefined) return '';
  const rubric = site.model.get('rubric', badge.rubric);
  if (rubric === undefined) return section('rubric', 'Rubric', html`<p>The rubric "${badge.rubric}" is not defined.</p>`);

  const tables = rubricTables(rubric, {
    competency: (id) => {
      const competency = site.model.get('competency', id);
      return competency === undefined ? undefined : { href: href(sitePages.competency(id)), text: competency.name || competency.statement };
    },
  });
  return section('rubric', 'Rubric', tables);
}

function prerequisiteSection(badge: Badge, site: SiteContext, href: (page: string) => string): Html {
  if (badge.prerequisites.length === 0) {
    return section('prerequisites', 'Prerequisites', html`<p>None: this badge can be the first one a learner earns.</p>`);
  }
  const items = badge.prerequisites.map((entry) => prerequisiteItem(entry, site, href));
  return section('prerequisites', 'Prerequisites', html`<p>Earn all of these first:</p><ul>${items}</ul>`);
}

function prerequisiteItem(entry: Prerequisite, site: SiteContext, href: (page: string) => string): Html {
  if (!isGroup(entry)) return html`<li>${badgeLink(entry, site, href)}</li>`;
  const count = entry.minimum === 1 ? 'one' : String(entry.minimum);
  const members = entry.anyOf.map((id) => html`<li>${badgeLink(id, site, href)}</li>`);
  return html`<li>At least ${count} of:<ul>${members}</ul></li>`;
}

function badgeLink(id: string, site: SiteContext, href: (page: string) => string): Html {
  const badge = site.model.get('badge', id);
  if (badge === undefined) return html`${id} <span class="muted">(not defined)</span>`;
  const level = badge.level === undefined ? '' : html` <span class="muted">(level ${badge.level})</span>`;
  return html`<a href="${href(sitePages.badge(id))}">${badge.name || badge.id}</a>${level}`;
}

/** Lists the badges that name this one as a prerequisite, directly or in a group: what comes next. */
function nextSection(badge: Badge, site: SiteContext, href: (page: string) => string): Html | '' {
  const next = site.requiredBy(badge.id);
  if (next.length === 0) return '';
  return section('next', 'Builds towards', html`<ul>${next.map((other) => html`<li>${badgeLink(other.id, site, href)}</li>`)}</ul>`);
}

function criteriaSection(badge: Badge, site: SiteContext, lang: string): Html | '' {
  const narrative = badge.criteria?.narrative?.trim() ?? '';
  const url = safeUrl(badge.criteria?.url);
  const elsewhere = url === undefined ? '' : html`<p>The badge's Open Badges criteria link to <a href="${url}">${url}</a>.</p>`;
  if (narrative === '' && elsewhere === '') return '';
  return section('more-criteria', 'More about the criteria', html`${narrative === '' ? '' : html`<div lang="${lang}">${renderMarkdown(narrative, 2)}</div>`}${elsewhere}`);
}

function alignmentSection(badge: Badge, site: SiteContext): Html | '' {
  const table = alignmentTable(badgeAlignments(badge, site.model), 'Frameworks this badge and its competencies align to');
  return table === undefined ? '' : section('alignments', 'Alignments', table);
}
