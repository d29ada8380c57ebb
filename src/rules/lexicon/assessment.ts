/** Which built-in evidence types and assessment methods show performance, and which do not. */
export { ASSESSMENT_METHODS, EVIDENCE_TYPES } from '../../import/values.js';

/** Evidence that shows only that the learner was there or finished. */
export const PARTICIPATION_EVIDENCE: ReadonlySet<string> = new Set(['attendance', 'completion']);

/** Evidence that tests recall rather than performance. */
export const KNOWLEDGE_EVIDENCE: ReadonlySet<string> = new Set(['quiz', 'exam']);

export const KNOWLEDGE_METHODS: ReadonlySet<string> = new Set(['multiple-choice-quiz', 'exam', 'self-assessment']);

/**
 * Things a learner attends or takes part in, as a regular expression group of singular and
 * plural nouns: "attends a workshop", "participation in the bootcamp".
 */
export const PARTICIPATION_EVENTS =
  '(?:sessions?|classes|class|lectures?|workshops?|webinars?|meetings?|seminars?|events?|conferences?|training|bootcamps?|' +
  'hackathons?|courses?|programs?|programmes?|meetups?|inductions?)';
