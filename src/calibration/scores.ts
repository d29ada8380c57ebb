/**
 * Reads a calibration scores file in long form (one row per submission, reviewer, criterion
 * and level) and checks every row against the rubric definitions. Rows that do not fit are
 * `score-row` findings on their cell and are left out; everything else becomes a score.
 */
import type { RawFinding } from '../finding.js';
import type { TableRow, Table } from '../load/table.js';
import { fieldLocation } from '../load/table.js';
import { levelList, levelPosition } from '../model/levels.js';
import type { Model } from '../model/model.js';
import type { Rubric, RubricCriterion } from '../model/types.js';
import { scoreRowRule } from '../rules/score-row.js';
import { createFinding } from '../rules/types.js';
import { didYouMean } from '../util/suggest.js';

export const SCORE_FIELDS_REQUIRED = ['submission', 'reviewer', 'criterion', 'level'] as const;

export interface CriterionRef {
  rubric: Rubric;
  criterion: RubricCriterion;
  /** The criterion's index in the rubric, for locating it in the definition file. */
  index: number;
}

export interface Score {
  submission: string;
  reviewer: string;
  target: CriterionRef;
  /** The level's position on the criterion's scale, 0 for the lowest. */
  level: number;
  line: number;
}

export interface ScoreReadResult {
  scores: Score[];
  findings: RawFinding[];
  /** Rows whose level cell is empty: a score the reviewer did not give. */
  missingScores: number;
}

export function readScores(table: Table, model: Model, options: { rubric?: string } = {}): ScoreReadResult {
  const result: ScoreReadResult = { scores: [], findings: [], missingScores: 0 };
  const criteria = new CriterionIndex(model);
  const firstLines = new Map<string, number>();

  for (const row of table.rows) {
    const report = (messageId: keyof typeof scoreRowRule.messages, data: Record<string, string | number>, field: string) =>
      result.findings.push(createFinding(scoreRowRule, messageId, data, fieldLocation(table, row, field)));

    const missing = ['submission', 'reviewer', 'criterion'].filter((field) => table.columns.has(field) && row.values[field] === undefined);
    for (const field of missing) report('missingValue', { field }, field);
    if (missing.length > 0 || !hasAll(row)) continue;

    const target = criteria.resolve(row, options.rubric, report);
    if (target === undefined) continue;

    const levelCell = row.values.level;
    if (levelCell === undefined) {
      result.missingScores++;
      continue;
    }
    const level = levelPosition(target.criterion, levelCell);
    if (level === undefined) {
      const hint = didYouMean(levelCell, target.criterion.levels.map((candidate) => candidate.id));
      report('unknownLevel', { criterion: target.criterion.id, rubric: target.rubric.id, level: levelCell, levels: levelList(target.criterion), hint }, 'level');
      continue;
    }

    const submission = row.values.submission as string;
    const reviewer = row.values.reviewer as string;
    const key = [submission, reviewer, target.rubric.id, target.criterion.id].join('\u0000');
    const first = firstLines.get(key);
    if (first !== undefined) {
      report('duplicate', { reviewer, submission, criterion: target.criterion.id, line: first }, 'reviewer');
      continue;
    }
    firstLines.set(key, row.line);
    result.scores.push({ submission, reviewer, target, level, line: row.line });
  }

  return result;
}

function hasAll(row: TableRow): boolean {
  return row.values.submission !== undefined && row.values.reviewer !== undefined && row.values.criterion !== undefined;
}

type Report = (messageId: keyof typeof scoreRowRule.messages, data: Record<string, string | number>, field: string) => void;

/** Finds the rubric criterion a row names, through its rubric cell, `--rubric`, or a unique id. */
class CriterionIndex {
  private readonly byCriterionId = new Map<string, CriterionRef[]>();

  constructor(private readonly model: Model) {
    for (const rubric of model.rubrics) {
      if (model.get('rubric', rubric.id) !== rubric) continue;
      rubric.criteria.forEach((criterion, index) => {
        const refs = this.byCriterionId.get(criterion.id) ?? [];
        refs.push({ rubric, criterion, index });
        this.byCriterionId.set(criterion.id, refs);
      });
    }
  }

  resolve(row: TableRow, rubricOption: string | undefined, report: Report): CriterionRef | undefined {
    const id = row.values.criterion as string;
    const rubricId = row.values.rubric ?? rubricOption;

    if (rubricId !== undefined) {
      const rubric = this.model.get('rubric', rubricId);
      if (rubric === undefined) {
        report('unknownRubric', { id: rubricId, hint: didYouMean(rubricId, this.model.ids('rubric')) }, 'rubric');
        return undefined;
      }
      const index = rubric.criteria.findIndex((criterion) => criterion.id === id);
      if (index < 0) {
        report('unknownCriterion', { rubric: rubric.id, id, hint: didYouMean(id, rubric.criteria.map((criterion) => criterion.id)) }, 'criterion');
        return undefined;
      }
      return { rubric, criterion: rubric.criteria[index] as RubricCriterion, index };
    }

    const refs = this.byCriterionId.get(id) ?? [];
    if (refs.length === 1) return refs[0];
    if (refs.length === 0) {
      report('criterionNowhere', { id, hint: didYouMean(id, this.byCriterionId.keys()) }, 'criterion');
    } else {
      report('ambiguousCriterion', { id, rubrics: refs.map((ref) => `"${ref.rubric.id}"`).join(', ') }, 'criterion');
    }
    return undefined;
  }
}
