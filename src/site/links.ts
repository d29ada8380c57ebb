/**
 * The file of every site page under the output folder, and the links between them. Links are
 * relative and name `index.html`, so the folder works both opened from disk and published at
 * `baseUrl`. Each page's canonical URL is the folder URL that export points to.
 */
import path from 'node:path';

import { paths } from '../export/layout.js';

export const sitePages = {
  catalogue: `${paths.catalogue()}index.html`,
  coverage: `${paths.coveragePage()}index.html`,
  badge: (id: string) => `${paths.criteriaPage(id)}index.html`,
  competency: (id: string) => `${paths.competencyPage(id)}index.html`,
};

/** Returns the relative link from one file under the output folder to another. */
export function relativeHref(from: string, to: string): string {
  return path.posix.relative(path.posix.dirname(from), to) || path.posix.basename(to);
}
