/**
 * Observable action verbs by the Bloom level (revised taxonomy, Anderson and Krathwohl 2001)
 * they usually express. A verb listed under several levels suggests all of them: published
 * verb lists disagree, and "detects" or "builds" fit more than one level.
 *
 * Verbs are stored in their base form and US spelling; `verbBase` maps inflections and UK
 * spellings (analyses, analysing, organised) onto them.
 */
import type { BloomLevel } from './bloom.js';

const VERBS_BY_LEVEL: Record<BloomLevel, string> = {
  remember: `
    arrange cite define duplicate enumerate find identify label list locate match memorize name
    outline quote recall recite recognize record relate repeat reproduce retrieve select state tabulate`,
  understand: `
    articulate associate characterize clarify classify compare conclude contrast convert defend describe
    discuss distinguish estimate exemplify explain express extend extrapolate generalize give illustrate
    indicate infer interpret paraphrase predict present rephrase report represent restate review rewrite
    summarize trace translate`,
  apply: `
    act adapt adjust administer advise align allocate apply ask assemble assist build calculate calibrate
    care carry change choose clean coach code collect communicate complete compute conduct configure detect
    connect contribute control convert coordinate counsel deliver demonstrate deploy dispense document
    draft draw edit elicit employ encrypt enforce engage enter escalate execute facilitate file fill fix
    follow format greet guide handle help implement inform install instruct interview introduce keep label
    lead listen log maintain manage manipulate measure mentor migrate mix modify monitor move negotiate
    notify observe obtain operate order package patch perform pilot place practice prepare prescribe
    process produce program protect provide publish query read record recruit refactor refer remove repair
    replace reply resolve respond restore rewrite run schedule secure serve set show sketch solve sort
    speak store submit supervise support teach track train transcribe transfer treat update upgrade use
    utilize wear weigh work write
    accept acknowledge acquire add adopt aid announce assign attach attend brush capitalize collaborate
    come confirm consult cooperate craft cut decode delegate direct distribute drive educate encourage
    ensure fabricate finish fit gather guarantee harvest initiate interact isolate launch lay liaise link
    load manufacture mark mount orient oversee paint participate pass plant pose pour print promote propel
    purchase put recount rescue respect restrain search sell send sew shunt spell stack start stretch style
    take taste tend tolerate transport trim undertake unload vary wash
    absorb adhere alter assume bend blend continue cope count cover cultivate cure deal emboss empathize
    expand fish focus include inquire kill offer preserve pump pursue receive register rehabilitate retell
    sand segment sterilize stay tell weld
    bake balance bolt brew caulk clamp comply conform cook depurate dig discern display drill eject exert
    ferment glue grind hammer influence inject insert irrigate lift lubricate meet nail normalize persuade
    polish position prevent prune rehearse reinforce rinse sanitize screen screw seal sharpen slaughter
    solder spray stimulate stitch stock temper tighten wrap`,
  analyze: `
    analyze appraise attribute audit break categorize check classify compare contrast correlate debug
    deconstruct deduce detect diagnose differentiate discriminate dissect distinguish examine experiment
    explore find flag inspect integrate interpret investigate map measure model monitor organize outline
    parse prioritize profile quantify question relate research scrutinize separate sort structure survey
    test trace troubleshoot verify`,
  evaluate: `
    appraise argue assess audit check choose conclude critique decide defend determine evaluate grade
    judge justify moderate monitor prioritize rank rate recommend reflect review score select support
    test validate value verify weigh`,
  create: `
    adapt architect assemble author build combine compile compose construct create derive design develop
    devise draft engineer establish formulate generate hypothesize improvise innovate invent make model
    originate plan produce propose prototype refine rewrite synthesize write
    delineate optimize specify`,
};

/** UK or variant spellings whose suffix rules do not reach the US form. */
const SPELLING_ALIASES: Record<string, string> = {
  practise: 'practice',
  catalogue: 'catalog',
  enrol: 'enroll',
  judgement: 'judge',
};

export const VERB_LEVELS: ReadonlyMap<string, readonly BloomLevel[]> = buildLexicon();

function buildLexicon(): Map<string, BloomLevel[]> {
  const lexicon = new Map<string, BloomLevel[]>();
  for (const [level, words] of Object.entries(VERBS_BY_LEVEL) as [BloomLevel, string][]) {
    for (const verb of words.split(/\s+/).filter((word) => word !== '')) {
      const levels = lexicon.get(verb) ?? [];
      if (!levels.includes(level)) levels.push(level);
      lexicon.set(verb, levels);
    }
  }
  return lexicon;
}

/**
 * Returns the base form of a verb from the lexicon (or from `extra`), or `undefined`.
 * Accepts -s, -es, -ies, -ing and -ed forms, doubled final consonants (modelling, mapped)
 * and UK -ise/-yse spellings (organises, analysing).
 */
export function verbBase(word: string, extra: ReadonlySet<string> = EMPTY): string | undefined {
  const token = word.toLowerCase();
  for (const candidate of stemCandidates(token)) {
    for (const spelling of spellings(candidate)) {
      if (VERB_LEVELS.has(spelling) || extra.has(spelling)) return spelling;
    }
  }
  return undefined;
}

const EMPTY: ReadonlySet<string> = new Set();

function stemCandidates(token: string): string[] {
  const candidates = [token];
  const add = (stem: string) => {
    if (stem.length >= 2) candidates.push(stem);
  };
  if (token.endsWith('ies')) add(`${token.slice(0, -3)}y`);
  if (token.endsWith('es')) add(token.slice(0, -2));
  if (token.endsWith('s') && !token.endsWith('ss')) add(token.slice(0, -1));
  for (const suffix of ['ing', 'ed']) {
    if (!token.endsWith(suffix)) continue;
    const stem = token.slice(0, -suffix.length);
    if (suffix === 'ed' && stem.endsWith('i')) add(`${stem.slice(0, -1)}y`);
    add(stem);
    add(`${stem}e`);
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) add(stem.slice(0, -1));
  }
  return candidates;
}

function spellings(candidate: string): string[] {
  const forms = [candidate];
  const alias = SPELLING_ALIASES[candidate];
  if (alias !== undefined) forms.push(alias);
  if (candidate.endsWith('ise')) forms.push(`${candidate.slice(0, -3)}ize`);
  if (candidate.endsWith('yse')) forms.push(`${candidate.slice(0, -3)}yze`);
  return forms;
}

/** Whether a word is the third-person form of a verb, so a suggestion can match it. */
function isThirdPerson(word: string): boolean {
  const token = word.toLowerCase();
  return token.endsWith('s') && !token.endsWith('ss') && verbBase(token) !== token;
}

/** Puts a base form into the form of `like`: `explain` like `understands` is `explains`. */
export function inflectLike(base: string, like: string): string {
  const [verb = base, ...rest] = base.split(' ');
  if (!isThirdPerson(like)) return base;
  let inflected: string;
  if (/(s|sh|ch|x|z|o)$/.test(verb)) inflected = `${verb}es`;
  else if (/[^aeiou]y$/.test(verb)) inflected = `${verb.slice(0, -1)}ies`;
  else inflected = `${verb}s`;
  return [inflected, ...rest].join(' ');
}
