import fs from 'node:fs';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { similarPairs } from '../../src/similarity/join.js';
import { DEFAULT_WEIGHTING, vectorizeStatements } from '../../src/similarity/overlap.js';
import { similarity, type TermVector } from '../../src/similarity/vectors.js';
import { SHARED_CORPUS } from '../overlap/labelled-pairs.js';

const SETTINGS = { synonyms: [], ignoreWords: [], acronyms: true, ...DEFAULT_WEIGHTING };

/** Every pair scored one by one: what the candidate index must reproduce. */
function allPairs(vectors: TermVector[], threshold: number): string[] {
  const pairs: string[] = [];
  for (let a = 0; a < vectors.length; a++) {
    for (let b = a + 1; b < vectors.length; b++) {
      const score = similarity(vectors[a]!, vectors[b]!);
      if (score >= threshold - 1e-9) pairs.push(`${a}-${b}`);
    }
  }
  return pairs;
}

function joined(vectors: TermVector[], threshold: number): string[] {
  return similarPairs(vectors, threshold).map((pair) => `${pair.a}-${pair.b}`);
}

/** Statements from a few verbs, objects and contexts, so that many pairs are near. */
function generatedStatements(count: number): string[] {
  const verbs = ['Configures', 'Audits', 'Installs', 'Documents', 'Tests', 'Explains'];
  const objects = ['a firewall', 'a web server', 'a database', 'a network switch', 'a backup job'];
  const contexts = ['for a small office', 'in a data centre', 'at grade 2', 'at grade 3', 'with a checklist', 'before a release'];
  const statements: string[] = [];
  for (let index = 0; statements.length < count; index++) {
    const verb = verbs[index % verbs.length]!;
    const object = objects[Math.floor(index / verbs.length) % objects.length]!;
    const context = contexts[Math.floor(index / (verbs.length * objects.length)) % contexts.length]!;
    const extra = index % 7 === 0 ? ' and records the result' : '';
    statements.push(`${verb} ${object} ${context}${extra}`);
    if (index % 4 === 0) statements.push(`${verb} ${object} ${context}${extra} carefully`);
    if (index % 9 === 0) statements.push(`${verb} ${object} ${context}${extra}`);
  }
  return statements;
}

describe('similarity join', () => {
  const generated = vectorizeStatements(generatedStatements(240), 'en', SETTINGS);

  it.each([0.3, 0.5, 0.65, 0.8, 0.95, 1])('finds every pair at threshold %s', (threshold) => {
    const expected = allPairs(generated, threshold);
    expect(expected.length).toBeGreaterThan(0);
    expect(joined(generated, threshold)).toEqual(expected);
  });

  it('finds every pair of the Common Core statements', (context) => {
    const file = path.join(SHARED_CORPUS, 'ccss-ela-case/ccsso_ela_item.csv');
    if (!fs.existsSync(file)) {
      context.skip('../shared/corpus is missing');
      return;
    }
    const records = parse(fs.readFileSync(file), { columns: true, bom: true }) as Record<string, string>[];
    const vectors = vectorizeStatements(records.map((record) => record.fullStatement ?? ''), 'en', SETTINGS);
    for (const threshold of [0.5, 0.8]) expect(joined(vectors, threshold)).toEqual(allPairs(vectors, threshold));
  });

  it('skips statements without terms', () => {
    const vectors = vectorizeStatements(['', 'the and of', 'Configures a firewall', 'Configures a firewall'], 'en', SETTINGS);
    expect(joined(vectors, 0.5)).toEqual(['2-3']);
  });
});
