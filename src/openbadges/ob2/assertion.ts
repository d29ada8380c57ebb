/**
 * The Open Badges 2.0 rules of an Assertion that reach beyond its own properties: its
 * recipient, its BadgeClass (embedded or linked), hosted or signed verification against its
 * issuer, revocation and expiry.
 */
import type { PathSegment } from '../../finding.js';
import { obRuleRule } from '../../rules/ob-rule.js';
import { describeJson, type DocumentReporter } from '../report.js';
import type { Ob2Checker } from './check.js';
import { checkClass, fieldName, isObject, toStrings, type Data } from './classes.js';
import { isDateTimeWithZone, isEmail, isHashedIdentity, isHttpUrl, isIri, originOf } from './values.js';

export function checkAssertion(data: Data, path: PathSegment[], reporter: DocumentReporter, checker: Ob2Checker): void {
  checkRecipient(data.recipient, [...path, 'recipient'], reporter);
  const badge = badgeOf(data, path, reporter, checker);
  const issuer = badge === undefined ? undefined : issuerOfBadge(badge, checker);
  checkVerification(data, path, issuer, reporter);

  if (data.revoked === true) {
    const reason = typeof data.revocationReason === 'string' ? `: ${data.revocationReason}` : '';
    reporter.report(obRuleRule, 'revoked', { reason }, [...path, 'revoked']);
  }
  if (isDateTimeWithZone(data.expires) && Date.parse(data.expires) < Date.parse(`${checker.today}T00:00:00Z`)) {
    reporter.report(obRuleRule, 'expired', { what: 'Assertion', date: data.expires, field: 'expires', today: checker.today }, [...path, 'expires']);
  }
}

/** Checks the BadgeClass an Assertion names, embedded or linked, and returns it. */
function badgeOf(data: Data, path: PathSegment[], reporter: DocumentReporter, checker: Ob2Checker): { data: Data; linked?: { reporter: DocumentReporter } } | undefined {
  const badge = data.badge;
  const at = [...path, 'badge'];
  if (isObject(badge)) {
    checkClass('BadgeClass', badge, at, reporter, checker);
    return { data: badge };
  }
  if (badge === undefined || badge === null) return undefined;
  if (!isIri(badge)) {
    reporter.report(obRuleRule, 'reference', { field: fieldName(at), expected: 'the BadgeClass URL or an embedded BadgeClass', actual: describeJson(badge) }, at);
    return undefined;
  }
  const linked = checker.checkLinked(badge, 'BadgeClass', ['BadgeClass'], at, reporter);
  return linked === undefined ? undefined : { data: linked.data, linked: { reporter: linked.reporter } };
}

/** Returns the issuer of a BadgeClass already checked, read again without reporting anything new. */
function issuerOfBadge(badge: { data: Data }, checker: Ob2Checker): Data | undefined {
  const issuer = badge.data.issuer;
  if (isObject(issuer)) return issuer;
  if (typeof issuer !== 'string') return undefined;
  return checker.peekLinked(issuer);
}

function checkRecipient(value: unknown, path: PathSegment[], reporter: DocumentReporter): void {
  if (value === undefined || value === null) return;
  if (!isObject(value)) {
    reporter.report(obRuleRule, 'reference', { field: fieldName(path), expected: 'an IdentityObject', actual: describeJson(value) }, path);
    return;
  }
  for (const field of ['identity', 'type', 'hashed']) {
    if (value[field] === undefined) reporter.report(obRuleRule, 'required', { owner: 'The recipient IdentityObject', field }, path);
  }
  if (value.hashed !== undefined && typeof value.hashed !== 'boolean') {
    reporter.report(obRuleRule, 'boolean', { field: fieldName([...path, 'hashed']), actual: describeJson(value.hashed) }, [...path, 'hashed']);
  }
  if (value.salt !== undefined && typeof value.salt !== 'string') {
    reporter.report(obRuleRule, 'text', { field: fieldName([...path, 'salt']), actual: describeJson(value.salt) }, [...path, 'salt']);
  }

  const identity = value.identity;
  const at = [...path, 'identity'];
  if (identity === undefined) return;
  if (value.hashed === true && !isHashedIdentity(identity)) {
    reporter.report(obRuleRule, 'hashedIdentity', { field: fieldName(at), actual: describeJson(identity) }, at);
  } else if (value.hashed === false && value.type === 'email' && !isEmail(identity)) {
    reporter.report(obRuleRule, 'recipientEmail', { field: fieldName(at), actual: describeJson(identity) }, at);
  } else if (typeof identity !== 'string') {
    reporter.report(obRuleRule, 'text', { field: fieldName(at), actual: describeJson(identity) }, at);
  }
}

const HOSTED = ['hosted', 'HostedBadge'];
const SIGNED = ['signed', 'SignedBadge'];

function checkVerification(data: Data, path: PathSegment[], issuer: Data | undefined, reporter: DocumentReporter): void {
  const verification = data.verification;
  const at = [...path, 'verification'];
  if (verification === undefined || verification === null) return;
  if (!isObject(verification)) {
    reporter.report(obRuleRule, 'reference', { field: fieldName(at), expected: 'a VerificationObject', actual: describeJson(verification) }, at);
    return;
  }

  const type = verification.type;
  if (type === undefined) {
    reporter.report(obRuleRule, 'required', { owner: 'The verification object', field: 'type' }, at);
    return;
  }
  if (typeof type !== 'string' || ![...HOSTED, ...SIGNED].includes(type)) {
    reporter.report(obRuleRule, 'verificationType', { field: fieldName([...at, 'type']), actual: describeJson(type) }, [...at, 'type']);
    return;
  }
  if (SIGNED.includes(type)) {
    reporter.report(obRuleRule, 'proofNotVerified', { what: 'Assertion', proof: 'signed verification' }, [...at, 'type'], { severity: 'info' });
    return;
  }
  checkHostedOrigin(data, path, issuer, reporter);
}

/**
 * A hosted Assertion must be published where its issuer allows: under one of the issuer's
 * `verification.allowedOrigins`, by default the origin of the issuer's id, and under one of
 * its `startsWith` prefixes when given. An issuer without an http(s) id cannot be compared.
 */
function checkHostedOrigin(data: Data, path: PathSegment[], issuer: Data | undefined, reporter: DocumentReporter): void {
  if (issuer === undefined || !isHttpUrl(issuer.id) || !isHttpUrl(data.id)) return;

  const policy = isObject(issuer.verification) ? issuer.verification : {};
  const allowedOrigins = toStrings(policy.allowedOrigins);
  const origins = allowedOrigins.length > 0 ? allowedOrigins : [originOf(issuer.id) ?? ''];
  const assertionOrigin = originOf(data.id) ?? '';
  const host = new URL(data.id).host;
  const originAllowed = origins.some((origin) => origin === assertionOrigin || origin === host);
  const prefixes = toStrings(policy.startsWith);
  const prefixAllowed = prefixes.length === 0 || prefixes.some((prefix) => (data.id as string).startsWith(prefix));

  if (!originAllowed || !prefixAllowed) {
    const origin = [...origins, ...prefixes].map((value) => `"${value}"`).join(', ');
    reporter.report(obRuleRule, 'hostedOrigin', { origin, id: data.id }, [...path, 'id']);
  }
}
