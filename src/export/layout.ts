/**
 * Where every exported thing lives: its URL under `baseUrl` and its file under the output
 * folder, which are the same path. Export and the site both take their URLs from here.
 */
import { createHash } from 'node:crypto';

import type { Config } from '../config/types.js';
import type { Badge } from '../model/types.js';
import type { ImageType } from './image.js';

const SAFE_SEGMENT = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;
const SLUG_LIMIT = 40;

/**
 * Turns an id into one URL path segment and file name. An id of letters, digits, `_`, `-`
 * and inner dots is used as it is, unless it ends in `.json`. Any other id becomes a
 * lower-case ASCII slug of at most 40 characters, then `-` and the first 8 hex digits of the
 * id's SHA-256, so the result never needs escaping and can never leave its folder. An id
 * with no letter or digit to slug becomes the 8 hex digits alone.
 */
export function seg(id: string): string {
  if (SAFE_SEGMENT.test(id) && !id.toLowerCase().endsWith('.json')) return id;

  const hash = sha256(id).slice(0, 8);
  const slug = id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_LIMIT)
    .replace(/-+$/, '');
  return slug === '' ? hash : `${slug}-${hash}`;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export const paths = {
  badgeClass: (id: string) => `badges/${seg(id)}.json`,
  achievement: (id: string) => `achievements/${seg(id)}.json`,
  criteriaPage: (id: string) => `badges/${seg(id)}/`,
  competencyPage: (id: string) => `competencies/${seg(id)}/`,
  /** The site's front page and its coverage grid, written by `site`. */
  catalogue: () => '',
  coveragePage: () => 'coverage/',
  image: (bytes: Uint8Array, type: ImageType) => `images/${sha256(bytes).slice(0, 12)}.${type}`,
};

/** The URL of a path under the base URL, which always ends with `/`. */
export function urlOf(baseUrl: string, path: string): string {
  return `${baseUrl}${path}`;
}

/** The criteria URL of a badge: its own `criteria.url`, else its criteria page under the base URL. */
export function criteriaUrl(badge: Badge, baseUrl: string): string {
  return badge.criteria?.url ?? urlOf(baseUrl, paths.criteriaPage(badge.id));
}

/**
 * The file path of the issuer Profile under the output folder, taken from its id, or
 * `undefined` when the id is not a plain file path under `baseUrl`.
 */
export function issuerFilePath(config: Config): string | undefined {
  const id = config.issuer?.id;
  const baseUrl = config.baseUrl;
  if (id === undefined || baseUrl === undefined || !id.startsWith(baseUrl)) return undefined;

  const relative = id.slice(baseUrl.length);
  const segments = relative.split('/');
  const plain = segments.every((segment) => SAFE_SEGMENT.test(segment));
  return plain && relative !== '' ? relative : undefined;
}
