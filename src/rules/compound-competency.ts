import { locate } from '../model/types.js';
import { listNames } from '../util/text.js';
import { isLeadingAdverb } from './lexicon/frames.js';
import { verbBase } from './lexicon/verbs.js';
import { analyseStatement, extraVerbs, isEnglish, wordsOf } from './statement.js';
import { defineRule } from './types.js';

/** A word that coordinates actions: "writes tests, documents changes and reviews code". */
const COORDINATOR = /(?:\s*[,;]\s*(?:(?:and|or)\s+(?:then\s+)?)?|\s+(?:and|or)\s+(?:then\s+|also\s+)?|\s+as\s+well\s+as\s+)/g;

/** Words that open a noun phrase: an action whose object starts with one has an object of its own. */
const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'each', 'every',
  'all', 'any', 'some', 'one', 'two', 'three', 'several', 'multiple', 'both', 'another', 'other', 'no',
]);

/**
 * Words that cannot start an object. A word in a noun list is usually followed by one of them
 * ("budgets, plans and reports for a team", "notes and records up to date"), and a verb by its object.
 */
const NOT_OBJECT_STARTS = new Set([
  'about', 'across', 'after', 'against', 'along', 'as', 'at', 'before', 'by', 'during', 'for', 'from', 'in', 'into', 'of',
  'off', 'on', 'onto', 'out', 'over', 'per', 'through', 'to', 'under', 'up', 'with', 'within', 'without',
  'and', 'or', 'but', 'nor', 'so', 'then', 'also', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'if', 'not',
]);

/**
 * Pronouns by which a later action acts on the result of an earlier one, so the two are one
 * task: "labels them", "fixes every failure it finds". Possessives are not among them, because
 * "documents its public API" is an action on something else.
 */
const BACK_REFERENCES = new Set(['it', 'them', 'they', 'this', 'these', 'those', 'such']);

type VerbForm = 'third-person' | 'ing' | 'past' | 'base';

interface Action {
  verb: string;
  /** The words after the verb, up to the next action. */
  object: string[];
}

export const compoundCompetencyRule = defineRule({
  id: 'compound-competency',
  defaultSeverity: 'info',
  description: 'A statement that joins several independent actions, each of which would need its own assessment.',
  optionsSchema: {
    maxActions: {
      type: 'integer',
      minimum: 1,
      description: 'How many independent actions one statement may join (default 1).',
    },
  },
  defaultOptions: { maxActions: 1 },
  messages: {
    compound: 'The statement joins {count} independent actions ({verbs}). Split it into one competency per action, so each can be assessed on its own.',
  },
  check(context) {
    for (const competency of context.model.competencies) {
      if (!isEnglish(competency.language, context.config.language)) continue;
      const analysis = analyseStatement(competency.statement, extraVerbs(context.config));
      if (analysis.verb === undefined || analysis.leadWord === undefined) continue;

      // Examples in brackets ("(e.g., read a number of books)") are not further actions.
      const rest = analysis.rest.replace(/\([^()]*\)/g, ' ');
      const independent = independentActions(splitActions(rest, analysis.leadWord, extraVerbs(context.config)));
      if (independent.length <= context.optionsFor(competency).maxActions) continue;
      const verbs = listNames(independent.map((action) => `"${action.verb}"`));
      context.report('compound', { count: independent.length, verbs }, locate(competency, 'statement'), { definitionId: competency.id });
    }
  },
  docs: {
    finds:
      'A competency statement that coordinates several actions, each with its own object: "Writes unit tests for a module and ' +
      'documents its public API", or a list of three or more verbs ("Plans, builds and deploys a web app"). Two verbs that share one ' +
      'object ("Detects and documents SQL injection flaws") are one action, and a later action that refers back to the earlier one ' +
      '("audits a page and fixes every failure it finds") is one task.',
    why:
      'A learner can master one action and not the other. A statement that joins them forces an assessor to pass or fail both at once, ' +
      'and a rubric criterion cannot score it cleanly. One action per competency keeps evidence, criteria and pathways precise.',
    failing: {
      description: 'Two independent actions in one statement.',
      files: {
        'competencies.yaml': ['kind: competency', 'id: api-module', 'statement: Writes unit tests for a module and documents its public API', ''].join('\n'),
      },
    },
    passing: {
      description: 'One action per competency.',
      files: {
        'competencies.yaml': [
          'competencies:',
          '  - id: api-tests',
          '    statement: Writes unit tests that cover every public function of a module',
          '  - id: api-deploy',
          '    statement: Deploys a service to production through the team\'s release pipeline',
          '',
        ].join('\n'),
      },
    },
    notes:
      'A further action counts when it starts a clause after a comma, "and" or "or", with the same verb form as the first ' +
      '("writes … and deploys", "write … and deploy"), and acts on an object of its own. Many verbs are also plural nouns (writes, ' +
      'designs, records, tests), so position decides: "Writes SQL queries and designs database schemas" joins two actions, while in ' +
      '"Manages budgets, plans and reports for a team" the words after "plans" and "reports" are no objects, so they are nouns. A ' +
      'base-form verb needs a determiner before its object ("design a schema; write the migration"), because base-form verbs and ' +
      'nouns make noun compounds ("use text features and search tools"). A verb that continues a relative or purpose clause ("a ' +
      'report that ranks issues and names an owner", "to find … or clarify its meaning") is not a further action. Statements in ' +
      'languages other than English are skipped.',
  },
});

