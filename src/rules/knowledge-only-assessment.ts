import { locate, locateKey, type Badge } from '../model/types.js';
import { listNames } from '../util/text.js';
import { KNOWLEDGE_EVIDENCE, KNOWLEDGE_METHODS, PARTICIPATION_EVIDENCE } from './lexicon/assessment.js';
import { lines } from './examples.js';
import { defineRule } from './types.js';

/** The start of the docs examples' badge, up to its quiz evidence. */
const PHISHING_BADGE = [
  'kind: badge',
  'id: phishing-aware',
  'name: Phishing Awareness',
  'description: Spots phishing e-mails.',
  'competencies: []',
  'evidence:',
  '  - { type: quiz, description: Twenty questions on sample e-mails }',
];

export const knowledgeOnlyAssessmentRule = defineRule({
  id: 'knowledge-only-assessment',
  defaultSeverity: 'warn',
  description: 'A badge assessed only by quizzes, exams or self-assessment, with no performance evidence.',
  optionsSchema: {
    knowledgeMethods: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'More assessment methods that test knowledge only, such as your own "oral-exam".',
    },
    knowledgeEvidence: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'More evidence types that test knowledge only.',
    },
  },
  defaultOptions: { knowledgeMethods: [] as string[], knowledgeEvidence: [] as string[] },
  messages: {
    methods: 'The badge is assessed only by {methods}, which test what a learner knows, not what they can do. Add a performance method such as hands-on-lab, observation or reviewer-rubric with evidence the learner produces.',
    evidence: 'The only evidence is {types}, which shows what a learner knows or attended, not what they can do. Ask for evidence of performance, such as a project, a recording or a demonstration.',
  },
  check(context) {
    for (const badge of context.model.badges) {
      const options = context.optionsFor(badge);
      const knowledgeMethods = new Set([...KNOWLEDGE_METHODS, ...options.knowledgeMethods]);
      const knowledgeEvidence = new Set([...KNOWLEDGE_EVIDENCE, ...options.knowledgeEvidence]);
      const methods = badge.assessment?.methods ?? [];
      // Attendance and completion show no performance either; weak-criteria reports them on their own.
      const performanceEvidence = badge.evidence.some((evidence) => !knowledgeEvidence.has(evidence.type) && !PARTICIPATION_EVIDENCE.has(evidence.type));
      const performanceMethod = methods.some((method) => !knowledgeMethods.has(method));
      if (performanceEvidence || performanceMethod) continue;

      const extras = { definitionId: badge.id };
      if (methods.length > 0) {
        context.report('methods', { methods: quoted(methods) }, locate(badge, 'assessment', 'methods'), extras);
      } else if (badge.evidence.length > 0) {
        context.report('evidence', { types: quoted(badge.evidence.map((evidence) => evidence.type)) }, evidenceLocation(badge), extras);
      }
    }
  },
  docs: {
    finds:
      'A badge whose assessment methods are all knowledge tests (`multiple-choice-quiz`, `exam`, `self-assessment`) and whose evidence, ' +
      'if any, is only `quiz`, `exam`, `attendance` or `completion`; or a badge with no methods whose only evidence is of those types.',
    why:
      'A quiz shows that a learner can recognise the right answer, not that they can do the work. A badge that certifies a competency ' +
      'needs at least one piece of evidence where the learner performs it: a project, a recording, an observed task.',
    failing: {
      description: 'Only a multiple-choice quiz.',
      files: {
        'badge.yaml': lines(...PHISHING_BADGE, 'assessment: { methods: [multiple-choice-quiz] }'),
      },
    },
    passing: {
      description: 'The quiz is kept, and a simulated phishing campaign adds performance evidence.',
      files: {
        'badge.yaml': lines(
          ...PHISHING_BADGE,
          '  - { type: simulation, description: Reports every phishing e-mail of a two-week simulated campaign }',
          'assessment: { methods: [multiple-choice-quiz, simulation] }',
        ),
      },
    },
    notes:
      'Methods and evidence types of your own vocabulary count as performance unless you list them in `knowledgeMethods` or ' +
      '`knowledgeEvidence`. A badge with neither methods nor evidence is reported by `missing-evidence`.',
  },
});

function quoted(values: readonly string[]): string {
  return listNames([...new Set(values)].map((value) => `"${value}"`));
}

function evidenceLocation(badge: Badge) {
  return badge.evidence.length === 1 ? locate(badge, 'evidence', 0, 'type') : locateKey(badge, 'evidence');
}
