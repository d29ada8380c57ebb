/**
 * The competency × badge coverage grid: which badge certifies which competency, and through
 * which criterion of the badge's rubric. Competencies that no badge certifies, and those
 * certified by many badges, are flagged. Like the graph, it is built from whatever loaded,
 * so ids that name nothing appear as unknown rows instead of being dropped.
 */
import { compareText } from '../finding.js';
import { compareBadges } from '../graph/pathway.js';
import type { Model } from '../model/model.js';
import type { Badge, Competency, RubricCriterion } from '../model/types.js';

export const DEFAULT_MANY = 3;

export interface CoverageCell {
  /** The badge lists the competency under `competencies`. */
  listed: boolean;
  /** The criteria of the badge's rubric that score the competency. */
  criteria: RubricCriterion[];
}

export interface CoverageRow {
  competencyId: string;
  /** `undefined` when a badge or rubric names an id that no competency has. */
  competency?: Competency;
  /** One cell per badge, in the order of `CoverageMatrix.badges`. */
  cells: CoverageCell[];
  /** How many badges list the competency. */
  certifiedBy: number;
  flag?: 'uncertified' | 'many';
}

export interface CoverageMatrix {
  /** The columns: badges by level, then id. */
  badges: Badge[];
  /** Competencies in the order of the first badge that certifies them, then the rest. */
  rows: CoverageRow[];
  /** The number of certifying badges from which a competency is flagged as certified by many. */
  many: number;
}

export function buildCoverage(model: Model, many = DEFAULT_MANY): CoverageMatrix {
  const badges = model.distinct('badge').sort(compareBadges);
  const criteriaOf = badges.map((badge) => criteriaByCompetency(badge, model));

  const ids = orderedCompetencyIds(model, badges, criteriaOf);
  const rows = ids.map((id): CoverageRow => {
    const cells = badges.map((badge, column) => ({
      listed: badge.competencies.includes(id),
      criteria: criteriaOf[column]?.get(id) ?? [],
    }));
    const certifiedBy = cells.filter((cell) => cell.listed).length;
    const competency = model.get('competency', id);
    const flag = certifiedBy === 0 ? 'uncertified' : certifiedBy >= many ? 'many' : undefined;
    return { competencyId: id, ...(competency === undefined ? {} : { competency }), cells, certifiedBy, ...(flag === undefined ? {} : { flag }) };
  });
  return { badges, rows, many };
}

/** The criteria of a badge's rubric, by the competency each scores. */
function criteriaByCompetency(badge: Badge, model: Model): Map<string, RubricCriterion[]> {
  const byCompetency = new Map<string, RubricCriterion[]>();
  const rubric = badge.rubric === undefined ? undefined : model.get('rubric', badge.rubric);
  for (const criterion of rubric?.criteria ?? []) {
    const list = byCompetency.get(criterion.competency) ?? [];
    list.push(criterion);
    byCompetency.set(criterion.competency, list);
  }
  return byCompetency;
}

/**
 * Rows in the order of the columns that certify them, so the grid reads as a staircase;
 * then competencies no badge lists, in load order; then ids that name no competency, by id.
 */
function orderedCompetencyIds(model: Model, badges: readonly Badge[], criteriaOf: readonly Map<string, RubricCriterion[]>[]): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  const add = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    ids.push(id);
  };

  for (const badge of badges) for (const id of badge.competencies) if (model.has('competency', id)) add(id);
  for (const competency of model.distinct('competency')) add(competency.id);

  const unknown = new Set<string>();
  badges.forEach((badge, column) => {
    for (const id of [...badge.competencies, ...(criteriaOf[column]?.keys() ?? [])]) if (!seen.has(id)) unknown.add(id);
  });
  for (const id of [...unknown].sort(compareText)) add(id);
  return ids;
}

/** What a cell says, in words that read the same in every format. */
export function cellSummary(cell: CoverageCell): { mark: 'certified' | 'not-listed' | 'none'; criteria: string[] } {
  const criteria = cell.criteria.map((criterion) => criterion.id);
  if (cell.listed) return { mark: 'certified', criteria };
  return criteria.length > 0 ? { mark: 'not-listed', criteria } : { mark: 'none', criteria };
}

/** The label of a row: the competency's name, else its statement, else its id. */
export function rowLabel(row: CoverageRow): string {
  return row.competency?.name || row.competency?.statement || row.competencyId;
}
