/**
 * A rubric as tables of levels and descriptors. When every criterion has the same levels,
 * one table contains them all, a criterion per row and a level per column; otherwise each
 * criterion gets a table of its own. Levels run from lowest to highest, as declared.
 */
import { passingRule } from '../export/narrative.js';
import type { Rubric, RubricCriterion, RubricLevel } from '../model/types.js';
import { html, type Html } from './html.js';
import { renderMarkdown } from './markdown.js';

export interface RubricLinks {
  /** The link to a competency's page from the current page, or `undefined` for an unknown id. */
  competency(id: string): { href: string; text: string } | undefined;
}

export function rubricTables(rubric: Rubric, links: RubricLinks): Html {
  if (rubric.criteria.length === 0) return html`<p>The rubric "${rubric.name}" has no criteria.</p>`;

  const tables = sharedLevels(rubric) ? [combinedTable(rubric, links)] : rubric.criteria.map((criterion) => criterionTable(rubric, criterion, links));
  const passing = passingRule(rubric);
  return html`${tables}${passing === '' ? '' : renderMarkdown(passing, 2)}`;
}

/** Checks whether every criterion lists the same level ids and names in the same order. */
function sharedLevels(rubric: Rubric): boolean {
  const signature = (criterion: RubricCriterion) => JSON.stringify(criterion.levels.map((level) => [level.id, level.name]));
  const first = signature(rubric.criteria[0] as RubricCriterion);
  return rubric.criteria.every((criterion) => signature(criterion) === first);
}

function combinedTable(rubric: Rubric, links: RubricLinks): Html {
  const levels = (rubric.criteria[0] as RubricCriterion).levels;
  const header = levels.map((level) => html`<th scope="col">${level.name || level.id}${passingMark(rubric, level)}</th>`);
  const rows = rubric.criteria.map(
    (criterion) => html`<tr><th scope="row">${criterionHeader(criterion, links)}</th>${criterion.levels.map((level) => html`<td>${levelCell(level)}</td>`)}</tr>`,
  );
  return html`<div class="table-scroll"><table class="rubric">
<caption>Rubric "${rubric.name}": performance levels from lowest to highest</caption>
<thead><tr><th scope="col">Criterion</th>${header}</tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
}

function criterionTable(rubric: Rubric, criterion: RubricCriterion, links: RubricLinks): Html {
  const rows = criterion.levels.map(
    (level) => html`<tr><th scope="row">${level.name || level.id}${passingMark(rubric, level)}</th><td>${pointsText(level.points)}</td><td>${level.descriptor ?? ''}</td></tr>`,
  );
  return html`<div class="table-scroll"><table class="rubric">
<caption>Rubric "${rubric.name}", criterion: ${criterionHeader(criterion, links)}</caption>
<thead><tr><th scope="col">Level</th><th scope="col">Points</th><th scope="col">Descriptor</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
}

function criterionHeader(criterion: RubricCriterion, links: RubricLinks): Html {
  const name = criterion.name || criterion.description || criterion.id;
  const description = criterion.name && criterion.description ? html` <span class="points">${criterion.description}</span>` : '';
  const competency = links.competency(criterion.competency);
  const scores =
    competency === undefined
      ? html` <span class="points">Competency: ${criterion.competency}</span>`
      : html` <span class="points">Competency: <a href="${competency.href}">${competency.text}</a></span>`;
  return html`${name}${description}${scores}`;
}

function levelCell(level: RubricLevel): Html {
  return html`${level.descriptor ?? ''} <span class="points">${pointsText(level.points)}</span>`;
}

function passingMark(rubric: Rubric, level: RubricLevel): Html | '' {
  return rubric.passing?.everyCriterionAtLeast === level.id ? html` <span class="points">minimum to pass</span>` : '';
}

function pointsText(points: number): string {
  return `${points} ${points === 1 ? 'point' : 'points'}`;
}
