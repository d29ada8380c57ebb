import { locate, locateKey } from '../model/types.js';
import { listNames } from '../util/text.js';
import { toBloomLevel } from './lexicon/bloom.js';
import { VERB_LEVELS } from './lexicon/verbs.js';
import { analyseStatement, extraVerbs, isEnglish } from './statement.js';
import { defineRule } from './types.js';

export const bloomLevelRule = defineRule({
  id: 'bloom-level',
  defaultSeverity: 'info',
  description: 'The Bloom level the statement\'s verb suggests, where it differs from the declared level.',
  optionsSchema: {
    reportMissing: {
      type: 'boolean',
      description: 'Also suggest a level for competencies that declare none.',
    },
  },
  defaultOptions: { reportMissing: false },
  messages: {
    differs: 'The verb "{verb}" suggests {suggested}, but the declared level is "{level}".',
    missing: 'The verb "{verb}" suggests {suggested}; declare it with level: {first}.',
  },
  check(context) {
    for (const competency of context.model.competencies) {
      if (!isEnglish(competency.language, context.config.language)) continue;
      const analysis = analyseStatement(competency.statement, extraVerbs(context.config));
      const levels = analysis.verb === undefined ? undefined : VERB_LEVELS.get(analysis.verb);
      if (levels === undefined || analysis.leadWord === undefined) continue;

      const suggested = listNames(levels.map((level) => `"${level}"`), 'or');
      const extras = { definitionId: competency.id };
      if (competency.level === undefined) {
        if (!context.optionsFor(competency).reportMissing) continue;
        const data = { verb: analysis.leadWord, suggested, first: levels[0] as string };
        context.report('missing', data, locateKey(competency, 'statement'), extras);
        continue;
      }

      // A level from the config's own competencyLevels scale is not a Bloom level to compare.
      const declared = toBloomLevel(competency.level);
      if (declared === undefined || levels.includes(declared)) continue;
      context.report('differs', { verb: analysis.leadWord, suggested, level: competency.level }, locate(competency, 'level'), extras);
    }
  },
  docs: {
    finds:
      'A competency whose declared Bloom `level` is not among the levels its action verb usually expresses: "Lists the OWASP Top 10" ' +
      'declared as `evaluate`, say. Verbs that published Bloom lists place at several levels ("detects", "builds") accept each of them. ' +
      'With `reportMissing`, competencies without a `level` get the suggested one.',
    why:
      'The level tells curriculum designers where a competency sits in a pathway, and assessors how demanding the evidence must be. ' +
      'A verb and a level that disagree usually mean one of them was copied from elsewhere. The verb is only a hint, so this is ' +
      'information, never an error.',
    failing: {
      description: '"Lists" is a remember-level verb, but the competency claims evaluate.',
      files: {
        'competencies.yaml': ['kind: competency', 'id: owasp-list', 'statement: Lists the OWASP Top 10 web application risks', 'level: evaluate', ''].join('\n'),
      },
    },
    passing: {
      description: 'The level matches the verb.',
      files: {
        'competencies.yaml': ['kind: competency', 'id: owasp-list', 'statement: Lists the OWASP Top 10 web application risks', 'level: remember', ''].join('\n'),
      },
    },
    notes:
      'Levels from your own `competencyLevels` scale are not compared. `analyse` and `analyze` are the same level. Statements in ' +
      'languages other than English are skipped.',
  },
});
