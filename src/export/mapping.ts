/**
 * The mapping sheet: one row per competency–badge pair, with every field of both that a
 * spreadsheet can carry, so a subject-matter expert can review it and `badgemap import`
 * reads it back into the same definitions. Headers are ones the importer matches.
 * Multi-valued cells hold one value per line; alignments and prerequisite groups are
 * written as YAML flow mappings.
 */
import { stringify } from 'yaml';

import { compareText } from '../finding.js';
import type { Model } from '../model/model.js';
import type { Alignment, Badge, Competency, Evidence, Prerequisite } from '../model/types.js';

type Column<T> = [header: string, value: (definition: T) => string];

const COMPETENCY_COLUMNS: Column<Competency>[] = [
  ['Competency ID', (competency) => competency.id],
  ['Competency', (competency) => competency.statement],
  ['Competency Name', (competency) => competency.name ?? ''],
  ['Competency Description', (competency) => competency.description ?? ''],
  ['Competency Level', (competency) => competency.level ?? ''],
  ['Competency Tags', (competency) => lines(competency.tags)],
  ['Competency Language', (competency) => competency.language ?? ''],
  ['Competency Distinct From', (competency) => lines(competency.distinctFrom)],
  ['Competency Alignments', (competency) => lines(competency.alignments.map(alignmentText))],
  ['Competency Parent', (competency) => textOf(competency.extensions['x-parent'])],
];

const BADGE_COLUMNS: Column<Badge>[] = [
  ['Badge ID', (badge) => badge.id],
  ['Badge', (badge) => badge.name],
  ['Badge Description', (badge) => badge.description],
  ['Evidence', (badge) => lines(badge.evidence.map(evidenceText))],
  ['Assessment Method', (badge) => lines(badge.assessment?.methods ?? [])],
  ['Reviewers', (badge) => textOf(badge.assessment?.reviewers)],
  ['Rubric ID', (badge) => badge.rubric ?? ''],
  ['Rubric / Benchmarks', (badge) => badge.criteria?.narrative ?? ''],
  ['Criteria URL', (badge) => badge.criteria?.url ?? ''],
  ['Badge Level', (badge) => textOf(badge.level)],
  ['Badge Image', (badge) => badge.image ?? ''],
  ['Prerequisites', (badge) => lines(badge.prerequisites.map(prerequisiteText))],
  ['Badge Tags', (badge) => lines(badge.tags)],
  ['Badge Language', (badge) => badge.language ?? ''],
  ['Achievement Type', (badge) => badge.achievementType ?? ''],
  ['Badge Version', (badge) => badge.version ?? ''],
  ['Human Code', (badge) => badge.humanCode ?? ''],
  ['Badge Alignments', (badge) => lines(badge.alignments.map(alignmentText))],
];

/** The header and rows of the mapping sheet, in a fixed order. */
export function mappingRows(model: Model): string[][] {
  const competencyKeys = extensionKeys(model.competencies).filter((key) => key !== 'x-parent');
  const badgeKeys = extensionKeys(model.badges);
  const header = [
    ...COMPETENCY_COLUMNS.map(([name]) => name),
    ...BADGE_COLUMNS.map(([name]) => name),
    ...competencyKeys.map((key) => `Competency ${key}`),
    ...badgeKeys.map((key) => `Badge ${key}`),
  ];

  const row = (competency: Competency | undefined, badge: Badge | undefined): string[] => [
    ...COMPETENCY_COLUMNS.map(([, value]) => (competency === undefined ? '' : value(competency))),
    ...BADGE_COLUMNS.map(([, value]) => (badge === undefined ? '' : value(badge))),
    ...competencyKeys.map((key) => (competency === undefined ? '' : textOf(competency.extensions[key]))),
    ...badgeKeys.map((key) => (badge === undefined ? '' : textOf(badge.extensions[key]))),
  ];

  const rows: string[][] = [];
  const certified = new Set<string>();
  for (const badge of [...model.badges].sort((a, b) => compareText(a.id, b.id))) {
    const competencies = badge.competencies.map((id) => model.get('competency', id)).filter((item) => item !== undefined);
    if (competencies.length === 0) rows.push(row(undefined, badge));
    for (const competency of competencies) {
      certified.add(competency.id);
      rows.push(row(competency, badge));
    }
  }
  for (const competency of [...model.competencies].sort((a, b) => compareText(a.id, b.id))) {
    if (!certified.has(competency.id)) rows.push(row(competency, undefined));
  }
  return [header, ...rows];
}

function extensionKeys(definitions: readonly (Competency | Badge)[]): string[] {
  const keys = new Set<string>();
  for (const definition of definitions) for (const key of Object.keys(definition.extensions)) keys.add(key);
  return [...keys].sort(compareText);
}

/**
 * One value per line. A single value that holds the `;` separator gets a line break after
 * it, because the importer splits a cell on line breaks whenever it has one.
 */
function lines(values: readonly string[]): string {
  const text = values.join('\n');
  return values.length === 1 && text.includes(';') ? `${text}\n` : text;
}

function evidenceText(evidence: Evidence): string {
  return `${evidence.type}${evidence.required ? '' : ' (optional)'}: ${evidence.description}`;
}

function alignmentText(alignment: Alignment): string {
  return flow(alignment);
}

function prerequisiteText(prerequisite: Prerequisite): string {
  return typeof prerequisite === 'string' ? prerequisite : flow(prerequisite);
}

function flow(value: object): string {
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
}

/** Text of a field value; lists and mappings (from `x-` fields) as JSON. */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
