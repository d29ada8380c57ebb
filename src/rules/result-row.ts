import { lines, TRIAGE_BADGES } from './examples.js';
import { defineRule } from './types.js';

/** Reported by `stats` while reading a results file; each finding sits on its row and cell. */
export const resultRowRule = defineRule({
  id: 'result-row',
  defaultSeverity: 'error',
  description: 'A row of a stats results file that does not fit the definitions or the columns.',
  defaultOptions: {},
  messages: {
    empty: 'The results file is empty: it needs a header row and one row per outcome.',
    noRows: 'The results file has a header but no outcomes.',
    missingColumn: 'No {field} column: the header needs one of {synonyms}. Rename a header, or pass --map {field}=HEADER.',
    missingOutcomeColumn:
      'No passed or level column: the header needs one of {synonyms}. Rename a header, or pass --map passed=HEADER or --map level=HEADER.',
    missingValue: 'The {field} cell is empty, so the outcome is left out.',
    invalidDate: '"{value}" is not a date: write it as YYYY-MM-DD. The outcome is left out.',
    futureDate: 'The date {value} is after today ({today}); check it, or pass --today. The outcome is left out.',
    invalidPassed: '"{value}" is not a pass or fail value: use yes or no, true or false, pass or fail, 1 or 0. The outcome is left out.',
    unknownBadge: 'No badge has id "{id}" ({rows}, the first here).{hint} They are left out.',
    unknownCompetency: 'No competency has id "{id}" ({rows}, the first here).{hint} They are left out.',
    noRubric: 'Badge "{badge}" has no rubric, so criterion "{id}" names no competency ({rows}, the first here). They are left out.',
    unknownCriterion: 'Rubric "{rubric}" of badge "{badge}" has no criterion "{id}" ({rows}, the first here).{hint} They are left out.',
    unknownLevel: 'Criterion "{criterion}" of rubric "{rubric}" has no level "{level}"; its levels are {levels}.{hint} The outcome is left out.',
    levelWithoutCriterion: 'Level "{level}" needs a criterion or competency to say which rubric scale it is on; give one or a passed value. The outcome is left out.',
    competencyNotCertified: 'Badge "{badge}" does not certify competency "{id}" ({rows}, the first here); they still count for the competency.',
  },
  docs: {
    finds:
      'A row of the results file given to `badgemap stats` that does not fit the repository or the columns: an empty file, a header ' +
      'without a learner, badge or outcome column, an empty cell, a badge, competency or level the repository does not have, a ' +
      'pass/fail value it cannot read, a date that is not a date or lies after `--today`. The row is left out and the finding says so.',
    why: 'Pass rates computed from misread rows mislead a program about its own badges; every row left out is reported instead.',
    failing: {
      description: 'A month 13.',
      command: 'badgemap stats results.csv',
      files: { 'badges.yaml': TRIAGE_BADGES, 'results.csv': lines('Learner,Badge,Passed,Date', 'l1,triage,yes,2026-13-01') },
    },
    passing: {
      description: 'A real date.',
      command: 'badgemap stats results.csv',
      files: { 'badges.yaml': TRIAGE_BADGES, 'results.csv': lines('Learner,Badge,Passed,Date', 'l1,triage,yes,2026-03-01') },
    },
  },
});
