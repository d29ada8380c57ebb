/**
 * badgemap's own JSON Schema (draft 2019-09) of the Open Badges 3.0 classes, written from
 * the rules of the specification's data model: which properties each class requires, which
 * are lists, which take a closed vocabulary, and that `type` is a list naming the class
 * (a plain string only for Image, IdentityObject and IdentifierEntry).
 *
 * One schema holds every class under `$defs`; the validator picks the class to check a
 * document against. Credentials follow Verifiable Credentials 2.0.
 */
import type { JsonSchema } from '../../schemas/parts.js';
import { VC_V2_CONTEXT } from '../contexts.js';
import {
  ACHIEVEMENT_TYPES,
  ALIGNMENT_TARGET_TYPES,
  COMPACT_JWS_PATTERN,
  EXTENSION_VALUE,
  IDENTIFIER_TYPES,
  LANGUAGE_PATTERN,
  RESULT_STATUSES,
  RESULT_TYPES,
} from './vocabulary.js';

export const OB3_SCHEMA_ID = 'urn:badgemap:openbadges:3.0';

/** The `@context` second entry: any 3.0 context, `context.json` or `context-3.x.y.json`. */
export const OB3_CONTEXT_ITEM_PATTERN = '^https://purl\\.imsglobal\\.org/spec/ob/v3p0/context(-3\\.\\d\\.\\d)*\\.json$';

const text: JsonSchema = { type: 'string' };
const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });
const listOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items });

/** `type` of a class with JSON-LD type lists: a non-empty list of strings naming the class. */
const typeList = (name: string): JsonSchema => ({
  type: 'array',
  minItems: 1,
  items: text,
  contains: { const: name },
});

/** One of the listed values, or an extension value. `vocabulary` lists them for messages. */
const closedList = (values: readonly string[]): JsonSchema => ({
  type: 'string',
  pattern: `^(?:${values.map(escapeRegExp).join('|')}|${EXTENSION_VALUE})$`,
  vocabulary: [...values],
});

const classOf = (required: string[], properties: Record<string, JsonSchema>, closed = false): JsonSchema => ({
  type: 'object',
  properties,
  required,
  ...(closed ? { additionalProperties: false } : {}),
});

const credentialContext: JsonSchema = {
  type: 'array',
  minItems: 2,
  items: [{ const: VC_V2_CONTEXT }, { type: 'string', pattern: OB3_CONTEXT_ITEM_PATTERN }],
  additionalItems: ref('Context'),
};

/** The properties every Verifiable Credential 2.0 shares. */
const credentialProperties: Record<string, JsonSchema> = {
  '@context': credentialContext,
  id: text,
  name: text,
  description: text,
  awardedDate: dateTime,
  issuer: ref('ProfileRef'),
  validFrom: dateTime,
  validUntil: dateTime,
  proof: listOf(ref('Proof')),
  credentialSchema: listOf(ref('CredentialSchema')),
  credentialStatus: ref('CredentialStatus'),
  refreshService: ref('RefreshService'),
  termsOfUse: listOf(ref('TermsOfUse')),
};

const endorsements: Record<string, JsonSchema> = {
  endorsement: listOf(ref('EndorsementCredential')),
  endorsementJwt: listOf({ type: 'string', pattern: COMPACT_JWS_PATTERN }),
};

/** An object with an `id` and a plain-string `type`, such as a credential status. */
const typedLink = (required: string[]): JsonSchema => classOf(required, { id: text, type: text });

