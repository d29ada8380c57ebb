/**
 * Generates credential repositories for the benchmarks: competency statements with the word
 * frequencies of real frameworks (a few common verbs and nouns, a long tail of rare ones),
 * some near-duplicates and exact copies, and badges and rubrics that refer to them. The
 * same seed always gives the same repository.
 *
 * Real frameworks name specific things (a tool, a standard, a condition), and their
 * vocabulary grows with their size: the Common Core ELA sheet has about 1,500 distinct words
 * in 1,189 statements. So each statement also names one or two specific terms, drawn from a
 * vocabulary of 4·n^0.75 made-up words for n statements, the first ones more often.
 */
import fs from 'node:fs';
import path from 'node:path';

import { seededRandom } from '../helpers/random.js';

const VERBS = `analyse apply assess audit build calculate calibrate classify compare compile configure
construct coordinate create debug define deliver demonstrate deploy design detect develop diagnose
document draft estimate evaluate explain forecast identify implement inspect install integrate
interpret investigate label maintain manage measure migrate model monitor negotiate operate
optimise organise perform plan prepare present prioritise produce program recommend reconcile
record refactor repair report research resolve review schedule secure select simulate sketch
summarise supervise test train translate troubleshoot update validate verify visualise write`.split(/\s+/);

const ADJECTIVES = `accessible automated basic clinical complex critical digital electrical external financial
formal hazardous industrial internal legacy local mechanical mobile monthly multilingual
national operational paediatric portable preventive public quarterly regional remote residential
routine safe scalable secure sensitive small statistical structural technical temporary urgent
virtual visual weekly wireless`.split(/\s+/);

const NOUNS = `account algorithm alarm api application assessment asset audit backup bearing boiler budget
building cable campaign circuit client code compressor contract control crane customer dashboard
database dataset deadline defect design device diagram dispute document drawing engine estimate
experiment feedback file firewall forecast form framework furnace generator grant hazard incident
instrument interface inventory invoice kiln ledger lesson license machine manual medication meter
model module motor network order patient payment pipeline plan policy portfolio presentation
printer procedure process product project prototype pump query questionnaire record regulation
report request requirement risk roadmap router sample schedule schema script sensor server
service shipment site software specification spreadsheet standard statement storage strategy
supplier survey switch system tender test ticket timetable tool transaction turbine valve vehicle
warehouse website weld workflow workshop`.split(/\s+/);

const CONTEXTS = `for a small business|in a hospital ward|for a public sector client|under supervision|using industry standards
|within a fixed budget|according to the manufacturer's instructions|for a remote team|in a production environment
|before a release|following safety regulations|for a non-technical audience|with a checklist|in line with company policy
|at the start of each shift|during an inspection|for a retail store|in a laboratory|on a construction site|for an external audit`
  .split('|')
  .map((context) => context.trim());

/** Picks with Zipf-like weights: the first items of a list far more often than the last. */
function zipf<T>(items: readonly T[], next: () => number): T {
  const index = Math.floor(items.length * next() ** 2.2);
  return items[Math.min(index, items.length - 1)] as T;
}

const SYLLABLES = ['ba', 'ce', 'di', 'fo', 'gu', 'ka', 'le', 'mi', 'no', 'pu', 'ra', 'se', 'ti', 'vo', 'zu', 'an', 'er', 'ix', 'ol', 'um'];

/** Returns the made-up word with the given index: three syllables, or four past 8,000 words. */
function specificTerm(index: number): string {
  let word = '';
  let rest = index;
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0 || word.length < 6);
  return word;
}

/** Draws a rank from 0 to size - 1 with probability falling as 1 / √rank, so that no term is in every statement. */
function skewedRank(size: number, next: () => number): number {
  return Math.min(size - 1, Math.floor(size * next() ** 2));
}

