import type { Model } from '../model/model.js';
import { locate, type Competency } from '../model/types.js';
import { DEFAULT_WEIGHTING, findOverlaps, type StatementGroup } from '../similarity/overlap.js';
import { compareTerms, type Comparison } from '../similarity/vectors.js';
import { listNames } from '../util/text.js';
import { defineRule, type RuleContext } from './types.js';

export interface CompetencyOverlapOptions {
  threshold: number;
  synonyms: string[][];
  ignoreWords: string[];
  acronyms: boolean;
}

const MESSAGES = {
  same: 'Statement is the same as that of {others} (similarity 1.00): "{statement}". Merge them, or list one in the other\'s distinctFrom if they differ on purpose.',
  overlap:
    'Statement is close to that of competency "{other}"{more} (similarity {score}): "{statement}" ~ "{otherStatement}". {words} Merge them, or add "{other}" to distinctFrom if they differ on purpose.',
  otherPlace: 'Competency "{id}" is defined here.',
};

type MessageId = keyof typeof MESSAGES;

/** Statements longer than this are cut in messages; the files hold them whole. */
const MAX_QUOTED_LENGTH = 160;
/** Ids named in a message about identical statements; the related locations list them all. */
const MAX_NAMED_IDS = 3;

/**
 * Near-duplicate competency statements, found by weighted word overlap (see
 * `similarity/overlap.ts`). Each pair is reported at both competencies, each pointing at the
 * other, unless either lists the other in `distinctFrom`.
 */
export const competencyOverlapRule = defineRule<CompetencyOverlapOptions, MessageId>({
  id: 'competency-overlap',
  defaultSeverity: 'warn',
  description: 'Near-duplicate competency statements, with a similarity score and the words that match and differ.',
  optionsSchema: {
    threshold: {
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 1,
      description: 'The similarity from which a pair is reported, above 0 and at most 1.',
    },
    synonyms: {
      type: 'array',
      description: 'A list of groups, each a list of words or phrases that mean the same: [["set up", "configure"], [k8s, kubernetes]].',
      items: { type: 'array', minItems: 2, items: { type: 'string', minLength: 1, pattern: '[\\p{L}\\p{N}]' } },
    },
    ignoreWords: {
      type: 'array',
      description: 'Words that never count, such as the organisation\'s name.',
      items: { type: 'string', minLength: 1 },
    },
    acronyms: {
      type: 'boolean',
      description: 'Match acronyms with their expansions found in the repository (SQL and "structured query language").',
    },
  },
  defaultOptions: { threshold: 0.8, synonyms: [], ignoreWords: [], acronyms: true },
  messages: MESSAGES,
  docs: {
    finds:
      'Pairs of competency statements that say nearly the same thing. Each statement is reduced to its terms: its words without stop ' +
      'words and without an opening such as "By the end of the module," or "The learner will be able to", British spellings folded to ' +
      'American ones (analyse, analyze), stemmed (configures, configured, configuring), the phrases of a `synonyms` group replaced by one ' +
      'term, and acronyms matched with their expansions found in the same repository (SQL and "structured query language"). Each term ' +
      'weighs as much as it is rare among the repository\'s statements (inverse document frequency), and a term with a digit (a grade, ' +
      'level or version) three times that. A pair\'s similarity is the weight of the terms both statements have over the weight of all ' +
      'terms of either, from 0 to 1.\n\n' +
      'A pair at or above `threshold` is reported at both statements, each pointing at the other. The message shows both statements, ' +
      'the similarity, the words they share and the words only one of them has. Statements with the same text (letter case, spacing ' +
      'and closing punctuation aside) are reported once per competency, naming the others.',
    why:
      'Two competencies that are one skill under two names split everything built on them: a learner is assessed twice for the same ' +
      'thing, two badges certify it under different names, and coverage reports count a skill twice. Near-duplicates creep in when ' +
      'frameworks are merged, imported from spreadsheets, or copied from one grade or level to the next.',
    failing: {
      description: 'The same statement in British and American spelling, and a standard copied from one grade to the next with a word added.',
      files: {
        'competencies.yaml': [
          'competencies:',
          '  - id: feedback-uk',
          '    statement: Analyses customer feedback to prioritise product improvements',
          '  - id: feedback-us',
          '    statement: Analyzes customer feedback to prioritize product improvements',
          '  - id: opinion-3',
          '    statement: Writes opinion pieces on topics or texts, supporting a point of view with reasons',
          '  - id: opinion-4',
          '    statement: Writes opinion pieces on topics or texts, supporting a point of view with reasons and information',
          '',
        ].join('\n'),
      },
    },
    passing: {
      description: 'One feedback competency, and the two opinion standards marked as reviewed and kept apart with `distinctFrom`.',
      files: {
        'competencies.yaml': [
          'competencies:',
          '  - id: feedback',
          '    statement: Analyses customer feedback to prioritise product improvements',
          '  - id: opinion-3',
          '    statement: Writes opinion pieces on topics or texts, supporting a point of view with reasons',
          '  - id: opinion-4',
          '    statement: Writes opinion pieces on topics or texts, supporting a point of view with reasons and information',
          '    distinctFrom: [opinion-3]',
          '',
        ].join('\n'),
      },
    },
    notes:
      '`distinctFrom` on either competency of a pair dismisses that pair; in a group of identical statements it dismisses only the ' +
      'pairs it names. Findings on a sheet row are silenced through `overrides` with `files` and `ids`.\n\n' +
      'Statements are compared only with statements of the same language (the competency\'s `language`, else the config\'s). Languages ' +
      'with a Snowball stemmer (Arabic, Armenian, Basque, Catalan, Czech, Danish, Dutch, English, Finnish, French, German, Hungarian, ' +
      'Irish, Italian, Norwegian, Portuguese, Romanian, Russian, Slovene, Spanish, Swedish, Tamil, Turkish) are stemmed; stop words come ' +
      'from the stopword package for about 60 languages, with negations kept; British spelling and the learning-outcome openings are ' +
      'handled in English only; Chinese, Japanese, Thai, Lao, Khmer and Burmese text is compared in overlapping pairs of characters.\n\n' +
      'The comparison is by words, not meaning: paraphrases with other words ("sets up" and "configures") score low until `synonyms` ' +
      'names them, and two statements with the same words in another order ("from English into French", "from French into English") ' +
      'score 1. An acronym is matched only with a phrase whose words start with its letters ("cardiopulmonary resuscitation" does not ' +
      'spell CPR); a two-letter acronym only where a statement writes the phrase right before it, as in "continuous integration (CI)". ' +
      'The default threshold of 0.8 is the lowest, in steps of 0.05, at which the labelled pair set kept in the tests reaches a ' +
      'precision of 0.9; the figures per threshold are in [the overlap evaluation](../overlap-evaluation.md). The candidate index finds every pair above the ' +
      'threshold without scoring all pairs: 50,000 statements take seconds (see [benchmarks](../benchmarks.md)).',
  },
  check(context) {
    const competencies = comparableCompetencies(context.model);
    const statements = competencies.map((competency) => ({
      text: competency.statement,
      language: competency.language ?? context.config.language,
    }));
    const { groups, pairs } = findOverlaps(statements, { ...context.options, ...DEFAULT_WEIGHTING });
    const membersOf = (group: StatementGroup) => group.members.map((index) => competencies[index] as Competency);

    for (const group of groups) {
      if (group.members.length > 1) reportSameStatement(context, membersOf(group));
    }

    for (const pair of pairs) {
      const a = groups[pair.a] as StatementGroup;
      const b = groups[pair.b] as StatementGroup;
      reportOverlap(context, pair.score, { members: membersOf(a), group: a }, { members: membersOf(b), group: b });
      reportOverlap(context, pair.score, { members: membersOf(b), group: b }, { members: membersOf(a), group: a });
    }
  },
});

