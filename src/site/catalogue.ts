/**
 * The catalogue, the site's front page: each pathway with its graph and the same pathway as
 * a list, then every badge grouped by level, then every competency.
 */
import { paths, urlOf } from '../export/layout.js';
import { compareBadges, splitPathways, type PathwayGraph } from '../graph/pathway.js';
import { compareText } from '../finding.js';
import type { Badge, Competency } from '../model/types.js';
import { listNames, plural } from '../util/text.js';
import { languageOf, type SiteContext } from './context.js';
import { html, type Html } from './html.js';
import { sitePages } from './links.js';
import { renderMarkdown } from './markdown.js';
import { extensionSections, renderPage } from './page.js';
import { section } from './sections.js';

const SECTION_IDS = ['pathways', 'badges', 'competencies'];

export interface PathwayPicture {
  graph: PathwayGraph;
  /** The inline `<svg>` of the pathway, with links relative to the catalogue. */
  svg: Html;
}

export function renderCatalogue(site: SiteContext, pictures: readonly PathwayPicture[]): string {
  const page = sitePages.catalogue;
  const badges = site.model.distinct('badge').sort(compareBadges);
  const competencies = site.model.distinct('competency');
  const issuer = site.config.issuer;

  const main = html`<h1>Badge catalogue</h1>
${issuer?.description === undefined ? '' : html`<p class="lead">${issuer.description}</p>`}
<p>${plural(badges.length, 'badge')} ${badges.length === 1 ? 'certifies' : 'certify'} ${plural(competencies.length, 'competency', 'competencies')}. Each badge's page states what its holder showed and how it was assessed.</p>
${pathwaySection(pictures, site)}
${badgeSection(badges, site, page)}
${competencySection(site)}
${extensionSections(site.extensions.catalogueSections?.() ?? [], SECTION_IDS)}`;

  return renderPage({ page, title: 'Badge catalogue', canonical: urlOf(site.baseUrl, paths.catalogue()), breadcrumbs: [], main }, site);
}

function pathwaySection(pictures: readonly PathwayPicture[], site: SiteContext): Html | '' {
  if (pictures.length === 0) return '';
  const pathways = pictures.map((picture, index) => {
    const title = pathwayTitle(picture.graph, site);
    return html`<section aria-labelledby="pathway-${index + 1}">
<h3 id="pathway-${index + 1}">${title}</h3>
<figure class="pathway">
${picture.svg}
<figcaption>Each arrow points from a badge to a badge that builds on it; a dashed oval means any of the badges pointing into it will do. Select a badge to read its criteria.</figcaption>
</figure>
${pathwayList(picture.graph, site)}
</section>`;
  });
  return section('pathways', 'Pathways', html`${pathways}`);
}

/** Names a pathway after its last badges: those that no other badge in it requires. */
function pathwayTitle(graph: PathwayGraph, site: SiteContext): string {
  const hasOutgoing = new Set(graph.edges.map((edge) => edge.from));
  const badges = graph.nodes.filter((node) => node.kind === 'badge');
  const last = badges.filter((node) => !hasOutgoing.has(node.key));
  const names = (last.length > 0 ? last : badges).map((node) => site.model.get('badge', node.id ?? '')?.name || node.label);
  return `Pathway to ${listNames(names)}`;
}

/** Lists the pathway's badges in level order with what each requires, as the graph's text alternative. */
function pathwayList(graph: PathwayGraph, site: SiteContext): Html {
  const badges = graph.nodes
    .filter((node) => node.kind === 'badge')
    .map((node) => site.model.get('badge', node.id ?? ''))
    .filter((badge): badge is Badge => badge !== undefined);
  const items = badges.map((badge) => {
    const level = badge.level === undefined ? '' : html` <span class="muted">(level ${badge.level})</span>`;
    const requires = badge.prerequisites.length === 0 ? '' : html`, after ${requirementText(badge, site)}`;
    return html`<li><a href="${sitePages.badge(badge.id)}">${badge.name || badge.id}</a>${level}${requires}</li>`;
  });
  return html`<ol>${items}</ol>`;
}

function requirementText(badge: Badge, site: SiteContext): string {
  const name = (id: string) => site.model.get('badge', id)?.name || id;
  const parts = badge.prerequisites.map((entry) => {
    if (typeof entry === 'string') return name(entry);
    const count = entry.minimum === 1 ? 'one' : String(entry.minimum);
    return `${count} of ${listNames(entry.anyOf.map(name), 'or')}`;
  });
  return listNames(parts);
}

function badgeSection(badges: readonly Badge[], site: SiteContext, page: string): Html {
  if (badges.length === 0) return section('badges', 'Badges by level', html`<p>No badges are defined yet.</p>`);

  const groups = new Map<string, Badge[]>();
  for (const badge of badges) {
    const heading = badge.level === undefined ? 'Without a level' : `Level ${badge.level}`;
    groups.set(heading, [...(groups.get(heading) ?? []), badge]);
  }
  const levels = [...groups].map(
    ([heading, members]) => html`<h3>${heading}</h3>
<ul class="cards">${members.map((badge) => badgeCard(badge, site, page))}</ul>`,
  );
  return section('badges', 'Badges by level', html`${levels}`);
}

function badgeCard(badge: Badge, site: SiteContext, page: string): Html {
  const image = site.imageSrc(badge.image, badge.source.file, page);
  const lang = languageOf(badge, site.config);
  return html`<li class="card">
${image === undefined ? '' : html`<img src="${image}" alt="" width="64" height="64">`}
<div>
<h4 lang="${lang}"><a href="${sitePages.badge(badge.id)}">${badge.name || badge.id}</a></h4>
<div lang="${lang}">${renderMarkdown(badge.description, 4)}</div>
<p class="muted">${plural(badge.competencies.length, 'competency', 'competencies')}${badge.evidence.length === 0 ? '' : `, ${plural(badge.evidence.length, 'piece of evidence', 'pieces of evidence')}`}</p>
</div>
</li>`;
}

function competencySection(site: SiteContext): Html {
  const label = (competency: Competency) => competency.name || competency.statement || competency.id;
  const competencies = site.model.distinct('competency').sort((a, b) => compareText(label(a), label(b)) || compareText(a.id, b.id));
  const coverage = html`<p>The <a href="${sitePages.coverage}">competency coverage</a> page shows which badge certifies which competency.</p>`;
  if (competencies.length === 0) return section('competencies', 'Competencies', html`<p>No competencies are defined yet.</p>`);

  const items = competencies.map((competency) => {
    const count = site.certifiers(competency.id).length;
    const certified = count === 0 ? html`<span class="flag">certified by no badge</span>` : html`certified by ${plural(count, 'badge')}`;
    return html`<li><a href="${sitePages.competency(competency.id)}" lang="${languageOf(competency, site.config)}">${label(competency)}</a> <span class="muted">(${certified})</span></li>`;
  });
  return section('competencies', 'Competencies', html`${coverage}<ul>${items}</ul>`);
}
