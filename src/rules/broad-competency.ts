import { locate } from '../model/types.js';
import { isLeadingAdverb } from './lexicon/frames.js';
import { TOPIC_MAX_WORDS } from './measurable-verb.js';
import { analyseStatement, extraVerbs, isEnglish, isTopic } from './statement.js';
import { defineRule } from './types.js';

export const broadCompetencyRule = defineRule({
  id: 'broad-competency',
  defaultSeverity: 'warn',
  description: 'A topic instead of a statement ("Communication", "Data analytics"), or an action with nothing it acts on.',
  optionsSchema: {
    maxTopicWords: {
      type: 'integer',
      minimum: 1,
      description: 'A statement without an action verb is a topic when it has at most three words, or at most this many and starts like a noun phrase ("Key ideas…", "Project management…").',
    },
  },
  defaultOptions: { maxTopicWords: TOPIC_MAX_WORDS },
  messages: {
    topic: '"{statement}" names a topic, not something a person can do. Write what the learner does with it, such as "Builds a dashboard that answers a stakeholder\'s question".',
    noObject: '"{statement}" names an action with nothing it acts on. Say what the learner acts on, and in what setting.',
  },
  check(context) {
    for (const competency of context.model.competencies) {
      if (competency.statement.trim() === '' || !isEnglish(competency.language, context.config.language)) continue;
      const analysis = analyseStatement(competency.statement, extraVerbs(context.config));
      if (analysis.vague !== undefined) continue;

      const extras = { definitionId: competency.id };
      const statement = competency.statement.trim();
      if (isTopic(analysis, context.optionsFor(competency).maxTopicWords)) {
        context.report('topic', { statement }, locate(competency, 'statement'), extras);
        continue;
      }
      if (analysis.verb === undefined) continue;

      const afterVerb = analysis.words.slice(analysis.words.indexOf(analysis.leadWord as string) + 1);
      if (afterVerb.every(isLeadingAdverb)) {
        context.report('noObject', { statement }, locate(competency, 'statement'), extras);
      }
    }
  },
  docs: {
    finds:
      'A competency whose statement is a topic: a few words with no action verb, such as "Communication", "Data analytics" or ' +
      '"Project management". Also a statement that is an action with nothing it acts on, such as "Communicates effectively".',
    why:
      'A topic cannot be assessed: there is no way to pass or fail "Communication". Badges built on topics certify that someone ' +
      'was exposed to a subject, which employers cannot rely on. A competency names an action, what it acts on, and the setting.',
    failing: {
      description: 'A topic and an action without an object.',
      files: {
        'competencies.yaml': [
          'competencies:',
          '  - id: data-analytics',
          '    statement: Data analytics',
          '  - id: communication',
          '    statement: Communicates effectively',
          '',
        ].join('\n'),
      },
    },
    passing: {
      description: 'Each statement says what the learner does, to what, and where.',
      files: {
        'competencies.yaml': [
          'competencies:',
          '  - id: data-analytics',
          '    statement: Builds a dashboard that answers a stakeholder\'s question from a raw sales export',
          '  - id: communication',
          '    statement: Summarises a technical incident for customers in under 200 words',
          '',
        ].join('\n'),
      },
    },
    notes:
      'Longer statements without a verb are reported by `measurable-verb`. Base-form statements such as ESCO skill labels ' +
      '("normalise data", "slaughter animals") are actions. A word the lexicon lacks is read as a verb when an article or ' +
      'possessive follows it ("Sequence the genome"), and a verb of your field can be added under `vocabulary.verbs` in the ' +
      'config. Statements in languages other than English are skipped.',
  },
});
