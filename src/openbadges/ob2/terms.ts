/**
 * The terms of the Open Badges 2.0 JSON-LD context (`https://w3id.org/openbadges/v2`), as
 * the specification lists its classes and properties. A property outside this list, and
 * outside every context a document adds, is dropped by JSON-LD processing.
 */

/** The classes of the 2.0 vocabulary. */
export const OB2_CLASSES = [
  'AlignmentObject',
  'Assertion',
  'BadgeClass',
  'Criteria',
  'CryptographicKey',
  'Endorsement',
  'Evidence',
  'Extension',
  'FrameValidation',
  'HostedBadge',
  'IdentityObject',
  'Image',
  'Issuer',
  'Profile',
  'RevocationList',
  'SignedBadge',
  'TypeValidation',
  'VerificationObject',
] as const;

/** The properties of the 2.0 vocabulary, with `hosted` and `signed`, the short verification types. */
export const OB2_PROPERTIES = [
  'alignment',
  'allowedOrigins',
  'audience',
  'author',
  'badge',
  'caption',
  'claim',
  'created',
  'creator',
  'criteria',
  'description',
  'email',
  'endorsement',
  'endorsementComment',
  'evidence',
  'expires',
  'genre',
  'hashed',
  'hosted',
  'id',
  'identity',
  'image',
  'issuedOn',
  'issuer',
  'name',
  'narrative',
  'owner',
  'publicKey',
  'publicKeyPem',
  'recipient',
  'related',
  'revocationList',
  'revocationReason',
  'revoked',
  'revokedAssertions',
  'salt',
  'signed',
  'startsWith',
  'tags',
  'targetCode',
  'targetDescription',
  'targetFramework',
  'targetName',
  'targetUrl',
  'telephone',
  'type',
  'uid',
  'url',
  'validatesType',
  'validationFrame',
  'validationSchema',
  'verification',
  'verificationProperty',
  'verify',
  'version',
] as const;

/** The prefixes the 2.0 context declares, usable in compact IRIs such as `schema:name`. */
export const OB2_PREFIXES = ['cred', 'dc', 'extensions', 'obi', 'schema', 'sec', 'validation', 'xsd'] as const;

export const OB2_TERMS: ReadonlySet<string> = new Set<string>([...OB2_CLASSES, ...OB2_PROPERTIES, ...OB2_PREFIXES]);