function sentence(next: () => number, vocabulary: number): string {
  const verb = zipf(VERBS, next);
  const adjective = next() < 0.6 ? `${zipf(ADJECTIVES, next)} ` : '';
  const specific = Array.from({ length: next() < 0.4 ? 2 : 1 }, () => specificTerm(skewedRank(vocabulary, next))).join(' ');
  const noun = `${specific} ${zipf(NOUNS, next)}`;
  const second = next() < 0.5 ? ` and the ${zipf(NOUNS, next)} ${zipf(['it needs', 'it depends on', 'linked to it', 'around it'], next)}` : '';
  const context = next() < 0.7 ? ` ${zipf(CONTEXTS, next)}` : '';
  const verbForm = verb.endsWith('s') || verb.endsWith('sh') || verb.endsWith('ch') ? `${verb}es` : verb.endsWith('y') && !/[aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  const text = `${verbForm} a ${adjective}${noun}${second}${context}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Rewords an earlier statement: another article, an extra word, a plural, or a learner frame. */
function variant(statement: string, next: () => number): string {
  const choice = next();
  if (choice < 0.3) return statement.replace(/ a /, ' the ');
  if (choice < 0.6) return `${statement} carefully`;
  if (choice < 0.8) return statement.replace(/ a (\w+)/, ' $1s');
  return `The learner will be able to ${statement.charAt(0).toLowerCase()}${statement.slice(1)}`;
}

/** `count` statements: about 3% reworded copies of earlier ones and 1% exact copies. */
export function generateStatements(count: number, seed = 1): string[] {
  const next = seededRandom(seed);
  const vocabulary = Math.max(10, Math.round(4 * count ** 0.75));
  const statements: string[] = [];
  while (statements.length < count) {
    const roll = next();
    const earlier = statements[Math.floor(next() * statements.length)];
    if (earlier !== undefined && roll < 0.01) statements.push(earlier);
    else if (earlier !== undefined && roll < 0.04) statements.push(variant(earlier, next));
    else statements.push(sentence(next, vocabulary));
  }
  return statements;
}

export interface RepositorySize {
  competencies: number;
  badges: number;
  rubrics: number;
}

const PER_FILE = { competencies: 100, badges: 20, rubrics: 10 };
const EVIDENCE_TYPES = ['project', 'code', 'report', 'recording', 'demonstration', 'portfolio', 'observation'];
const METHODS = ['reviewer-rubric', 'hands-on-lab', 'simulation', 'observation', 'live-qa', 'peer-review'];

/**
 * Writes a repository under `root`: the config, one 1×1 PNG image, and YAML files of one
 * document each, with the definitions under plural keys, so that ajv-cli can read them too.
 */
export function writeRepository(root: string, size: RepositorySize, seed = 7): { files: string[] } {
  const next = seededRandom(seed);
  const statements = generateStatements(size.competencies, seed);
  const files: string[] = [];
  const write = (relative: string, text: string) => {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    files.push(file);
  };

  fs.mkdirSync(path.join(root, 'images'), { recursive: true });
  fs.writeFileSync(path.join(root, 'images/badge.png'), PNG_BYTES);
  fs.writeFileSync(path.join(root, 'badgemap.yaml'), CONFIG);

  const competencyId = (index: number) => `c-${String(index).padStart(5, '0')}`;
  writeInFiles(size.competencies, PER_FILE.competencies, 'competencies', (index) => {
    // Quoted, because ajv-cli's YAML reader turns an unquoted date into a Date, not a string.
    const review = index % 3 === 0 ? `\n    review: { last: "2026-0${1 + (index % 9)}-15", by: [sme] }` : '';
    return `  - id: ${competencyId(index)}\n    statement: ${JSON.stringify(statements[index])}\n    level: apply\n    tags: [t${index % 40}]${review}`;
  }, write);

  const rubricFor = (badge: number) => `r-${String(badge % size.rubrics).padStart(4, '0')}`;
  const competenciesOf = (badge: number) => {
    const count = 3 + (badge % 4);
    return Array.from({ length: count }, (_, offset) => competencyId((badge * 7 + offset * 13) % size.competencies));
  };

  writeInFiles(size.rubrics, PER_FILE.rubrics, 'rubrics', (index) => {
    const criteria = competenciesOf(index).map((competency, criterion) =>
      [
        `      - id: k${criterion}`,
        `        competency: ${competency}`,
        `        description: Applies ${competency} to the task`,
        '        levels:',
        '          - { id: not-yet, name: Not yet, points: 0, descriptor: Misses the main point }',
        '          - { id: meets, name: Meets, points: 2, descriptor: Meets every requirement }',
        '          - { id: exceeds, name: Exceeds, points: 3, descriptor: Goes beyond the brief }',
      ].join('\n'),
    );
    return `  - id: ${rubricFor(index)}\n    name: Rubric ${index}\n    criteria:\n${criteria.join('\n')}\n    passing: { minimumPoints: 2, everyCriterionAtLeast: meets }`;
  }, write);

  writeInFiles(size.badges, PER_FILE.badges, 'badges', (index) => {
    const evidence = [0, 1].map((offset) => `      - { type: ${EVIDENCE_TYPES[(index + offset * 3) % EVIDENCE_TYPES.length]}, description: Evidence ${offset + 1} of badge ${index} }`);
    const prerequisites = index % 5 === 0 || index < 10 ? '[]' : `[b-${String(index - 1 - Math.floor(next() * 9)).padStart(4, '0')}]`;
    return [
      `  - id: b-${String(index).padStart(4, '0')}`,
      `    name: Badge ${index}`,
      `    description: Certifies the competencies of step ${index}.`,
      '    image: ../images/badge.png',
      `    level: ${1 + (index % 3)}`,
      `    competencies: [${competenciesOf(index).join(', ')}]`,
      `    prerequisites: ${prerequisites}`,
      '    evidence:',
      ...evidence,
      `    assessment: { methods: [${METHODS[index % METHODS.length]}, reviewer-rubric], reviewers: 2 }`,
      `    rubric: ${rubricFor(index)}`,
      `    tags: [pathway-${index % 50}]`,
    ].join('\n');
  }, write);

  return { files };
}

function writeInFiles(count: number, perFile: number, plural: string, item: (index: number) => string, write: (relative: string, text: string) => void): void {
  for (let start = 0; start < count; start += perFile) {
    const items: string[] = [];
    for (let index = start; index < Math.min(count, start + perFile); index++) items.push(item(index));
    write(`${plural}/${plural}-${String(start / perFile).padStart(4, '0')}.yaml`, `${plural}:\n${items.join('\n')}\n`);
  }
}

const CONFIG = `issuer:
  id: https://badges.example.org/issuer.json
  name: Benchmark Issuer
  url: https://example.org
  email: badges@example.org
baseUrl: https://badges.example.org/
review: { cadenceMonths: 12 }
`;

/** A 1×1 PNG, enough for the image checks. */
const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);
