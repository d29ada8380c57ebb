/**
 * The rules of each Open Badges 2.0 class, as 1EdTech's reference validator checks them:
 * required properties, the form of each value, and the rules that join several documents
 * (hosted verification, revocation, expiry).
 */
import { formatPath, type PathSegment } from '../../finding.js';
import { obRuleRule } from '../../rules/ob-rule.js';
import { describeJson, type DocumentReporter } from '../report.js';
import { checkAssertion } from './assertion.js';
import type { Ob2Checker } from './check.js';
import { dataUriType, IMAGE_MEDIA_TYPES, isBadgeId, isDateTimeWithZone, isEmail, isHttpUrl, isIri } from './values.js';

export type ClassName = 'Assertion' | 'BadgeClass' | 'Issuer' | 'Profile' | 'AlignmentObject' | 'CryptographicKey' | 'RevocationList';

type ValueKind = 'id' | 'text' | 'url' | 'iri' | 'email' | 'dateTime' | 'boolean' | 'image' | 'criteria' | 'textList' | 'iriList' | 'alignment' | 'evidence';

interface ClassSpec {
  required: string[];
  values: Record<string, ValueKind>;
}

export type Data = Record<string, unknown>;
type MessageId = keyof typeof obRuleRule.messages;

const PROFILE: ClassSpec = {
  required: ['id', 'type', 'name', 'url', 'email'],
  values: { id: 'id', name: 'text', url: 'url', email: 'email', description: 'text', image: 'image', telephone: 'text', publicKey: 'iri', revocationList: 'iri' },
};

const SPECS: Record<ClassName, ClassSpec> = {
  Assertion: {
    required: ['id', 'type', 'recipient', 'badge', 'verification', 'issuedOn'],
    values: { id: 'id', issuedOn: 'dateTime', image: 'image', evidence: 'evidence', narrative: 'text', expires: 'dateTime', revoked: 'boolean', revocationReason: 'text' },
  },
  BadgeClass: {
    required: ['id', 'type', 'name', 'description', 'criteria', 'issuer'],
    values: { id: 'id', name: 'text', description: 'text', image: 'image', criteria: 'criteria', alignment: 'alignment', tags: 'textList' },
  },
  Issuer: PROFILE,
  Profile: PROFILE,
  AlignmentObject: {
    required: ['targetName', 'targetUrl'],
    values: { targetName: 'text', targetUrl: 'url', targetDescription: 'text', targetFramework: 'text', targetCode: 'text' },
  },
  CryptographicKey: { required: ['id', 'type', 'owner', 'publicKeyPem'], values: { id: 'iri', owner: 'iri', publicKeyPem: 'text' } },
  RevocationList: { required: ['id', 'type'], values: { id: 'iri', issuer: 'iri' } },
};

export function checkClass(cls: ClassName, data: Data, path: PathSegment[], reporter: DocumentReporter, checker: Ob2Checker): void {
  const spec = SPECS[cls];
  for (const field of spec.required) {
    if (data[field] === undefined || data[field] === null) reporter.report(obRuleRule, 'required', { owner: ownerName(cls, path), field }, path);
  }
  for (const [field, kind] of Object.entries(spec.values)) {
    if (data[field] !== undefined && data[field] !== null) checkValue(kind, data[field], [...path, field], reporter, checker);
  }

  switch (cls) {
    case 'Assertion':
      checkAssertion(data, path, reporter, checker);
      break;
    case 'BadgeClass':
      checkBadgeClass(data, path, reporter, checker);
      break;
    case 'Issuer':
    case 'Profile':
      checkProfile(data, path, reporter);
      break;
    default:
      break;
  }
}

function ownerName(cls: ClassName, path: PathSegment[]): string {
  const article = /^[AEIOU]/.test(cls) ? 'An' : 'A';
  return path.length === 0 ? `${article} ${cls}` : `The ${cls} at "${formatPath(path)}"`;
}

function checkValue(kind: ValueKind, value: unknown, path: PathSegment[], reporter: DocumentReporter, checker: Ob2Checker): void {
  const fail = (messageId: MessageId, data: Record<string, string> = {}) => reporter.report(obRuleRule, messageId, { field: fieldName(path), actual: describeJson(value), ...data }, path);
  const many = kind === 'textList' || kind === 'iriList' || kind === 'alignment' || kind === 'evidence';
  if (!many && Array.isArray(value)) {
    fail('single');
    return;
  }

  switch (kind) {
    case 'id':
      if (!isBadgeId(value)) fail('id');
      return;
    case 'text':
      if (typeof value !== 'string') fail('text');
      return;
    case 'url':
      if (!isHttpUrl(value)) fail('url');
      return;
    case 'iri':
      if (!isIri(value)) fail('iri');
      return;
    case 'email':
      if (!isEmail(value)) fail('email');
      return;
    case 'dateTime':
      if (!isDateTimeWithZone(value)) fail('dateTime');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') fail('boolean');
      return;
    case 'image':
      checkImage(value, path, reporter);
      return;
    case 'criteria':
      checkCriteria(value, path, reporter);
      return;
    default:
      checkList(kind, value, path, reporter, checker);
  }
}

function checkList(kind: ValueKind, value: unknown, path: PathSegment[], reporter: DocumentReporter, checker: Ob2Checker): void {
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, index) => {
    const at = Array.isArray(value) ? [...path, index] : path;
    if (kind === 'textList') checkValue('text', item, at, reporter, checker);
    else if (kind === 'iriList') checkValue('iri', item, at, reporter, checker);
    else if (kind === 'alignment') checkEmbedded('AlignmentObject', item, at, reporter, checker);
    else if (kind === 'evidence') checkEvidence(item, at, reporter);
  });
}

