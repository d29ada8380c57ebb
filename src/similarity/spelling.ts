/**
 * Folds British spellings to American ones before stemming, so that "analyse" and "analyze",
 * "colour" and "color", "paediatric" and "pediatric" compare as the same word.
 *
 * Both statements of a pair go through the same folding, so a rule that also rewrites a word
 * with no American variant ("exercise" becomes "exercize") does no harm: only two different
 * words folding to one would, and the rules below are narrow enough to avoid that.
 */

/** Whole words whose American form no rule below produces. */
const WORDS: Record<string, string> = {
  ageing: 'aging',
  aluminium: 'aluminum',
  cheque: 'check',
  cheques: 'checks',
  defence: 'defense',
  enrol: 'enroll',
  enrolment: 'enrollment',
  enrolments: 'enrollments',
  enrols: 'enrolls',
  fulfil: 'fulfill',
  fulfilment: 'fulfillment',
  fulfils: 'fulfills',
  grey: 'gray',
  judgement: 'judgment',
  judgements: 'judgments',
  licence: 'license',
  licences: 'licenses',
  manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers',
  offence: 'offense',
  offences: 'offenses',
  practise: 'practice',
  practised: 'practiced',
  practises: 'practices',
  practising: 'practicing',
  pretence: 'pretense',
  programme: 'program',
  programmes: 'programs',
  skilful: 'skillful',
  // The rule for -bre would turn it into "timber", a different word.
  timbre: 'timbre',
  tyre: 'tire',
  tyres: 'tires',
};

/** Greek-derived medical spellings: a British stem and its American form, matched anywhere in a word. */
const INFIXES: [RegExp, string][] = [
  [/paed/g, 'ped'],
  [/anaes/g, 'anes'],
  [/haem/g, 'hem'],
  [/gynaec/g, 'gynec'],
  [/oesoph/g, 'esoph'],
  [/oestr/g, 'estr'],
  [/foet/g, 'fet'],
  [/leukaem/g, 'leukem'],
  [/anaem/g, 'anem'],
  [/diarrhoe/g, 'diarrhe'],
  [/oedem/g, 'edem'],
];

/** Suffix rules, each tried in order; the first that matches wins. */
const SUFFIXES: [RegExp, string][] = [
  // organise → organize, organisation → organization, analyse → analyze
  [/^(\p{L}{2,})is(e|es|ed|ing|er|ers|ation|ations|able)$/u, '$1iz$2'],
  [/^(\p{L}{2,})ys(e|es|ed|ing|er|ers)$/u, '$1yz$2'],
  // colour → color, behaviour → behavior, favourite → favorite
  [/^(\p{L}{3,})our(s|ed|ing|able|ably|ite|ites|ful|less|al)?$/u, '$1or$2'],
  // centre → center, fibre → fiber
  [/^(\p{L}{2,})([tb])re(s|d)?$/u, '$1$2er$3'],
  // catalogue → catalog
  [/^(\p{L}{3,})ogue(s|d)?$/u, '$1og$2'],
];

/** travelled → traveled, modelling → modeling; only after two vowel groups, so "filled" stays. */
const DOUBLED_L = /^(\p{L}*[aeiouy]+[^aeiouy]+[aeiouy]+)ll(ed|ing|er|ers)$/u;

/** Folds one lower-case English word to its American spelling. */
export function foldBritishSpelling(word: string): string {
  const listed = WORDS[word];
  if (listed !== undefined) return listed;

  let folded = word;
  for (const [pattern, replacement] of INFIXES) folded = folded.replace(pattern, replacement);
  for (const [pattern, replacement] of SUFFIXES) {
    if (pattern.test(folded)) return folded.replace(pattern, replacement);
  }
  return folded.replace(DOUBLED_L, '$1l$2');
}
