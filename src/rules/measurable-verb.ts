import { locate } from '../model/types.js';
import { listNames } from '../util/text.js';
import { isClearlyNotVerb } from './lexicon/frames.js';
import { inflectLike } from './lexicon/verbs.js';
import { analyseStatement, extraVerbs, isEnglish, isTopic } from './statement.js';
import { defineRule } from './types.js';

/** Statements up to this many words without a verb may be topics, which broad-competency reports. */
export const TOPIC_MAX_WORDS = 6;

const DEFAULT_SUGGESTIONS = ['explains', 'configures', 'designs'];

export const measurableVerbRule = defineRule({
  id: 'measurable-verb',
  defaultSeverity: 'warn',
  description: 'A statement without an observable action verb ("understands", "knows", "is familiar with"); suggests verbs.',
  defaultOptions: {},
  messages: {
    vague: 'The statement starts with "{phrase}", which an assessor cannot observe. Start with an observable verb such as {suggestions}.',
    noVerb: 'The statement starts with "{word}", not an action verb. Start with what the learner does, such as {suggestions}.',
    attendance: 'The statement starts with "{phrase}", which certifies attendance or completion, not a competency. Start with what the learner can do afterwards, such as {suggestions}.',
  },
  check(context) {
    for (const competency of context.model.competencies) {
      if (competency.statement === '' || !isEnglish(competency.language, context.config.language)) continue;
      const analysis = analyseStatement(competency.statement, extraVerbs(context.config));
      const extras = { definitionId: competency.id };

      if (analysis.vague !== undefined) {
        const lead = analysis.leadWord ?? '';
        const suggestions = listNames(analysis.vague.suggestions.map((verb) => `"${inflectLike(verb, lead)}"`), 'or');
        const messageId = analysis.vague.kind === 'attendance' ? 'attendance' : 'vague';
        context.report(messageId, { phrase: analysis.vague.phrase, suggestions }, locate(competency, 'statement'), extras);
        continue;
      }

      const lead = analysis.leadWord;
      if (analysis.leadIsVerb || lead === undefined) continue;
      if (!isTopic(analysis, TOPIC_MAX_WORDS) && isClearlyNotVerb(lead)) {
        const suggestions = listNames(DEFAULT_SUGGESTIONS.map((verb) => `"${verb}"`), 'or');
        context.report('noVerb', { word: lead, suggestions }, locate(competency, 'statement'), extras);
      }
    }
  },
  docs: {
    finds:
      'A competency statement whose action is a state of mind: "understands", "knows", "learns about", "is familiar with", "is aware of", ' +
      '"appreciates", and the disguised forms "demonstrates an understanding of", "has a sound knowledge of", "shows awareness of", ' +
      '"demonstrates command of", as well as "works well in" and "becomes comfortable with". Statements that certify being present or ' +
      'finishing instead of a competency are reported too ("attends a workshop", "participates in", "completes the online module", ' +
      '"watches a video"), and so is a longer statement that starts with an article or a noun ("The principles of…", ' +
      '"Integration of…") instead of a verb. Leading frames such as "By the end of the module,", "The learner will be able to" and ' +
      '"Students can" are removed first, and so are adverbs such as "independently". Verbs are recognised in every inflection and in ' +
      'US and UK spelling (analyse, analyze, analyses, analysing).',
    why:
      'A badge is a claim that someone can do something. Nobody can watch a person "understand"; an assessor can watch them explain, ' +
      'configure or compare. A statement that starts with an observable verb tells the assessor what to look for and the learner what ' +
      'to show, and it lets two raters agree.',
    failing: {
      description: 'Two statements that name no observable action.',
      files: {
        'competencies.yaml': [
          'competencies:',
          '  - id: sql-basics',
          '    statement: The learner will be able to understand how SQL injection works',
          '  - id: owasp-awareness',
          '    statement: Demonstrates an awareness of the OWASP Top 10 risks',
          '',
        ].join('\n'),
      },
    },
    passing: {
      description: 'The same competencies, each starting with what the learner does.',
      files: {
        'competencies.yaml': [
          'competencies:',
          '  - id: sql-basics',
          '    statement: The learner will be able to explain how an SQL injection changes a query',
          '  - id: owasp-awareness',
          '    statement: Ranks the OWASP Top 10 risks for a given web application and justifies the order',
          '',
        ].join('\n'),
      },
    },
    notes:
      'Only statements in English are checked: a competency whose `language` (or the config\'s `language`) is another language is ' +
      'skipped. A word the lexicon does not know is given the benefit of the doubt, unless it ends like a noun (-tion, -ment, ' +
      '-ance) and no article or possessive follows it: "Balance the hydraulics" starts with a verb, "Integration of" does not. ' +
      'Add your field\'s verbs under `vocabulary.verbs` in the config. ' +
      'Short verbless statements ("Data analytics") are topics and reported by `broad-competency` instead. The Bloom level the verb ' +
      'suggests is reported by `bloom-level`, as information.',
  },
});