/** An object that must be embedded, checked as its class; anything else is reported. */
function checkEmbedded(cls: ClassName, value: unknown, path: PathSegment[], reporter: DocumentReporter, checker: Ob2Checker): void {
  if (!isObject(value)) {
    reporter.report(obRuleRule, 'reference', { field: fieldName(path), expected: `an ${cls} object`, actual: describeJson(value) }, path);
    return;
  }
  checkClass(cls, value, path, reporter, checker);
}

function checkImage(value: unknown, path: PathSegment[], reporter: DocumentReporter): void {
  if (isObject(value)) {
    if (value.id === undefined) reporter.report(obRuleRule, 'required', { owner: `The Image at "${fieldName(path)}"`, field: 'id' }, path);
    else checkImage(value.id, [...path, 'id'], reporter);
    if (value.caption !== undefined && typeof value.caption !== 'string') {
      reporter.report(obRuleRule, 'text', { field: fieldName([...path, 'caption']), actual: describeJson(value.caption) }, [...path, 'caption']);
    }
    if (value.author !== undefined && !isIri(value.author)) {
      reporter.report(obRuleRule, 'iri', { field: fieldName([...path, 'author']), actual: describeJson(value.author) }, [...path, 'author']);
    }
    return;
  }

  if (typeof value === 'string') {
    const mediaType = dataUriType(value);
    if (mediaType !== undefined) {
      if (!IMAGE_MEDIA_TYPES.includes(mediaType)) reporter.report(obRuleRule, 'dataUri', { field: fieldName(path), type: mediaType }, path);
      return;
    }
    if (isIri(value)) return;
  }
  reporter.report(obRuleRule, 'image', { field: fieldName(path), actual: describeJson(value) }, path);
}

function checkCriteria(value: unknown, path: PathSegment[], reporter: DocumentReporter): void {
  if (typeof value === 'string') {
    if (!isIri(value)) reporter.report(obRuleRule, 'reference', { field: fieldName(path), expected: 'a criteria URL or a Criteria object', actual: describeJson(value) }, path);
    return;
  }
  if (!isObject(value)) {
    reporter.report(obRuleRule, 'reference', { field: fieldName(path), expected: 'a criteria URL or a Criteria object', actual: describeJson(value) }, path);
    return;
  }
  if (value.id !== undefined && !isIri(value.id)) {
    reporter.report(obRuleRule, 'iri', { field: fieldName([...path, 'id']), actual: describeJson(value.id) }, [...path, 'id']);
  }
  if (value.narrative !== undefined && typeof value.narrative !== 'string') {
    reporter.report(obRuleRule, 'text', { field: fieldName([...path, 'narrative']), actual: describeJson(value.narrative) }, [...path, 'narrative']);
  }
  if (value.id === undefined && value.narrative === undefined) reporter.report(obRuleRule, 'criteriaNarrative', {}, path);
}

function checkEvidence(value: unknown, path: PathSegment[], reporter: DocumentReporter): void {
  if (typeof value === 'string') {
    if (!isIri(value)) reporter.report(obRuleRule, 'iri', { field: fieldName(path), actual: describeJson(value) }, path);
    return;
  }
  if (!isObject(value)) {
    reporter.report(obRuleRule, 'reference', { field: fieldName(path), expected: 'an evidence URL or an Evidence object', actual: describeJson(value) }, path);
    return;
  }
  for (const field of ['narrative', 'name', 'description', 'genre', 'audience']) {
    if (value[field] !== undefined && typeof value[field] !== 'string') {
      reporter.report(obRuleRule, 'text', { field: fieldName([...path, field]), actual: describeJson(value[field]) }, [...path, field]);
    }
  }
  if (value.id !== undefined && !isIri(value.id)) reporter.report(obRuleRule, 'iri', { field: fieldName([...path, 'id']), actual: describeJson(value.id) }, [...path, 'id']);
}

function checkBadgeClass(data: Data, path: PathSegment[], reporter: DocumentReporter, checker: Ob2Checker): Data | undefined {
  if (data.image === undefined || data.image === null) {
    reporter.report(obRuleRule, 'noImage', {}, path, { severity: checker.missingImage });
  }
  return issuerOf(data, path, reporter, checker);
}

/** The issuer Profile of a BadgeClass, embedded or linked; `undefined` when it cannot be read. */
function issuerOf(data: Data, path: PathSegment[], reporter: DocumentReporter, checker: Ob2Checker): Data | undefined {
  const issuer = data.issuer;
  const at = [...path, 'issuer'];
  if (isObject(issuer)) {
    checkClass('Profile', issuer, at, reporter, checker);
    return issuer;
  }
  if (issuer === undefined || issuer === null) return undefined;
  if (!isIri(issuer)) {
    reporter.report(obRuleRule, 'reference', { field: fieldName(at), expected: 'the issuer\'s URL or an embedded Profile', actual: describeJson(issuer) }, at);
    return undefined;
  }
  return checker.checkLinked(issuer, 'issuer', ['Issuer', 'Profile'], at, reporter)?.data;
}

function checkProfile(data: Data, path: PathSegment[], reporter: DocumentReporter): void {
  if (isBadgeId(data.id) && !isHttpUrl(data.id)) {
    reporter.report(obRuleRule, 'issuerNotHttp', { id: data.id }, [...path, 'id'], { severity: 'warn' });
  }
}

export function toStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function isObject(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function fieldName(path: PathSegment[]): string {
  return formatPath(path) || '(document)';
}
