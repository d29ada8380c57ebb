/** The value forms Open Badges 2.0 accepts, as the reference validator checks them. */

const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE_TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;
const DATA_URI = /^data:([^;,]*)(;[^,]*)?,/i;
const HASHED_IDENTITY = /^(sha256\$[0-9a-f]{64}|md5\$[0-9a-f]{32})$/i;

export const IMAGE_MEDIA_TYPES = ['image/png', 'image/svg+xml'];

export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** An id of a 2.0 document: an http(s) URL or a `urn:uuid:` of UUID version 1 to 5. */
export function isBadgeId(value: unknown): value is string {
  return isHttpUrl(value) || (typeof value === 'string' && UUID_URN.test(value));
}

export function isIri(value: unknown): value is string {
  return typeof value === 'string' && IRI.test(value);
}

export function isEmail(value: unknown): value is string {
  return typeof value === 'string' && EMAIL.test(value);
}

export function isDateTimeWithZone(value: unknown): value is string {
  return typeof value === 'string' && DATE_TIME_WITH_ZONE.test(value) && !Number.isNaN(Date.parse(value));
}

/** The media type of a data URI, or `undefined` for any other value. */
export function dataUriType(value: string): string | undefined {
  const match = DATA_URI.exec(value);
  return match === null ? undefined : (match[1] ?? '').toLowerCase() || 'text/plain';
}

export function isHashedIdentity(value: unknown): boolean {
  return typeof value === 'string' && HASHED_IDENTITY.test(value);
}

/** The origin (`scheme://host:port`) of an http(s) URL. */
export function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
