import type { PathSegment } from '../finding.js';
import type { Badge, Rubric } from '../model/types.js';
import { locate } from '../model/types.js';
import { PARTICIPATION_EVENTS, PARTICIPATION_EVIDENCE } from './lexicon/assessment.js';
import { isEnglish } from './statement.js';
import { defineRule } from './types.js';

/** What a badge may ask a learner to attend: the shared events, and days, labs and discussions. */
const EVENT = `(?:${PARTICIPATION_EVENTS}|days?|labs?|activities|activity|discussions?)`;

/**
 * Phrases that certify being present or finishing, not performing. Each matches anywhere in
 * the text, in lower case.
 */
const PARTICIPATION_PHRASES: readonly RegExp[] = [
  /\b(?:complet(?:e|es|ed|ing|ion of)|finish(?:es|ed|ing)?)\s+(?:(?:all|each|every|the|this|a|an)\s+)*(?:[\w-]+\s+){0,2}(?:course|module|training|program|programme|class|unit|lesson|lessons|modules|units|workshop|webinar|tutorial|curriculum|e-learning)s?\b/,
  /\bcertificate of (?:completion|attendance|participation)\b/,
  // "attends to a patient" is care, not attendance.
  new RegExp(`\\b(?:attend(?:s|ed|ing)?(?!\\s+to\\b)|attendance (?:at|of|in))\\s+(?:(?:all|each|every|the|this|a|an|at least)\\s+)*(?:[\\w%-]+\\s+){0,4}${EVENT}\\b`),
  /\b(?:watch(?:es|ed|ing)?|view(?:s|ed|ing)?)\s+(?:(?:all|each|every|the|a|an)\s+)*(?:[\w-]+\s+){0,2}(?:videos?|recordings?|lectures?|webinars?|presentations?|slides?)\b/,
  // The passive needs its auxiliary, so "a video … watched by two reviewers" is not matched.
  /\b(?:videos?|recordings?|lectures?|webinars?|modules?|lessons?|units?|courses?|sessions?)\s+(?:were|was|are|is|have been|has been)\s+(?:watched|viewed|completed|finished|attended)\b/,
  new RegExp(`\\bparticipat(?:e|es|ed|ing|ion)\\s+in\\s+(?:(?:all|each|every|the|a|an)\\s+)*(?:[\\w-]+\\s+){0,2}${EVENT}\\b`),
  /\b(?:enrol(?:l)?(?:s|ed|ing|ment)?|register(?:s|ed|ing)?|sign(?:s|ed)? up)\s+(?:in|for)\b/,
  /\b(?:time spent|seat time|hours? (?:of|spent in) (?:training|class|instruction))\b/,
  /\bspend(?:s)?\s+(?:at least\s+)?\d+\s+(?:hours?|minutes?)\b/,
  /\b\d+\s+(?:hours?|minutes?|days?)\s+(?:spent|logged)\b/,
];