const DEFINITIONS: Record<string, JsonSchema> = {
  AchievementCredential: classOf(['@context', 'id', 'type', 'credentialSubject', 'issuer', 'validFrom'], {
    ...credentialProperties,
    type: {
      type: 'array',
      minItems: 1,
      items: text,
      allOf: [{ contains: { const: 'VerifiableCredential' } }, { contains: { enum: ['AchievementCredential', 'OpenBadgeCredential'] } }],
    },
    image: ref('Image'),
    credentialSubject: ref('AchievementSubject'),
    evidence: listOf(ref('Evidence')),
    ...endorsements,
  }),

  EndorsementCredential: classOf(['@context', 'type', 'id', 'name', 'credentialSubject', 'issuer', 'validFrom'], {
    ...credentialProperties,
    type: {
      type: 'array',
      minItems: 1,
      items: text,
      allOf: [{ contains: { const: 'VerifiableCredential' } }, { contains: { const: 'EndorsementCredential' } }],
    },
    credentialSubject: ref('EndorsementSubject'),
  }),

  AchievementSubject: classOf(['type', 'achievement'], {
    id: text,
    type: typeList('AchievementSubject'),
    activityEndDate: dateTime,
    activityStartDate: dateTime,
    creditsEarned: { type: 'number' },
    achievement: ref('Achievement'),
    identifier: listOf(ref('IdentityObject')),
    image: ref('Image'),
    licenseNumber: text,
    narrative: text,
    result: listOf(ref('Result')),
    role: text,
    source: ref('Profile'),
    term: text,
  }),

  EndorsementSubject: classOf(['id', 'type'], {
    id: text,
    type: typeList('EndorsementSubject'),
    endorsementComment: text,
  }),

  Achievement: classOf(['id', 'type', 'criteria', 'description', 'name'], {
    id: text,
    type: typeList('Achievement'),
    alignment: listOf(ref('Alignment')),
    achievementType: closedList(ACHIEVEMENT_TYPES),
    creator: ref('Profile'),
    creditsAvailable: { type: 'number' },
    criteria: ref('Criteria'),
    description: text,
    ...endorsements,
    fieldOfStudy: text,
    humanCode: text,
    image: ref('Image'),
    inLanguage: { type: 'string', pattern: LANGUAGE_PATTERN },
    name: text,
    otherIdentifier: listOf(ref('IdentifierEntry')),
    related: listOf(ref('Related')),
    resultDescription: listOf(ref('ResultDescription')),
    specialization: text,
    tag: listOf(text),
    version: text,
  }),

  Alignment: classOf(['type', 'targetName', 'targetUrl'], {
    type: typeList('Alignment'),
    targetCode: text,
    targetDescription: text,
    targetName: text,
    targetFramework: text,
    targetType: closedList(ALIGNMENT_TARGET_TYPES),
    targetUrl: text,
  }),

  Criteria: classOf([], { id: text, narrative: text }),

  Evidence: classOf(['type'], {
    id: text,
    type: typeList('Evidence'),
    narrative: text,
    name: text,
    description: text,
    genre: text,
    audience: text,
  }),

  Image: classOf(['id', 'type'], { id: text, type: { const: 'Image' }, caption: text }, true),

  IdentityObject: classOf(
    ['type', 'hashed', 'identityHash', 'identityType'],
    {
      type: { const: 'IdentityObject' },
      hashed: { type: 'boolean' },
      identityHash: text,
      identityType: closedList(IDENTIFIER_TYPES),
      salt: text,
    },
    true,
  ),

  IdentifierEntry: classOf(
    ['type', 'identifier', 'identifierType'],
    { type: { const: 'IdentifierEntry' }, identifier: text, identifierType: closedList(IDENTIFIER_TYPES) },
    true,
  ),

  Result: classOf(['type'], {
    type: typeList('Result'),
    achievedLevel: text,
    alignment: listOf(ref('Alignment')),
    resultDescription: text,
    status: { type: 'string', enum: [...RESULT_STATUSES] },
    value: text,
  }),

  ResultDescription: classOf(['id', 'type', 'name', 'resultType'], {
    id: text,
    type: typeList('ResultDescription'),
    alignment: listOf(ref('Alignment')),
    allowedValue: listOf(text),
    name: text,
    requiredLevel: text,
    requiredValue: text,
    resultType: closedList(RESULT_TYPES),
    rubricCriterionLevel: listOf(ref('RubricCriterionLevel')),
    valueMax: text,
    valueMin: text,
  }),

  RubricCriterionLevel: classOf(['id', 'type', 'name'], {
    id: text,
    type: typeList('RubricCriterionLevel'),
    alignment: listOf(ref('Alignment')),
    description: text,
    level: text,
    name: text,
    points: text,
  }),

  Related: classOf(['id', 'type'], {
    id: text,
    type: typeList('Related'),
    inLanguage: { type: 'string', pattern: LANGUAGE_PATTERN },
    version: text,
  }),

  Profile: classOf(['id', 'type'], {
    id: text,
    type: typeList('Profile'),
    name: text,
    url: text,
    phone: text,
    description: text,
    ...endorsements,
    image: ref('Image'),
    email: text,
    address: ref('Address'),
    otherIdentifier: listOf(ref('IdentifierEntry')),
    official: text,
    parentOrg: ref('Profile'),
    familyName: text,
    givenName: text,
    additionalName: text,
    patronymicName: text,
    honorificPrefix: text,
    honorificSuffix: text,
    familyNamePrefix: text,
    dateOfBirth: { type: 'string', format: 'date' },
  }),

  /** An issuer given by its id, or embedded as a Profile. */
  ProfileRef: { type: ['string', 'object'], if: { type: 'object' }, then: ref('Profile') },

  Address: classOf(['type'], {
    type: typeList('Address'),
    addressCountry: text,
    addressCountryCode: text,
    addressRegion: text,
    addressLocality: text,
    streetAddress: text,
    postOfficeBoxNumber: text,
    postalCode: text,
    geo: ref('GeoCoordinates'),
  }),

  GeoCoordinates: classOf(['type', 'latitude', 'longitude'], {
    type: { const: 'GeoCoordinates' },
    latitude: { type: 'number' },
    longitude: { type: 'number' },
  }),

  Proof: classOf(['type'], {
    type: text,
    created: dateTime,
    cryptosuite: text,
    challenge: text,
    domain: text,
    nonce: text,
    proofPurpose: text,
    proofValue: text,
    verificationMethod: text,
  }),

  CredentialSchema: typedLink(['id', 'type']),
  CredentialStatus: typedLink(['id', 'type']),
  RefreshService: typedLink(['id', 'type']),
  TermsOfUse: typedLink(['type']),

  /** A further `@context` entry: a URL or an inline context. */
  Context: { type: ['string', 'object'] },
};

export const OB3_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2019-09/schema',
  $id: OB3_SCHEMA_ID,
  $defs: DEFINITIONS,
};

/** The classes a document can be checked against on its own. */
export type Ob3Class = 'AchievementCredential' | 'EndorsementCredential' | 'Achievement' | 'Profile';

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
