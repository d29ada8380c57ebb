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
