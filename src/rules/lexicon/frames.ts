/**
 * Leading frames that introduce a learning outcome without being part of it: "By the end of
 * the module,", "The learner will be able to", "Students can". They are removed, repeatedly,
 * before the action verb is looked for. Patterns apply to lower-case text.
 */
const SUBJECT =
  '(?:(?:the|a|an|each|every|all|our)\\s+)?(?:learners?|students?|participants?|trainees?|candidates?|graduates?|apprentices?|employees?|staff|individuals?|users?|persons?|people|practitioners?|professionals?|pupils?|children|he|she|they|you|we|i)';
const MODAL = '(?:will|shall|should|must|can|could|may|are|is|am|would)';

const LEADING_FRAMES: readonly RegExp[] = [
  /^(?:by|at)\s+the\s+end\s+of\s+(?:(?:the|this|each|every)\s+)?[^,:]{1,60}?[,:]\s*/,
  /^(?:upon|on|after)\s+(?:the\s+)?(?:successful\s+)?completion\s+of\s+[^,:]{1,60}?[,:]\s*/,
  /^(?:in|within|during)\s+(?:the|this|a)\s+[^,:]{1,40}?[,:]\s*/,
  /^with\s+[^,:]{1,60}?[,:]\s*/,
  new RegExp(`^${SUBJECT}\\s+(?:${MODAL}\\s+)?(?:(?:be|are|is)\\s+)?(?:(?:able|expected|required|prepared)\\s+to\\s+)?`),
  /^(?:be|is|are)\s+able\s+to\s+/,
  /^(?:the\s+)?ability\s+to\s+/,
  /^(?:demonstrat(?:e|es|ing)|show(?:s|ing)?|ha(?:ve|s))\s+(?:the\s+|an\s+)?ability\s+to\s+/,
  new RegExp(`^${MODAL}\\s+`),
  /^to\s+/,
  /^[-–—:•*]\s*/,
];

/** Adverbs that may come before the verb: "Independently configures", "Accurately measures". */
export function isLeadingAdverb(word: string): boolean {
  return /^[a-z]{4,}ly$/.test(word) && !['apply', 'supply', 'reply', 'rely', 'fly', 'ally', 'tally', 'rally', 'bully'].includes(word);
}

/** Removes leading frames one at a time; returns the text after each removal, the original first. */
export function frameStages(text: string): string[] {
  const stages = [text];
  let rest = text;
  for (let round = 0; round < 6; round++) {
    const before = rest;
    for (const frame of LEADING_FRAMES) {
      const match = frame.exec(rest);
      if (match === null || match[0].length === 0) continue;
      rest = rest.slice(match[0].length);
      stages.push(rest);
    }
    if (rest === before) break;
  }
  return stages;
}

/** Words that cannot start an action: articles, determiners, and nouns by their endings. */
const NON_VERBS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your',
  'some', 'any', 'all', 'each', 'every', 'various', 'different', 'basic', 'advanced', 'general', 'key',
  'principles', 'introduction', 'overview', 'fundamentals', 'basics', 'concepts', 'theory', 'types', 'range',
]);

export function isClearlyNotVerb(word: string): boolean {
  return NON_VERBS.has(word) || isNounLike(word);
}

/** Returns whether a word's ending marks it as a noun: management, integration, analytics. */
export function isNounLike(word: string): boolean {
  return /(tion|sion|ment|ness|ity|ance|ence|ism|ology|ship|ics)$/.test(word);
}

/** Words that open an object right after a verb: "Balance the hydraulics", "Partition a disk". */
const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'your', 'each', 'every']);

/** Words that an article may follow without being verbs: "Introduction to the…", "For the…". */
const PREPOSITIONS = new Set(['about', 'across', 'after', 'at', 'before', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'over', 'to', 'under', 'with', 'within']);

/**
 * Returns whether a word the lexicon lacks is a verb by its place: an article or possessive
 * follows it, which a noun at the start of a statement rarely has. This applies even to
 * words that end like nouns ("Balance the…", "Partition a disk").
 */
export function isVerbByPosition(word: string, next: string | undefined): boolean {
  if (next === undefined || !OBJECT_DETERMINERS.has(next)) return false;
  return !NON_VERBS.has(word) && !PREPOSITIONS.has(word);
}
