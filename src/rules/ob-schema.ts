import { ACHIEVEMENT_START, lines } from './examples.js';
import { defineRule } from './types.js';

/** Reported by `validate` and export's own check: a 3.0 document against badgemap's 3.0 schema. */
export const obSchemaRule = defineRule({
  id: 'ob-schema',
  defaultSeverity: 'error',
  description: 'An Open Badges 3.0 document that breaks the 3.0 schema: a missing property, a wrong type, a value outside a vocabulary.',
  defaultOptions: {},
  messages: {
    required: 'Missing required property "{field}".',
    type: '"{field}" must be {expected}, not {actual}.{hint}',
    contains: '"{field}" must include "{value}".',
    const: '"{field}" must be "{expected}", not {actual}.',
    enum: '"{field}" cannot be {actual}: use one of {allowed}.',
    vocabulary: '"{field}" cannot be "{value}": use one of the {count} values the specification lists, such as {examples}, or an "ext:" name.{hint}',
    pattern: '"{field}" must be {expected}, not "{value}".',
    format: '"{field}" must be {expected}, not "{value}".',
    closed: 'Unknown property "{field}": {owner} allows only {allowed}.',
    minItems: '"{field}" must have at least {limit}.',
    invalid: '"{field}" is invalid: {reason}.',
  },
  docs: {
    finds:
      'In an Open Badges 3.0 document checked by `badgemap validate`: a missing required property, a value of the wrong type or ' +
      'shape (a plain string where the specification wants an array, a URL where it wants an Image object), a value outside a ' +
      'vocabulary such as `achievementType` ("did you mean"), a malformed language tag or date, and a property that a closed ' +
      'class does not allow.',
    why:
      'Wallets, verifiers and registries reject a credential whose shape breaks the 3.0 schema, often with a bare "invalid". ' +
      'Checking offline before publishing names the property and the fix.',
    failing: {
      description: 'A misspelt achievement type.',
      command: 'badgemap validate triage.json',
      files: { 'triage.json': lines(...ACHIEVEMENT_START, '  "achievementType": "Certifcate"', '}') },
    },
    passing: {
      description: 'A value from the specification\'s list.',
      command: 'badgemap validate triage.json',
      files: { 'triage.json': lines(...ACHIEVEMENT_START, '  "achievementType": "Certificate"', '}') },
    },
    notes: 'Checked by `badgemap validate`, and by `export` on what it writes. The schemas are badgemap\'s own, written from the rules of the specification.',
  },
});
