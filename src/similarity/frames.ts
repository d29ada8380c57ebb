/**
 * Removes the opening that English learning outcomes often carry ("By the end of the module,",
 * "On completion of this course,"), so that it does not count as shared words. The learner
 * frames ("The learner will be able to", "Students can") need no rule here: all their words are
 * stop words.
 */
const LEADING_FRAME =
  /^\s*(?:by the end of|at the end of|on completion of|upon completion of|on completing|upon completing|after completing|having completed)\s+[^,.;:]{1,60}[,:]\s*/iu;

export function stripLeadingFrame(statement: string): string {
  return statement.replace(LEADING_FRAME, '');
}