type Context = RuleContext<CompetencyOverlapOptions, MessageId>;

/** Returns the first definition of each id that has a statement, since duplicate-id reports the others. */
function comparableCompetencies(model: Model): Competency[] {
  return model.competencies.filter((competency) => model.get('competency', competency.id) === competency && competency.statement.trim() !== '');
}

function reportSameStatement(context: Context, members: readonly Competency[]): void {
  for (const competency of members) {
    const others = members.filter((other) => other !== competency && !isDismissed(competency, other));
    if (others.length === 0) continue;
    const data = { others: namedIds(others), statement: quote(competency.statement) };
    context.report('same', data, locate(competency, 'statement'), extrasFor(context, competency, others));
  }
}

interface Side {
  members: readonly Competency[];
  group: StatementGroup;
}

/** Reports a near pair of statement groups at every competency of `reported`, naming those of `named`. */
function reportOverlap(context: Context, score: number, reported: Side, named: Side): void {
  const words = compareTerms(reported.group.terms, named.group.terms);
  for (const competency of reported.members) {
    const others = named.members.filter((other) => !isDismissed(competency, other));
    const first = others[0];
    if (first === undefined) continue;
    const data = {
      other: first.id,
      more: others.length > 1 ? ` and ${others.length - 1} more with the same statement` : '',
      score: score.toFixed(2),
      statement: quote(competency.statement),
      otherStatement: quote(first.statement),
      words: describeWords(words, first.id),
    };
    context.report('overlap', data, locate(competency, 'statement'), extrasFor(context, competency, others));
  }
}

/** Tells whether a pair was reviewed and kept apart: either competency lists the other in `distinctFrom`. */
function isDismissed(a: Competency, b: Competency): boolean {
  return a.distinctFrom.includes(b.id) || b.distinctFrom.includes(a.id);
}

function extrasFor(context: Context, competency: Competency, others: readonly Competency[]) {
  return {
    definitionId: competency.id,
    related: others.map((other) => ({
      message: MESSAGES.otherPlace.replace('{id}', other.id),
      location: locate(other, 'statement'),
    })),
  };
}

/** `competency "b"`, `competencies "b" and "c"`, `competencies "b", "c", "d" and 4 more`. */
function namedIds(competencies: readonly Competency[]): string {
  const named = competencies.slice(0, MAX_NAMED_IDS).map((competency) => `"${competency.id}"`);
  const rest = competencies.length - named.length;
  const noun = competencies.length === 1 ? 'competency' : 'competencies';
  if (rest > 0) return `${noun} ${named.join(', ')} and ${rest} more`;
  return `${noun} ${listNames(named)}`;
}

/** Puts a statement on one line, without closing punctuation, cut to a readable length. */
function quote(statement: string): string {
  const flat = statement.replace(/\s+/g, ' ').trim().replace(/[.;:!?]+$/u, '');
  return flat.length <= MAX_QUOTED_LENGTH ? flat : `${flat.slice(0, MAX_QUOTED_LENGTH - 1).trimEnd()}…`;
}

/** `Shared words: a, b. Only here: c. Only in "x": d.`, naming "none" for an empty side. */
function describeWords(words: Comparison, otherId: string): string {
  const list = (terms: readonly string[]) => (terms.length === 0 ? 'none' : terms.join(', '));
  const shared = `Shared words: ${list(words.shared)}.`;
  if (words.onlyA.length === 0 && words.onlyB.length === 0) return `${shared} No word differs.`;
  return `${shared} Only here: ${list(words.onlyA)}. Only in "${otherId}": ${list(words.onlyB)}.`;
}
