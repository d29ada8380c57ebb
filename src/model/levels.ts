/**
 * Finding a rubric level from a spreadsheet cell. A rubric lists its levels low to high, so a
 * level's position in that list is its place on the ordinal scale.
 */
import type { Rubric, RubricCriterion } from './types.js';

/**
 * The position of the level a cell names, or `undefined`. Tried in order: the level id as
 * written, the id or name ignoring letter case and surrounding space, then the level's
 * points when exactly one level has them (so a sheet of points `0`, `2`, `3` works too).
 */
export function levelPosition(criterion: RubricCriterion, cell: string): number | undefined {
  const exact = criterion.levels.findIndex((level) => level.id === cell);
  if (exact >= 0) return exact;

  const folded = cell.trim().toLowerCase();
  const byText = criterion.levels.findIndex(
    (level) => level.id.toLowerCase() === folded || (level.name ?? '').trim().toLowerCase() === folded,
  );
  if (byText >= 0) return byText;

  if (!/^-?\d+(\.\d+)?$/.test(folded)) return undefined;
  const points = Number(folded);
  const matches = criterion.levels.flatMap((level, index) => (level.points === points ? [index] : []));
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The lowest passing position of a criterion: the rubric's `everyCriterionAtLeast` level
 * when the criterion has it, otherwise the second level, because the lowest level of a
 * rubric is the one that does not meet the criterion.
 */
export function passingPosition(rubric: Rubric, criterion: RubricCriterion): number {
  const required = rubric.passing?.everyCriterionAtLeast;
  const position = required === undefined ? -1 : criterion.levels.findIndex((level) => level.id === required);
  return position >= 0 ? position : Math.min(1, criterion.levels.length - 1);
}

/** The level ids of a criterion as a message lists them: `not-yet, meets, exceeds`. */
export function levelList(criterion: RubricCriterion): string {
  return criterion.levels.map((level) => level.id).join(', ');
}
