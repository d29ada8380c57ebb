/**
 * Which Open Badges version and class a document is, read from its `@context` and `type`,
 * before any check runs. The result decides which checks apply, or why none do.
 */
import type { PathSegment } from '../finding.js';
import { isClr2Context, isOb3Context, OB1_CONTEXT, OB2_CONTEXT, VC_V1_CONTEXT, VC_V2_CONTEXT } from './contexts.js';
import type { Ob3Class } from './ob3/schema.js';

export type Detection =
  | { version: '3.0'; cls: Ob3Class; vc11?: { evidence: string } }
  | { version: '2.0'; types: string[] }
  | { version: '1.0'; what: string }
  | { version: 'hybrid'; ob2: string; ob3: string }
  | { version: 'unchecked'; name: string; standard: string; path: PathSegment[] }
  | { version: 'unknown'; reason: string; path: PathSegment[] };

/** The 3.0 types that make a Verifiable Credential document an Open Badge even without the 3.0 context. */
const OB3_TYPES = ['AchievementCredential', 'OpenBadgeCredential', 'EndorsementCredential', 'Achievement', 'Profile'];

/** IRIs of the 2.0 vocabulary, which an inline copy of the 2.0 context maps its terms to. */
const OB2_VOCABULARY = 'https://w3id.org/openbadges#';

export function detectVersion(data: unknown): Detection {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { version: 'unknown', reason: `the document is ${Array.isArray(data) ? 'an array' : 'not a JSON object'}; an Open Badges document is one object`, path: [] };
  }
  const document = data as Record<string, unknown>;
  const contexts = contextEntries(document['@context']);
  const types = typeNames(document.type);

  const ob3 = contexts.find((entry) => typeof entry === 'string' && isOb3Context(entry)) as string | undefined;
  const ob2 = contexts.find((entry) => entry === OB2_CONTEXT || isOb2InlineContext(entry));
  if (ob3 !== undefined && ob2 !== undefined) {
    return { version: 'hybrid', ob2: typeof ob2 === 'string' ? `"${ob2}"` : 'an inline 2.0 context', ob3: `"${ob3}"` };
  }

  if (types.includes('ClrCredential') || contexts.some((entry) => typeof entry === 'string' && isClr2Context(entry))) {
    return { version: 'unchecked', name: 'ClrCredential', standard: 'a Comprehensive Learner Record 2.0', path: ['type'] };
  }
  if (ob3 !== undefined) return detectOb3(contexts, types, document);
  if (contexts.includes(VC_V2_CONTEXT) || contexts.includes(VC_V1_CONTEXT)) {
    const openBadge = types.some((type) => OB3_TYPES.includes(type));
    if (openBadge) return detectOb3(contexts, types, document);
    return { version: 'unknown', reason: 'it is a Verifiable Credential with neither an Open Badges 3.0 context nor an Open Badges type', path: ['@context'] };
  }
  if (ob2 !== undefined) return { version: '2.0', types };

  const ob1 = ob1Shape(document, contexts);
  if (ob1 !== undefined) return { version: '1.0', what: ob1 };

  const reason =
    document['@context'] === undefined
      ? 'it has no "@context" naming Open Badges 2.0 or 3.0'
      : 'its "@context" names neither Open Badges 2.0 ("https://w3id.org/openbadges/v2") nor 3.0 ("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")';
  return { version: 'unknown', reason, path: document['@context'] === undefined ? [] : ['@context'] };
}

function detectOb3(contexts: unknown[], types: string[], document: Record<string, unknown>): Detection {
  const vc11 = vc11Evidence(contexts, document);
  const withVc11 = vc11 === undefined ? {} : { vc11: { evidence: vc11 } };

  if (types.includes('EndorsementCredential')) {
    return { version: 'unchecked', name: 'EndorsementCredential', standard: 'an Open Badges 3.0 endorsement', path: ['type'] };
  }
  if (types.includes('AchievementCredential') || types.includes('OpenBadgeCredential') || types.includes('VerifiableCredential')) {
    return { version: '3.0', cls: 'AchievementCredential', ...withVc11 };
  }
  if (types.includes('Achievement')) return { version: '3.0', cls: 'Achievement' };
  if (types.includes('Profile')) return { version: '3.0', cls: 'Profile' };

  const named = types.length === 0 ? 'no "type"' : `the type ${types.map((type) => `"${type}"`).join(', ')}`;
  return {
    version: 'unknown',
    reason: `it has ${named}; validate checks an OpenBadgeCredential (or AchievementCredential), an Achievement or a Profile`,
    path: types.length === 0 ? [] : ['type'],
  };
}

/** Describes what marks a 3.0 credential as written for Verifiable Credentials 1.1, if anything. */
function vc11Evidence(contexts: unknown[], document: Record<string, unknown>): string | undefined {
  const signs: string[] = [];
  if (contexts.includes(VC_V1_CONTEXT)) signs.push(`"@context" names "${VC_V1_CONTEXT}"`);
  if (!contexts.includes(VC_V2_CONTEXT) && document.issuanceDate !== undefined) signs.push('it has "issuanceDate"');
  return signs.length === 0 ? undefined : signs.join(' and ');
}

/** Open Badges 1.0 documents carry no `type`; a BadgeClass links its criteria and issuer by URL. */
function ob1Shape(document: Record<string, unknown>, contexts: unknown[]): string | undefined {
  if (contexts.includes(OB1_CONTEXT)) return 'document ("@context" names the 1.0 context)';
  if (document['@context'] !== undefined || document.type !== undefined) return undefined;
  if (typeof document.criteria === 'string' && document.issuer !== undefined) return 'BadgeClass ("criteria" and "issuer" without "@context" or "type")';
  if (document.recipient !== undefined && document.badge !== undefined) return 'Assertion ("recipient" and "badge" without "@context" or "type")';
  if (typeof document.name === 'string' && typeof document.url === 'string' && document.criteria === undefined) {
    return 'issuer organization ("name" and "url" without "@context" or "type")';
  }
  return undefined;
}

function contextEntries(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function typeNames(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/** Tells whether a context entry is an inline object mapping terms into the 2.0 vocabulary, as copies of the 2.0 context do. */
function isOb2InlineContext(entry: unknown): boolean {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return false;
  return Object.values(entry).some((value) => value === OB2_VOCABULARY || (typeof value === 'string' && value.startsWith(OB2_VOCABULARY)));
}
