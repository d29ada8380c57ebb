import { ACHIEVEMENT_START, lines } from './examples.js';
import { defineRule } from './types.js';

/**
 * Reported by `validate` for documents it does not check as they are: Open Badges 1.0, a
 * 2.0/3.0 hybrid, and types outside Open Badges 2.0 and 3.0. A 3.0 credential in the
 * Verifiable Credentials 1.1 shape is a warning, because it is still checked as if upgraded.
 */
export const obVersionRule = defineRule({
  id: 'ob-version',
  defaultSeverity: 'error',
  description: 'An Open Badges 1.0 document, a 3.0 credential in the VC 1.1 shape, a 2.0/3.0 hybrid, or a type validate does not check.',
  defaultOptions: {},
  messages: {
    ob1: 'This is an Open Badges 1.0 {what}; badgemap checks 2.0 and 3.0 only. Publish it as Open Badges 2.0 or 3.0.',
    vc11: 'The credential uses the Verifiable Credentials 1.1 data model ({evidence}); Open Badges 3.0 requires VC 2.0, with "@context" starting "https://www.w3.org/ns/credentials/v2" and "validFrom" instead of "issuanceDate". It was checked as if upgraded.',
    hybrid: 'The document names both Open Badges 2.0 ({ob2}) and Open Badges 3.0 ({ob3}); a document must be one or the other.',
    unchecked: '{name} is {standard}, which validate does not check.',
    unknown: 'Not an Open Badges document: {reason}.',
    jwt: 'The file is a compact JWS, such as a credential signed as a VC-JWT, which validate does not read. Decode its payload into a JSON file and validate that.',
  },
  docs: {
    finds:
      'A document `validate` does not check as it is: Open Badges 1.0 (no `@context`, criteria and issuer as bare URLs), a 3.0 ' +
      'credential in the Verifiable Credentials 1.1 shape (checked as if upgraded, and reported), a document that mixes 2.0 and 3.0, ' +
      'a compact JWS, and types outside Open Badges 2.0 and 3.0 such as EndorsementCredential or CLR, each named.',
    why:
      'Open Badges 1.0 is retired and most platforms no longer accept it; a hybrid document is read differently by each tool. ' +
      'Naming the version, rather than reporting dozens of missing properties, tells the publisher what to migrate.',
    failing: {
      description: 'An Open Badges 1.0 BadgeClass.',
      command: 'badgemap validate triage.json',
      files: {
        'triage.json': lines(
          '{',
          '  "name": "Incident Triage",',
          '  "description": "Triages security incidents.",',
          '  "image": "https://badges.example.org/images/triage.png",',
          '  "criteria": "https://badges.example.org/criteria/triage",',
          '  "issuer": "https://badges.example.org/issuer.json"',
          '}',
        ),
      },
    },
    passing: {
      description: 'The same badge as an Open Badges 3.0 Achievement.',
      command: 'badgemap validate triage.json',
      files: { 'triage.json': lines(...ACHIEVEMENT_START, '  "tag": ["security"]', '}') },
    },
  },
});
