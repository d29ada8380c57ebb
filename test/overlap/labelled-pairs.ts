/**
 * Loads the labelled pair set and scores every pair the way competency-overlap does: the
 * written statements form one repository, each corpus file another, and every statement is
 * weighed against the rest of its repository.
 */
import fs from 'node:fs';
import path from 'node:path';

import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';

import { DEFAULT_WEIGHTING, vectorizeStatements } from '../../src/similarity/overlap.js';
import { similarity, type WeightingOptions } from '../../src/similarity/vectors.js';

export const SHARED_CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');

export type Label = 'overlap' | 'distinct';

export interface LabelledPair {
  class: string;
  label: Label;
  a: string;
  b: string;
  /** For corpus pairs: the file under the corpus folder, and the column holding the statement. */
  file?: string;
  field?: string;
}

export interface ScoredPair extends LabelledPair {
  /** The statements compared, resolved from the corpus for corpus pairs. */
  textA: string;
  textB: string;
  score: number;
}

/** How each corpus file names its records and which column is the statement by default. */
const CORPUS_FILES: Record<string, { id: string; statement: string }> = {
  'ccss-ela-case/ccsso_ela_item.csv': { id: 'identifier', statement: 'fullStatement' },
  'esco-tabiya/sample_skills.csv': { id: 'ID', statement: 'PREFERREDLABEL' },
};

export function readLabelledPairs(): { written: LabelledPair[]; corpus: LabelledPair[] } {
  const text = fs.readFileSync(path.join(import.meta.dirname, 'labelled-pairs.yaml'), 'utf8');
  return parseYaml(text) as { written: LabelledPair[]; corpus: LabelledPair[] };
}

export function corpusAvailable(): boolean {
  return fs.existsSync(SHARED_CORPUS);
}

export interface ScoringSettings extends WeightingOptions {
  synonyms: string[][];
  ignoreWords: string[];
  acronyms: boolean;
}

export const SHIPPED_SETTINGS: ScoringSettings = { synonyms: [], ignoreWords: [], acronyms: true, ...DEFAULT_WEIGHTING };

/** Scores every labelled pair; corpus pairs only when the corpus is present. */
export function scoreLabelledPairs(settings: ScoringSettings = SHIPPED_SETTINGS): ScoredPair[] {
  const { written, corpus } = readLabelledPairs();
  const scored = scoreWritten(written, settings);
  if (corpusAvailable()) scored.push(...scoreCorpus(corpus, settings));
  return scored;
}

function scoreWritten(pairs: LabelledPair[], settings: ScoringSettings): ScoredPair[] {
  const texts = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))];
  const vectors = vectorizeStatements(texts, 'en', settings);
  const vectorOf = (text: string) => vectors[texts.indexOf(text)]!;
  return pairs.map((pair) => ({ ...pair, textA: pair.a, textB: pair.b, score: similarity(vectorOf(pair.a), vectorOf(pair.b)) }));
}

function scoreCorpus(pairs: LabelledPair[], settings: ScoringSettings): ScoredPair[] {
  const scored: ScoredPair[] = [];
  const groups = new Map<string, LabelledPair[]>();
  for (const pair of pairs) {
    const key = `${pair.file}\u0000${pair.field ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), pair]);
  }

  for (const group of groups.values()) {
    const first = group[0]!;
    const columns = CORPUS_FILES[first.file!];
    if (columns === undefined) throw new Error(`labelled-pairs.yaml: no column mapping for ${first.file}`);
    const field = first.field ?? columns.statement;
    const records = readRecords(first.file!);

    // The repository is every record of the file with a statement in that column.
    const statements = records.filter((record) => (record[field] ?? '').trim() !== '');
    const texts = statements.map((record) => record[field] as string);
    const vectors = vectorizeStatements(texts, 'en', settings);
    const indexOf = new Map(statements.map((record, index) => [record[columns.id] as string, index]));

    for (const pair of group) {
      const a = indexOf.get(pair.a);
      const b = indexOf.get(pair.b);
      if (a === undefined || b === undefined) throw new Error(`labelled-pairs.yaml: ${pair.file} has no record ${a === undefined ? pair.a : pair.b} with a ${field}`);
      scored.push({ ...pair, textA: texts[a]!, textB: texts[b]!, score: similarity(vectors[a]!, vectors[b]!) });
    }
  }
  return scored;
}

function readRecords(file: string): Record<string, string>[] {
  return parseCsv(fs.readFileSync(path.join(SHARED_CORPUS, file)), { columns: true, bom: true }) as Record<string, string>[];
}

export interface CurvePoint {
  threshold: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

/** Precision and recall when every pair scoring at least `threshold` is reported. */
export function measure(pairs: readonly ScoredPair[], threshold: number): CurvePoint {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const pair of pairs) {
    const reported = pair.score >= threshold - 1e-9;
    if (reported && pair.label === 'overlap') truePositives++;
    else if (reported) falsePositives++;
    else if (pair.label === 'overlap') falseNegatives++;
  }
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  return { threshold, truePositives, falsePositives, falseNegatives, precision, recall };
}