export const weakCriteriaRule = defineRule({
  id: 'weak-criteria',
  defaultSeverity: 'warn',
  description: 'Criteria or evidence that certify completing, attending, watching or participating, not performance.',
  optionsSchema: {
    phrases: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'More phrases that certify participation, matched in lower case anywhere in the text.',
    },
  },
  defaultOptions: { phrases: [] as string[] },
  messages: {
    participationType: 'Evidence of type "{type}" shows that the learner was there or finished, not what they can do. Ask for something they produce or perform, such as a project, a recording or an observation.',
    participationText: '{field} certifies participation ("{phrase}"), not performance. Say what the learner must produce or do, and how well.',
  },
  check(context) {
    for (const badge of context.model.badges) {
      const extras = { definitionId: badge.id };
      badge.evidence.forEach((evidence, index) => {
        if (PARTICIPATION_EVIDENCE.has(evidence.type)) {
          context.report('participationType', { type: evidence.type }, locate(badge, 'evidence', index, 'type'), extras);
        }
      });

      if (!isEnglish(badge.language, context.config.language)) continue;
      const extraPhrases = context.optionsFor(badge).phrases.map((phrase) => phrase.toLowerCase());
      for (const { field, label, text } of textsOf(badge)) {
        const phrase = findPhrase(text, extraPhrases);
        if (phrase !== undefined) context.report('participationText', { field: label, phrase }, locate(badge, ...field), extras);
      }
    }

    // A rubric has no language of its own; it is read in the config's.
    if (!isEnglish(undefined, context.config.language)) return;
    for (const rubric of context.model.rubrics) {
      const extraPhrases = context.optionsFor(rubric).phrases.map((phrase) => phrase.toLowerCase());
      for (const { field, label, text } of rubricTextsOf(rubric)) {
        const phrase = findPhrase(text, extraPhrases);
        if (phrase !== undefined) context.report('participationText', { field: label, phrase }, locate(rubric, ...field), { definitionId: rubric.id });
      }
    }
  },
  docs: {
    finds:
      'A badge whose evidence is of type `attendance` or `completion`, or whose description, criteria narrative or evidence ' +
      'descriptions certify completing a course, attending sessions, watching videos, participating, enrolling or spending time ' +
      '("Complete all six modules", "Attend 80% of the sessions", "Proof of participation in the lab day", "20 hours spent in the ' +
      'simulator", "all videos were watched", "Certificate of completion"). Also a rubric criterion or level ' +
      'descriptor that scores the same ("Attended every session").',
    why:
      'A badge is worth what it certifies. Attendance and completion say that a learner was present, not that they can do anything, ' +
      'so employers learn nothing from such a badge and learners who can perform are not told apart from those who cannot.',
    failing: {
      description: 'The badge asks for completion and attendance.',
      files: {
        'badge.yaml': [
          'kind: badge',
          'id: intro-security',
          'name: Introduction to Web Security',
          'description: Awarded to learners who complete all six modules of the course.',
          'competencies: []',
          'evidence:',
          '  - { type: attendance, description: Attend at least 80% of the live sessions }',
          '',
        ].join('\n'),
      },
    },
    passing: {
      description: 'The badge asks for work the learner produces.',
      files: {
        'badge.yaml': [
          'kind: badge',
          'id: intro-security',
          'name: Introduction to Web Security',
          'description: Finds and explains the three most serious flaws in a sample web application.',
          'competencies: []',
          'evidence:',
          '  - { type: report, description: A findings report with one reproducible request per flaw }',
          '',
        ].join('\n'),
      },
    },
    notes:
      'The evidence type is checked in every language; the phrases only in English badges. Add phrases of your own with the `phrases` ' +
      'option. Knowledge tests (quizzes, exams) are reported by `knowledge-only-assessment`.',
  },
});

function textsOf(badge: Badge): { field: PathSegment[]; label: string; text: string }[] {
  const texts = [{ field: ['description'] as PathSegment[], label: 'The description', text: badge.description }];
  if (badge.criteria?.narrative !== undefined) texts.push({ field: ['criteria', 'narrative'], label: 'The criteria narrative', text: badge.criteria.narrative });
  badge.evidence.forEach((evidence, index) => {
    texts.push({ field: ['evidence', index, 'description'], label: `Evidence ${index + 1}`, text: evidence.description });
  });
  return texts;
}

/** The texts of a rubric that say what is scored: criterion names and descriptions, level descriptors. */
function rubricTextsOf(rubric: Rubric): { field: PathSegment[]; label: string; text: string }[] {
  const texts: { field: PathSegment[]; label: string; text: string }[] = [];
  rubric.criteria.forEach((criterion, index) => {
    for (const key of ['name', 'description'] as const) {
      const text = criterion[key];
      if (text !== undefined) texts.push({ field: ['criteria', index, key], label: `Criterion "${criterion.id}"`, text });
    }
    criterion.levels.forEach((level, position) => {
      if (level.descriptor === undefined) return;
      texts.push({ field: ['criteria', index, 'levels', position, 'descriptor'], label: `Level "${level.id}" of criterion "${criterion.id}"`, text: level.descriptor });
    });
  });
  return texts;
}

/** Returns the participation phrase in `text`, as written where letter case allows. */
function findPhrase(text: string, extra: readonly string[]): string | undefined {
  const written = text.replace(/\s+/g, ' ');
  const lower = written.toLowerCase();
  const asWritten = (start: number, phrase: string) => (lower.length === written.length ? written.slice(start, start + phrase.length) : phrase).trim();
  for (const pattern of PARTICIPATION_PHRASES) {
    const match = pattern.exec(lower);
    if (match !== null) return asWritten(match.index, match[0]);
  }
  const phrase = extra.find((candidate) => lower.includes(candidate));
  return phrase === undefined ? undefined : asWritten(lower.indexOf(phrase), phrase);
}
