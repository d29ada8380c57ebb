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

/**
 * The maximum number of cells in a Markdown or HTML grid (1,000 competencies by 1,000
 * badges, say). A bigger table is tens of megabytes that no reader can scan, so those
 * formats stop there and CSV, which has no limit, takes over.
 */
export const TABLE_CELL_LIMIT = 1_000_000;

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
  /** The non-empty cells, by column index. */
  cells: ReadonlyMap<number, CoverageCell>;
  /** How many badges list the competency. */
  certifiedBy: number;
  flag?: 'uncertified' | 'many';
}

export interface CoverageMatrix {
  /** The columns: badges by level, then id. */
  badges: Badge[];
  /** Competencies in the order of the first badge that certifies them, then the rest. */
  rows: CoverageRow[];
  /** How many competencies each badge lists, by column. */
  columnTotals: number[];
  /** The number of certifying badges from which a competency is flagged as certified by many. */
  many: number;
}

export function buildCoverage(model: Model, many = DEFAULT_MANY): CoverageMatrix {
  const badges = model.distinct('badge').sort(compareBadges);
  const criteriaOf = badges.map((badge) => criteriaByCompetency(badge, model));

  // Cells are filled from each badge's side, so the work grows with what badges list, not with rows × columns.
  const cellsById = new Map<string, Map<number, CoverageCell>>();
  const cellAt = (id: string, column: number): CoverageCell => {
    let cells = cellsById.get(id);
    if (cells === undefined) cellsById.set(id, (cells = new Map()));
    let cell = cells.get(column);
    if (cell === undefined) cells.set(column, (cell = { listed: false, criteria: [] }));
    return cell;
  };
  badges.forEach((badge, column) => {
    for (const id of badge.competencies) cellAt(id, column).listed = true;
    for (const [id, criteria] of criteriaOf[column] ?? []) cellAt(id, column).criteria = criteria;
  });

  const rows = orderedCompetencyIds(model, badges, criteriaOf).map((id): CoverageRow => {
    const cells = cellsById.get(id) ?? new Map<number, CoverageCell>();
    const certifiedBy = [...cells.values()].filter((cell) => cell.listed).length;
    const competency = model.get('competency', id);
    const row: CoverageRow = { competencyId: id, cells, certifiedBy };
    if (competency !== undefined) row.competency = competency;
    if (certifiedBy === 0) row.flag = 'uncertified';
    else if (certifiedBy >= many) row.flag = 'many';
    return row;
  });
  const columnTotals = badges.map((badge) => new Set(badge.competencies).size);
  return { badges, rows, columnTotals, many };
}

/** Checks whether the grid is small enough for a Markdown or HTML table. */
export function fitsTable(matrix: CoverageMatrix): boolean {
  return matrix.rows.length * matrix.badges.length <= TABLE_CELL_LIMIT;
}

/** Returns the cells of a row in column order, with `undefined` for an empty one. */
export function rowCells(row: CoverageRow, matrix: CoverageMatrix): (CoverageCell | undefined)[] {
  return matrix.badges.map((_, column) => row.cells.get(column));
}

/** Indexes the criteria of a badge's rubric by the competency each one scores. */
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
 * Orders the rows by the first column that certifies them, so the grid reads as a
 * staircase. Competencies that no badge lists follow in load order, and ids that name no
 * competency come last, by id.
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

/** Summarises a cell in terms that every format renders the same way. */
export function cellSummary(cell: CoverageCell | undefined): { mark: 'certified' | 'not-listed' | 'none'; criteria: string[] } {
  if (cell === undefined) return { mark: 'none', criteria: [] };
  const criteria = cell.criteria.map((criterion) => criterion.id);
  if (cell.listed) return { mark: 'certified', criteria };
  return criteria.length > 0 ? { mark: 'not-listed', criteria } : { mark: 'none', criteria };
}

/** Returns the label of a row: the competency's name, else its statement, else its id. */
export function rowLabel(row: CoverageRow): string {
  return row.competency?.name || row.competency?.statement || row.competencyId;
}
