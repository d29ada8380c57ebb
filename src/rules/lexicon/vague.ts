/**
 * Verbs and phrases that name a state of mind, or attending and finishing, instead of something
 * an assessor can observe, with observable verbs to use instead. Patterns match the start of a
 * statement after its leading frame ("Students will be able to") is removed, in lower case.
 */
import { PARTICIPATION_EVENTS } from './assessment.js';

export interface VaguePhrase {
  pattern: RegExp;
  suggestions: readonly string[];
  /** The kind of non-action the phrase names: a state of mind, or being present or finishing. */
  kind?: VagueKind;
}

export type VagueKind = 'state' | 'attendance';

const UNDERSTAND = ['explain', 'describe', 'summarise', 'classify', 'compare'];
const KNOW = ['list', 'define', 'identify', 'state', 'describe'];
const AWARE = ['identify', 'recognise', 'describe'];
const APPRECIATE = ['explain why', 'justify', 'evaluate'];
const ABILITY = ['perform', 'apply', 'produce'];
const PERFORM = ['apply', 'perform', 'produce'];

/** What a disguised phrase claims to show: "demonstrates an understanding of", "has a sound knowledge of". */
const SHOWING = '(?:demonstrat(?:e|es|ed|ing)|show(?:s|ed|ing|n)?|display(?:s|ed|ing)?|exhibit(?:s|ed|ing)?|develop(?:s|ed|ing)?|gain(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|ha(?:ve|s|ving)|possess(?:es|ing)?|build(?:s|ing)?)';
const QUALIFIER = '(?:(?:a|an|the|some|their|his|her)\\s+)?(?:(?:basic|good|solid|sound|thorough|deep|deeper|clear|working|broad|general|critical|full|proper|strong|fundamental|comprehensive|practical|increased|greater|detailed|in-depth)\\s+)*';

const disguised = (nouns: string, suggestions: readonly string[]): VaguePhrase => ({
  // The preposition is required, so "develops a competency framework" is not read as disguised.
  pattern: new RegExp(`^${SHOWING}\\s+${QUALIFIER}(?:${nouns})\\s+(?:of|about|in|with|for|that|how|what|why)\\b`),
  suggestions,
});

const VAGUE_PHRASES: readonly VaguePhrase[] = [
  disguised('understanding|comprehension|grasp', UNDERSTAND),
  disguised('knowledge', KNOW),
  disguised('awareness|familiarity', AWARE),
  disguised('appreciation', APPRECIATE),
  disguised('competence|competency|proficiency|mastery|command|ability|capacity|skills?', ABILITY),
  { pattern: /^(?:understand(?:s|ing)?|comprehend(?:s|ing)?|grasp(?:s|ing)?)\b/, suggestions: UNDERSTAND },
  { pattern: /^(?:know(?:s|ing)?|knowledge of)\b/, suggestions: KNOW },
  { pattern: /^(?:learn(?:s|ing|t|ed)?)\b(?:\s+(?:about|how))?/, suggestions: ['describe', 'explain', 'apply'] },
  { pattern: /^(?:(?:be|is|are|am|being|become|becomes|becoming|get|gets)\s+)?(?:familiar(?:ity)?|acquainted|conversant)\s+with\b/, suggestions: AWARE },
  { pattern: /^(?:(?:be|is|are|am|being|become|becomes|becoming)\s+)?(?:aware|cognizant|cognisant|mindful)\s+of\b/, suggestions: AWARE },
  { pattern: /^(?:awareness|familiarity|understanding|knowledge|appreciation)\s+(?:of|about)\b/, suggestions: KNOW },
  { pattern: /^(?:appreciat(?:e|es|ing)|valu(?:e|es|ing)|believ(?:e|es|ing)(?:\s+in)?|internali[sz](?:e|es|ing))\b/, suggestions: APPRECIATE },
  { pattern: /^(?:(?:be|is|are|am|being|feel|feels|become|becomes|becoming|get|gets)\s+)?(?:comfortable|confident)\s+(?:with|in|when|using)\b/, suggestions: ABILITY },
  { pattern: /^works?\s+well\s+(?:in|with|as)\b/, suggestions: ['contribute', 'coordinate', 'resolve'] },
  // Attending, completing, taking part and watching show that the learner was there, not what they can do.
  // Only events count, so "participate in governmental tenders" and "attends to a patient" are actions.
  { pattern: new RegExp(`^(?:attend(?:s|ed|ing)?|participat(?:e|es|ed|ing)\\s+in)\\s+(?:[\\w'-]+\\s+){0,3}?${PARTICIPATION_EVENTS}\\b`), suggestions: PERFORM, kind: 'attendance' },
  {
    pattern: /^(?:complet(?:e|es|ed|ing)|finish(?:es|ed|ing)?)\s+(?:(?:the|a|an|all|each|every|this)\s+)?(?:[\w-]+\s+){0,2}(?:course|module|training|program|programme|class|unit|lesson|workshop|webinar|tutorial|curriculum|e-learning)s?\b/,
    suggestions: PERFORM,
    kind: 'attendance',
  },
  {
    pattern: /^(?:watch(?:es|ed|ing)?|view(?:s|ed|ing)?)\s+(?:(?:the|a|an|all|each|every)\s+)?(?:[\w-]+\s+){0,2}(?:videos?|recordings?|lectures?|webinars?|presentations?|films?|tutorials?)\b/,
    suggestions: PERFORM,
    kind: 'attendance',
  },
  { pattern: /^(?:(?:be|is|are|am|being|get|gets)\s+)?(?:exposed|introduced)\s+to\b|^exposure\s+to\b/, suggestions: ['describe', 'identify', 'use'] },
  { pattern: /^(?:realis|realiz)(?:e|es|ing)\b/, suggestions: ['identify', 'explain'] },
  { pattern: /^(?:recognis|recogniz)(?:e|es|ing)\s+the\s+(?:importance|value|need|role)\s+of\b/, suggestions: APPRECIATE },
  { pattern: /^think(?:s|ing)?\s+about\b/, suggestions: ['evaluate', 'justify', 'compare'] },
];

/** Returns the vague phrase that starts `text` (lower case, frame removed), if any. */
export function matchVaguePhrase(text: string): { phrase: string; suggestions: readonly string[]; kind: VagueKind } | undefined {
  for (const entry of VAGUE_PHRASES) {
    const match = entry.pattern.exec(text);
    if (match !== null) return { phrase: match[0].trim(), suggestions: entry.suggestions, kind: entry.kind ?? 'state' };
  }
  return undefined;
}
