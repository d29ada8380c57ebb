/**
 * Builds the static site: the catalogue, a criteria page per badge, a page per competency,
 * the coverage grid, and the badge images, as files under the output folder at the paths
 * `export/layout.ts` gives them. Pages need no JavaScript and link to each other relatively.
 */
import type { Config } from '../config/types.js';
import { ImagePublisher } from '../export/images.js';
import { issuerFilePath } from '../export/layout.js';
import { ExportError, type OutputFile } from '../export/output.js';
import { renderDot } from '../graph/dot.js';
import { buildPathwayGraph, compareBadges, splitPathways } from '../graph/pathway.js';
import { inlineSvg, renderSvg } from '../graph/svg.js';
import { imagePath } from '../load/workspace.js';
import { buildCoverage } from '../matrix/coverage.js';
import type { Model } from '../model/model.js';
import { prerequisiteTargets, type Badge, type Module } from '../model/types.js';
import { renderBadgePage } from './badge-page.js';
import { renderCatalogue, type PathwayPicture } from './catalogue.js';
import { renderCompetencyPage } from './competency-page.js';
import type { SiteContext } from './context.js';
import { renderCoveragePage } from './coverage-page.js';
import type { SiteExtensions } from './extensions.js';
import { safeUrl, trustedHtml } from './html.js';
import { relativeHref, sitePages } from './links.js';

export interface SiteInput {
  model: Model;
  config: Config;
  /** Content other features add to the pages; none when absent. */
  extensions?: SiteExtensions;
}

export async function buildSite(input: SiteInput): Promise<OutputFile[]> {
  const { model, config } = input;
  if (config.baseUrl === undefined) throw new ExportError('Cannot build the site without baseUrl; run badgemap lint for details.');

  // Publishing under an empty base URL gives each image's path under the output folder.
  const images = new ImagePublisher(model, '', false);
  const site = siteContext(model, config, config.baseUrl, input.extensions ?? {}, images);

  const files: OutputFile[] = [];
  files.push({ path: sitePages.catalogue, content: renderCatalogue(site, await pathwayPictures(model)) });
  files.push({ path: sitePages.coverage, content: renderCoveragePage(buildCoverage(model), site) });
  for (const badge of model.distinct('badge')) files.push({ path: sitePages.badge(badge.id), content: renderBadgePage(badge, site) });
  for (const competency of model.distinct('competency')) {
    files.push({ path: sitePages.competency(competency.id), content: renderCompetencyPage(competency, site) });
  }
  files.push(...images.files.values());

  checkPaths(files, config);
  return files;
}

function siteContext(model: Model, config: Config, baseUrl: string, extensions: SiteExtensions, images: ImagePublisher): SiteContext {
  const badges = model.distinct('badge').sort(compareBadges);
  const requiredBy = new Map<string, Badge[]>();
  const certifiers = new Map<string, Badge[]>();
  for (const badge of badges) {
    for (const id of new Set(prerequisiteTargets(badge).map((target) => target.id))) append(requiredBy, id, badge);
    for (const id of new Set(badge.competencies)) append(certifiers, id, badge);
  }
  const modules = new Map<string, Module[]>();
  for (const module of model.distinct('module')) for (const id of new Set(module.competencies)) append(modules, id, module);

  return {
    model,
    config,
    baseUrl,
    extensions,
    requiredBy: (id) => requiredBy.get(id) ?? [],
    certifiers: (id) => certifiers.get(id) ?? [],
    modulesFor: (id) => modules.get(id) ?? [],
    imageSrc(image, definitionFile, fromPage) {
      if (image === undefined) return undefined;
      const file = imagePath(image, definitionFile);
      if (file === undefined) return safeUrl(image);
      return relativeHref(fromPage, images.publish(image, file));
    },
  };
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Lays out a graph per pathway with Graphviz, each with its own element ids so that they can share the page. */
async function pathwayPictures(model: Model): Promise<PathwayPicture[]> {
  const pathways = splitPathways(buildPathwayGraph(model, { competencies: false }));
  const pictures: PathwayPicture[] = [];
  for (const [index, graph] of pathways.entries()) {
    const dot = renderDot(graph, {
      title: `Pathway ${index + 1}`,
      idPrefix: `pathway-${index + 1}-`,
      badgeLink: (id) => sitePages.badge(id),
    });
    pictures.push({ graph, svg: trustedHtml(inlineSvg(await renderSvg(dot))) });
  }
  return pictures;
}

/**
 * Rejects two files whose paths differ only in letter case, which would overwrite each other
 * on macOS and Windows, and a page that would overwrite the issuer Profile export writes.
 */
function checkPaths(files: readonly OutputFile[], config: Config): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const key = file.path.toLowerCase();
    const other = seen.get(key);
    if (other !== undefined && other !== file.path) {
      throw new ExportError(`Cannot build the site: "${other}" and "${file.path}" differ only in letter case. Rename one of the ids.`);
    }
    seen.set(key, file.path);
  }

  const issuerPath = issuerFilePath(config);
  if (issuerPath !== undefined && seen.has(issuerPath.toLowerCase())) {
    throw new ExportError(`Cannot build the site: the issuer id points to "${issuerPath}", which is a page of the site. Give the issuer a JSON path, such as issuer.json.`);
  }
}
