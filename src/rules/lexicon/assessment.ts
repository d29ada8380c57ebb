/** The built-in evidence types and assessment methods, and which of them show performance. */

export const EVIDENCE_TYPES = [
  'project',
  'code',
  'report',
  'recording',
  'demonstration',
  'simulation',
  'portfolio',
  'observation',
  'reflection',
  'quiz',
  'exam',
  'attendance',
  'completion',
] as const;

/** Evidence that shows only that the learner was there or finished. */
export const PARTICIPATION_EVIDENCE: ReadonlySet<string> = new Set(['attendance', 'completion']);

/** Evidence that tests recall rather than performance. */
export const KNOWLEDGE_EVIDENCE: ReadonlySet<string> = new Set(['quiz', 'exam']);

export const ASSESSMENT_METHODS = [
  'reviewer-rubric',
  'hands-on-lab',
  'simulation',
  'observation',
  'live-qa',
  'peer-review',
  'multiple-choice-quiz',
  'exam',
  'self-assessment',
] as const;

export const KNOWLEDGE_METHODS: ReadonlySet<string> = new Set(['multiple-choice-quiz', 'exam', 'self-assessment']);
