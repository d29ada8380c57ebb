/**
 * Renders rule documentation from rule metadata. The pages in docs/rules/ and the output of
 * `badgemap rules ID` are both this text, so they cannot disagree; a test fails when a page
 * on disk differs from what this renders.
 */
import type { JsonSchema } from '../schemas/parts.js';
import type { Rule, RuleExample } from './types.js';

const SEVERITY_NAMES = { error: 'error', warn: 'warn', info: 'info' } as const;

export const CATALOGUE_START = '<!-- rule catalogue: generated from rule metadata by `npm run docs:rules` -->';
export const CATALOGUE_END = '<!-- end of rule catalogue -->';

/** The Markdown page of one rule. */
export function renderRulePage(rule: Rule): string {
  const docs = rule.docs;
  const sections = [`# \`${rule.id}\``, rule.description, `Default severity: **${SEVERITY_NAMES[rule.defaultSeverity]}**.`];

  if (docs === undefined) {
    sections.push('This rule has no documentation yet.');
    return `${sections.join('\n\n')}\n`;
  }

  sections.push('## What it finds', docs.finds);
  sections.push('## Why it matters', docs.why);
  sections.push('## Failing example', renderExample(docs.failing));
  sections.push('## Passing example', renderExample(docs.passing));
  sections.push('## Options', renderOptions(rule));
  if (docs.notes !== undefined) sections.push('## Notes', docs.notes);
  return `${sections.join('\n\n')}\n`;
}

function renderExample(example: RuleExample): string {
  const files = Object.entries(example.files).map(([name, text]) => {
    const language = /\.ya?ml$/.test(name) ? 'yaml' : /\.json$/.test(name) ? 'json' : /\.csv$/.test(name) ? 'csv' : '';
    return `\`${name}\`:\n\n\`\`\`${language}\n${text.trimEnd()}\n\`\`\``;
  });
  const command = example.command === undefined ? [] : [`Run \`${example.command}\` on:`];
  return [example.description, ...command, ...files].join('\n\n');
}

function renderOptions(rule: Rule): string {
  const schema = rule.optionsSchema ?? {};
  const names = Object.keys(schema);
  const severityLine = rule.docs?.fixedSeverity
    ? 'The severity cannot be changed: findings of this rule are always errors.'
    : `Set the severity in \`badgemap.yaml\` with \`rules: { ${rule.id}: off | info | warn | error }\`.`;
  if (names.length === 0) return `${severityLine} The rule has no other options.`;

  const defaults = rule.defaultOptions as Record<string, unknown>;
  const rows = names.map((name) => {
    const option = schema[name] as JsonSchema;
    return `| \`${name}\` | ${describeType(option)} | \`${JSON.stringify(defaults[name])}\` | ${String(option.description ?? '')} |`;
  });
  const example = `\`\`\`yaml\nrules:\n  ${rule.id}: { severity: ${rule.defaultSeverity}, ${names[0]}: ${JSON.stringify(defaults[names[0] as string])} }\n\`\`\``;
  return [severityLine, 'Options go beside the severity:', example, '| option | type | default | meaning |\n|---|---|---|---|\n' + rows.join('\n')].join('\n\n');
}

function describeType(schema: JsonSchema): string {
  switch (schema.type) {
    case 'integer':
      return typeof schema.minimum === 'number' ? `whole number ≥ ${schema.minimum}` : 'whole number';
    case 'number':
      return typeof schema.minimum === 'number' ? `number ≥ ${schema.minimum}` : 'number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'list of text';
    default:
      return Array.isArray(schema.enum) ? schema.enum.map((value) => `\`${String(value)}\``).join(', ') : 'text';
  }
}

/** The catalogue table of docs/rules/README.md: one row per rule, linked to its page. */
export function renderCatalogue(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => `| [\`${rule.id}\`](${rule.id}.md) | ${SEVERITY_NAMES[rule.defaultSeverity]} | ${rule.description.replace(/\|/g, '\\|')} |`);
  return [CATALOGUE_START, '| rule | default | finds |', '|---|---|---|', ...rows, CATALOGUE_END].join('\n');
}

/** Replaces the catalogue between its markers in a README, or returns `undefined` when the markers are missing. */
export function replaceCatalogue(readme: string, rules: readonly Rule[]): string | undefined {
  const start = readme.indexOf(CATALOGUE_START);
  const end = readme.indexOf(CATALOGUE_END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(0, start) + renderCatalogue(rules) + readme.slice(end + CATALOGUE_END.length);
}
