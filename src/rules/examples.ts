/** Building blocks of the docs examples, so that each example shows only what its rule is about. */

/** Joins lines into file text with a final line break. */
export function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}

/** A config with a complete issuer, for examples that also need their own settings. */
export const EXAMPLE_CONFIG = [
  'issuer: { id: https://badges.example.org/issuer.json, name: Example, url: https://example.org, email: badges@example.org }',
  'baseUrl: https://badges.example.org/',
];

/** A badge file with the required fields, followed by the example's own lines. */
export function triageBadge(...fields: string[]): string {
  return lines('kind: badge', 'id: triage', 'name: Incident Triage', 'description: Triages security incidents.', 'competencies: []', ...fields);
}

/** The first lines of an Open Badges 3.0 Achievement; an example adds its last property and `}`. */
export const ACHIEVEMENT_START = [
  '{',
  '  "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],',
  '  "id": "https://badges.example.org/achievements/triage.json",',
  '  "type": ["Achievement"],',
  '  "name": "Incident Triage",',
  '  "description": "Triages security incidents.",',
  '  "criteria": { "narrative": "Triage three simulated incidents." },',
];

/** The first lines of an Open Badges 2.0 BadgeClass, up to its issuer's name; an example adds the rest. */
export const BADGE_CLASS_START = [
  '{',
  '  "@context": "https://w3id.org/openbadges/v2",',
  '  "type": "BadgeClass",',
  '  "id": "https://badges.example.org/badges/triage.json",',
  '  "name": "Incident Triage",',
  '  "description": "Triages security incidents.",',
  '  "image": "https://badges.example.org/images/triage.png",',
  '  "criteria": { "narrative": "Triage three simulated incidents." },',
  '  "issuer": {',
  '    "id": "https://badges.example.org/issuer.json",',
  '    "type": "Issuer",',
  '    "name": "Example",',
  '    "url": "https://example.org",',
];

/** A rubric with one three-level criterion, for the examples of calibrate. */
export const REVIEW_RUBRIC = lines(
  'rubrics:',
  '  - id: review',
  '    name: Report review',
  '    criteria:',
  '      - id: clarity',
  '        competency: report-write',
  '        levels:',
  '          - { id: not-yet, name: Not yet, points: 0 }',
  '          - { id: meets, name: Meets, points: 1 }',
  '          - { id: exceeds, name: Exceeds, points: 2 }',
);

/** One badge, for the examples of stats. */
export const TRIAGE_BADGES = lines('badges:', '  - { id: triage, name: Incident Triage, description: Triages incidents., competencies: [] }');
