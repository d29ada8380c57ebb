import { describe, expect, it } from 'vitest';

import { learnAcronyms } from '../../src/similarity/acronyms.js';
import { analyzeStatements, type AnalyzerOptions } from '../../src/similarity/analyzer.js';
import { stripLeadingFrame } from '../../src/similarity/frames.js';
import { languageTools, primarySubtag } from '../../src/similarity/language.js';
import { PhraseMatcher } from '../../src/similarity/phrases.js';
import { foldBritishSpelling } from '../../src/similarity/spelling.js';
import { tokenize } from '../../src/similarity/tokens.js';

const OPTIONS: AnalyzerOptions = { synonyms: [], ignoreWords: [], acronyms: true };

function keys(texts: string[], options: Partial<AnalyzerOptions> = {}, language = 'en'): string[] {
  return analyzeStatements(texts, language, { ...OPTIONS, ...options }).map((terms) => terms.map((term) => term.key).join(' '));
}

describe('tokenize', () => {
  it.each([
    { text: 'Writes C++, C# and C programs', words: ['writes', 'c++', 'c#', 'and', 'c', 'programs'] },
    { text: 'Applies WCAG 2.1 to a form', words: ['applies', 'wcag', '2.1', 'to', 'form'] },
    { text: "Doesn't share a patient's e-mail", words: ['does', 'not', 'share', 'patient', 'email'] },
    { text: "Can't and won't", words: ['can', 'not', 'and', 'will', 'not'] },
    { text: 'Documents APIs', words: ['documents', 'api'] },
    { text: 'A plan B for I/O', words: ['a', 'plan', 'b', 'for', 'i', 'o'] },
  ])('splits "$text"', ({ text, words }) => {
    expect(tokenize(text, 'en').map((token) => token.word)).toEqual(words);
  });

  it('marks acronyms, but not in a statement written in capitals', () => {
    expect(tokenize('Performs CPR and uses an AED', 'en').filter((token) => token.acronym).map((token) => token.text)).toEqual(['CPR', 'AED']);
    expect(tokenize('PERFORMS CPR AND USES AN AED', 'en').some((token) => token.acronym)).toBe(false);
  });

  it('splits unspaced scripts into character pairs', () => {
    expect(tokenize('配置防火墙', 'zh').map((token) => token.word)).toEqual(['配置', '置防', '防火', '火墙']);
  });
});

describe('foldBritishSpelling', () => {
  it.each([
    ['analyse', 'analyze'],
    ['analysing', 'analyzing'],
    ['organisation', 'organization'],
    ['prioritise', 'prioritize'],
    ['behaviour', 'behavior'],
    ['favourite', 'favorite'],
    ['centre', 'center'],
    ['fibre', 'fiber'],
    ['catalogue', 'catalog'],
    ['paediatric', 'pediatric'],
    ['anaesthesia', 'anesthesia'],
    ['travelled', 'traveled'],
    ['modelling', 'modeling'],
    ['programme', 'program'],
    ['licence', 'license'],
    ['timbre', 'timbre'],
    ['filled', 'filled'],
    ['hour', 'hour'],
    ['rise', 'rise'],
  ])('%s → %s', (british, american) => {
    expect(foldBritishSpelling(british)).toBe(american);
  });
});

describe('stripLeadingFrame', () => {
  it.each([
    ['By the end of the module, learners will be able to conduct an audit', 'learners will be able to conduct an audit'],
    ['On completion of this course: explain the plan', 'explain the plan'],
    ['Conducts an audit, then reports', 'Conducts an audit, then reports'],
  ])('%s', (text, expected) => {
    expect(stripLeadingFrame(text)).toBe(expected);
  });
});

describe('languageTools', () => {
  it('matches tags by primary subtag', () => {
    expect(primarySubtag('en-GB')).toBe('en');
    expect(primarySubtag('PT_br')).toBe('pt');
    expect(primarySubtag('')).toBe('und');
    expect(languageTools('fr-CA').keyOf('gestion')).toBe(languageTools('fr').keyOf('gestion'));
  });

  it('keeps negations in English', () => {
    const english = languageTools('en');
    expect(['not', 'no', 'never', 'without'].filter((word) => english.isStopWord(word))).toEqual([]);
    expect(english.isStopWord('the')).toBe(true);
  });

  it('compares a language without a stemmer by whole words', () => {
    expect(languageTools('pl').stemmed).toBe(false);
    expect(languageTools('pl').keyOf('personelem')).toBe('personelem');
    expect(languageTools('pl').isStopWord('i')).toBe(true);
  });
});

describe('PhraseMatcher', () => {
  it('replaces the longest phrase at each position', () => {
    const matcher = new PhraseMatcher();
    matcher.add(['point', 'sale'], 'pos');
    matcher.add(['point'], 'dot');
    expect(matcher.matches(['point', 'sale', 'point', 'x'])).toEqual([
      { start: 0, end: 2, replacement: 'pos' },
      { start: 2, end: 3, replacement: 'dot' },
    ]);
  });
});

describe('learnAcronyms', () => {
  const words = (text: string) =>
    tokenize(text, 'en')
      .filter((token) => token.acronym || !languageTools('en').isStopWord(token.word))
      .map((token) => ({ word: token.word, key: token.word, acronym: token.acronym }));

  it('learns an acronym of three letters from a phrase elsewhere', () => {
    expect(learnAcronyms([words('Configures a VPN'), words('Explains a virtual private network')])).toEqual([
      { acronym: 'vpn', phrase: ['virtual', 'private', 'network'] },
    ]);
  });

  it('learns a two-letter acronym only when written after its phrase', () => {
    expect(learnAcronyms([words('Maintains a CI server'), words('Runs continuous integration')])).toEqual([]);
    expect(learnAcronyms([words('Maintains a CI server'), words('Runs continuous integration (CI) jobs'), words('Checks incoming invoices')])).toEqual([
      { acronym: 'ci', phrase: ['continuous', 'integration'] },
    ]);
  });

  it('skips stop words inside a phrase', () => {
    expect(learnAcronyms([words('Uses ICT'), words('Uses information and communication technology')])[0]?.phrase).toEqual([
      'information',
      'communication',
      'technology',
    ]);
  });
});

describe('analyzeStatements', () => {
  it('stems, drops stop words and keeps each term once', () => {
    expect(keys(['The learner will be able to configure the configured firewalls'])).toEqual(['configur firewal']);
  });

  it('replaces synonyms and acronym expansions by one key', () => {
    expect(keys(['Sets up SQL', 'Configures structured query language'], { synonyms: [['configure', 'set up']] })).toEqual([
      'configur sql',
      'configur sql',
    ]);
  });

  it('drops ignored words', () => {
    expect(keys(['Uses Acme tools'], { ignoreWords: ['ACME'] })).toEqual(['use tool']);
  });
});
