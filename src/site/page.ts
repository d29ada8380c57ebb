/** The frame every page shares: head, site header, breadcrumbs, main content and footer. */
import type { SiteContext } from './context.js';
import type { PageSection } from './extensions.js';
import { html, safeUrl, trustedHtml, type Html } from './html.js';
import { relativeHref, sitePages } from './links.js';
import { CONTENT_SECURITY_POLICY, SITE_CSS } from './style.js';

export interface Breadcrumb {
  label: string;
  /** The page's file under the output folder; absent for the current page. */
  page?: string;
}

export interface PageInput {
  /** This page's file under the output folder, such as `badges/a/index.html`. */
  page: string;
  title: string;
  /** The URL the page is published at. */
  canonical: string;
  breadcrumbs: Breadcrumb[];
  main: Html;
}

export function renderPage(input: PageInput, site: SiteContext): string {
  const issuerName = site.config.issuer?.name ?? 'Badges';
  const link = (page: string) => relativeHref(input.page, page);

  const document = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="generator" content="badgemap">
<title>${input.title} · ${issuerName}</title>
<link rel="canonical" href="${input.canonical}">
<style>
${trustedHtml(SITE_CSS)}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="site-header">
<a class="site-name" href="${link(sitePages.catalogue)}">${issuerName}</a>
<nav aria-label="Site">
<ul>
<li><a href="${link(sitePages.catalogue)}">Badges</a></li>
<li><a href="${link(sitePages.coverage)}">Competency coverage</a></li>
</ul>
</nav>
</header>
<main id="main">
${breadcrumbs(input)}
${input.main}
</main>
${footer(site)}
</body>
</html>
`;
  return document.text;
}

function breadcrumbs(input: PageInput): Html | undefined {
  if (input.breadcrumbs.length < 2) return undefined;
  const items = input.breadcrumbs.map((crumb) =>
    crumb.page === undefined
      ? html`<li aria-current="page">${crumb.label}</li>`
      : html`<li><a href="${relativeHref(input.page, crumb.page)}">${crumb.label}</a></li>`,
  );
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${items}</ol></nav>`;
}

function footer(site: SiteContext): Html {
  const issuer = site.config.issuer;
  const url = safeUrl(issuer?.url);
  const name = issuer?.name ?? 'the issuer';
  const publisher = url === undefined ? html`${name}` : html`<a href="${url}">${name}</a>`;
  return html`<footer class="site-footer">
<p>Published by ${publisher}. These pages state what each badge certifies and how it is assessed; they are generated from the program's definitions.</p>
</footer>`;
}

/**
 * Renders sections given by extensions as `h2` sections, after checking that their ids are
 * fragment-safe and unique on the page.
 */
export function extensionSections(sections: readonly PageSection[], reservedIds: readonly string[]): Html[] {
  const used = new Set(reservedIds);
  return [...sections].map((section) => {
    if (!/^[A-Za-z][\w-]*$/.test(section.id)) throw new Error(`Invalid site section id "${section.id}": use letters, digits, "-" and "_", starting with a letter.`);
    if (used.has(section.id)) throw new Error(`Site section id "${section.id}" is used twice on one page.`);
    used.add(section.id);
    return html`<section aria-labelledby="${section.id}"><h2 id="${section.id}">${section.heading}</h2>
${section.body}
</section>`;
  });
}
