import { lines, REVIEW_RUBRIC } from './examples.js';
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
  docs: {
    finds:
      'A row of the scores file given to `badgemap calibrate` that does not fit the rubric or the columns: an empty file, a header ' +
      'without a submission, reviewer, criterion or level column, an empty cell, a rubric, criterion or level id the rubric does ' +
      'not have ("did you mean"), a criterion found in several rubrics without a rubric column. The row is left out of the ' +
      'agreement and the finding says so.',
    why:
      'Agreement computed from misread rows is worse than none: a typo in a level id would otherwise count as disagreement. Every ' +
      'row that is left out is reported, so nothing is lost silently.',
    failing: {
      description: 'The second score names a level the criterion does not have.',
      command: 'badgemap calibrate scores.csv',
      files: { 'rubric.yaml': REVIEW_RUBRIC, 'scores.csv': lines('Submission,Reviewer,Criterion,Level', 's1,ana,clarity,meets', 's1,ben,clarity,excellent') },
    },
    passing: {
      description: 'Both scores use the rubric\'s level ids.',
      command: 'badgemap calibrate scores.csv',
      files: { 'rubric.yaml': REVIEW_RUBRIC, 'scores.csv': lines('Submission,Reviewer,Criterion,Level', 's1,ana,clarity,meets', 's1,ben,clarity,exceeds') },
    },
  },
});