function splitActions(rest: string, leadWord: string, extra: ReadonlySet<string>): Action[] {
  const form = formOf(leadWord);
  const start = rest.indexOf(leadWord);
  const text = rest.slice(start + leadWord.length);
  const actions: Action[] = [{ verb: leadWord, object: [] }];
  let objectStart = 0;

  for (const match of text.matchAll(COORDINATOR)) {
    const after = match.index + match[0].length;
    const [next, following] = wordsOf(text.slice(after, after + 60));
    if (next === undefined || formOf(next) !== form) continue;
    if (!startsClause(next, following, form, extra)) continue;
    if (continuesSubordinateClause(text.slice(objectStart, match.index), form, extra)) continue;
    (actions[actions.length - 1] as Action).object = objectWords(text.slice(objectStart, match.index));
    actions.push({ verb: next, object: [] });
    objectStart = after + next.length;
  }
  (actions[actions.length - 1] as Action).object = objectWords(text.slice(objectStart));
  return actions;
}

/**
 * Returns whether a word after a coordinator may start a further clause: a verb of the
 * lexicon, or a third-person word that a bare noun follows, which a noun in a list rarely has
 * ("tunes indexes"). A word the lexicon lacks before a determiner is left out, because that
 * is how a consequence of the first action reads ("and blocks the release when an item
 * fails"). Whether the clause has an object of its own is decided at `independentActions`.
 */
function startsClause(word: string, following: string | undefined, form: VerbForm, extra: ReadonlySet<string>): boolean {
  if (verbBase(word, extra) !== undefined) return true;
  if (form !== 'third-person' || following === undefined) return false;
  return startsObject(following) && !DETERMINERS.has(following);
}

function startsObject(word: string): boolean {
  return !NOT_OBJECT_STARTS.has(word) && !isLeadingAdverb(word);
}

/**
 * Returns whether the words before a coordinator hold a relative or purpose clause whose verb
 * has the same form as the next verb: in "writes a report that ranks issues and names an
 * owner", the report names the owner, and in "consult a dictionary to find a word's
 * pronunciation or clarify its meaning", clarifying is part of the purpose. The next verb then
 * continues that clause instead of starting an action. A clause ends with its sentence.
 */
function continuesSubordinateClause(segment: string, form: VerbForm, extra: ReadonlySet<string>): boolean {
  const sentence = segment.split(/[.;:!?]\s/).pop() ?? '';
  for (const match of sentence.matchAll(/\b(?:that|which|who|to)\s+([\p{L}'-]+)/gu)) {
    const verb = match[1] as string;
    if (formOf(verb) === form && verbBase(verb, extra) !== undefined) return true;
  }
  return false;
}

function objectWords(text: string): string[] {
  return wordsOf(text).filter((word) => !isLeadingAdverb(word));
}

/**
 * Returns the actions a statement really joins: the first, and each later one with an object
 * of its own that does not act on the result of an earlier one. Three or more verbs sharing
 * one object ("plans, builds and deploys an app") count each. Many verbs are also plural
 * nouns (writes, designs, records), so a third-person verb whose object starts with a noun
 * counts ("and designs database schemas"). A base-form verb's object needs a determiner,
 * because base-form verbs and nouns make noun compounds ("and search tools").
 */
function independentActions(actions: Action[]): Action[] {
  if (actions.length < 2) return actions;
  const [lead, ...later] = actions as [Action, ...Action[]];
  const ownObject = (action: Action) => {
    const [first = ''] = action.object;
    const opens = DETERMINERS.has(first) || (formOf(action.verb) === 'third-person' && first !== '' && startsObject(first));
    return opens && !action.object.some((word) => BACK_REFERENCES.has(word));
  };
  const withObject = later.filter(ownObject);
  if (lead.object.length > 0 && withObject.length > 0) return [lead, ...withObject];
  return lead.object.length === 0 && actions.length >= 3 ? actions : [lead];
}

function formOf(word: string): VerbForm {
  if (word.endsWith('ing')) return 'ing';
  if (word.endsWith('ed')) return 'past';
  if (word.endsWith('s') && !word.endsWith('ss')) return 'third-person';
  return 'base';
}
