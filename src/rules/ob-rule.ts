import { BADGE_CLASS_START, lines } from './examples.js';
import { defineRule } from './types.js';

/**
 * Reported by `validate` and export's own check: the rules of Open Badges that a schema does
 * not express. For 2.0 these are the reference validator's rules; for both versions, dates
 * against `--today` and unverified signatures. A few checks set their own severity: see the
 * `severity` passed where they are reported, and docs/validate.md.
 */
export const obRuleRule = defineRule({
  id: 'ob-rule',
  defaultSeverity: 'error',
  description: 'An Open Badges rule beyond the schema: 2.0 required fields and value forms, linked documents, expiry and validity dates, signatures.',
  defaultOptions: {},
  messages: {
    required: '{owner} requires "{field}".',
    id: '"{field}" must be an http or https URL, or a urn:uuid: with a UUID of version 1 to 5, not {actual}.',
    url: '"{field}" must be an http or https URL, not {actual}.',
    iri: '"{field}" must be an IRI, such as an http(s) URL or a urn:, not {actual}.',
    email: '"{field}" must be an e-mail address, not {actual}.',
    dateTime: '"{field}" must be a date and time with a time zone, such as 2016-12-31T23:59:59Z, not {actual}.',
    text: '"{field}" must be text, not {actual}.',
    boolean: '"{field}" must be true or false, not {actual}.',
    single: '"{field}" must be a single value, not a list.',
    image: '"{field}" must be an image URL, a PNG or SVG data URI, or an Image object, not {actual}.',
    dataUri: '"{field}" is a data URI of type "{type}"; Open Badges accepts image/png and image/svg+xml.',
    reference: '"{field}" must be {expected}, not {actual}.',
    criteriaNarrative: 'Criteria without an "id" need a "narrative" that says how to earn the badge.',
    noImage: 'The BadgeClass has no "image". The reference validator and badgemap export require one; the Java validator does not.',
    hashedIdentity: '"{field}" must be "sha256$" or "md5$" followed by the hex digest when "hashed" is true, not {actual}.',
    recipientEmail: '"{field}" must be an e-mail address when the recipient type is "email" and "hashed" is false, not {actual}.',
    verificationType: '"{field}" must be "hosted" or "signed" (or "HostedBadge", "SignedBadge"), not {actual}.',
    hostedOrigin: 'A hosted Assertion must be published under its issuer\'s origin {origin}, but its id is "{id}".',
    issuerNotHttp: 'The issuer id "{id}" is not an http or https URL; hosted verification needs the issuer\'s own URL.',
    emptyType: '"type" must name at least one class.',
    revoked: 'The Assertion is revoked{reason}.',
    expired: 'The {what} expired on {date} ("{field}"); the check date is {today}.',
    notYetValid: 'The {what} is not valid before {date} ("{field}"); the check date is {today}.',
    proofNotVerified: 'The {what} is signed ({proof}); badgemap does not verify signatures, so the signature was not checked.',
    linkNotChecked: 'The {what} "{url}" is a linked document, which badgemap never fetches, so it was not checked. Pass --resolve {prefix}=DIR to check it from a folder.',
    linkUnreadable: 'Cannot read the linked {what} "{url}" from {file}: {reason}.',
    linkInvalid: 'The linked {what} "{url}" ({file}) is not valid JSON, so it was not checked.',
    linkWrongType: 'The linked {what} "{url}" is typed {actual}; it must be {expected}.',
    linkIdMismatch: 'The linked document read for "{url}" has the id "{id}"; a published document\'s id should be the URL it is read from.',
  },
  docs: {
    finds:
      'In an Open Badges 2.0 document, the rules of the reference validator: required properties per class, ids that are http(s) ' +
      'URLs or urn:uuid:, e-mail addresses, dates with time zones, image URLs or PNG and SVG data URIs, criteria with an id or a ' +
      'narrative, alignments with a target URL, hosted assertions under their issuer\'s origin. In any version: expiry and ' +
      'validity dates against `--today`, revocation, and linked documents that were not checked. Some checks are warnings or ' +
      'information, as each message says: a BadgeClass without an image is a warning, a signature that is not verified is ' +
      'information.',
    why:
      'A badge that breaks these rules is rejected by backpacks and verifiers that follow the reference validator. Finding it ' +
      'before the badges are issued costs a commit instead of a reissue.',
    failing: {
      description: 'The embedded issuer\'s e-mail is not an e-mail address.',
      command: 'badgemap validate triage.json',
      files: { 'triage.json': lines(...BADGE_CLASS_START, '    "email": "nobody"', '  }', '}') },
    },
    passing: {
      description: 'A complete BadgeClass with its issuer embedded.',
      command: 'badgemap validate triage.json',
      files: { 'triage.json': lines(...BADGE_CLASS_START, '    "email": "badges@example.org"', '  }', '}') },
    },
    notes: 'Linked documents (an issuer given by URL) are never fetched; `validate --resolve URL-PREFIX=DIR` reads them from a folder.',
  },
});
