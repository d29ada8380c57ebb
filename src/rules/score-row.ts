import { defineRule } from './types.js';

/** Reported by `calibrate` while reading a scores file; each finding sits on its row and cell. */
export const scoreRowRule = defineRule({
  id: 'score-row',
  defaultSeverity: 'error',
  description: 'A row of a calibrate scores file that does not fit the rubric or the columns.',
  defaultOptions: {},
  messages: {
    empty: 'The scores file is empty: it needs a header row and one row per score.',
    noRows: 'The scores file has a header but no scores.',
    missingColumn: 'No {field} column: the header needs one of {synonyms}. Rename a header, or pass --map {field}=HEADER.',
    missingValue: 'The {field} cell is empty, so the score is left out.',
    unknownRubric: 'No rubric has id "{id}".{hint} The score is left out.',
    unknownCriterion: 'Rubric "{rubric}" has no criterion "{id}".{hint} The score is left out.',
    criterionNowhere: 'No rubric has a criterion "{id}".{hint} The score is left out.',
    ambiguousCriterion: 'Criterion "{id}" is in rubrics {rubrics}; add a rubric column or pass --rubric ID. The score is left out.',
    unknownLevel: 'Criterion "{criterion}" of rubric "{rubric}" has no level "{level}"; its levels are {levels}.{hint} The score is left out.',
    duplicate: 'Reviewer "{reviewer}" scored submission "{submission}" on criterion "{criterion}" again (first on line {line}); only the first score counts.',
  },
});
