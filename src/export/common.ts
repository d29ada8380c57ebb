/** What every Open Badges target needs first: the base URL, the issuer, images and criteria URLs. */
import type { Issuer } from '../config/types.js';
import type { Badge } from '../model/types.js';
import { ImagePublisher } from './images.js';
import { criteriaUrl } from './layout.js';
import { ExportError, type ExportInput } from './output.js';

export interface ExportBase {
  baseUrl: string;
  issuer: Issuer & { id: string };
  images: ImagePublisher;
  /** The criteria page URL of a badge: its own `criteria.url`, else the page `site` writes. */
  criteriaUrl(badge: Badge): string;
}

export function exportBase(input: ExportInput): ExportBase {
  const baseUrl = input.config.baseUrl;
  const issuer = input.config.issuer;
  if (baseUrl === undefined || issuer?.id === undefined) {
    throw new ExportError('Cannot export without baseUrl and an issuer id under it; run badgemap lint for details.');
  }

  return {
    baseUrl,
    issuer: { ...issuer, id: issuer.id },
    images: new ImagePublisher(input.model, baseUrl, input.embedImages),
    criteriaUrl: (badge) => criteriaUrl(badge, baseUrl),
  };
}
