import { describe, expect, it } from 'vitest';

import { closestMatch, SuggestionIndex } from '../../src/util/suggest.js';

/** A deterministic pseudo-random generator, so the generated ids are the same on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function randomId(next: () => number): string {
  const words = ['sqli', 'detect', 'prevent', 'web', 'api', 'review', 'deploy', 'test', 'ui', 'a11y', 'data', 'model'];
  const parts = Array.from({ length: 1 + Math.floor(next() * 3) }, () => words[Math.floor(next() * words.length)]);
  return `${parts.join('-')}-${Math.floor(next() * 500)}`;
}

function mutate(id: string, next: () => number): string {
  const position = Math.floor(next() * id.length);
  const choice = next();
  if (choice < 0.33) return id.slice(0, position) + id.slice(position + 1);
  if (choice < 0.66) return `${id.slice(0, position)}x${id.slice(position)}`;
  return id.toUpperCase();
}

describe('SuggestionIndex', () => {
  it('agrees with comparing every candidate', () => {
    const next = generator(7);
    const ids = [...new Set(Array.from({ length: 3000 }, () => randomId(next)))];
    const index = new SuggestionIndex(ids);
    const words = Array.from({ length: 400 }, () => mutate(ids[Math.floor(next() * ids.length)] as string, next));

    for (const word of words) expect(index.closest(word), word).toBe(closestMatch(word, ids));
  });

  it('prefers a match that differs only in letter case', () => {
    const index = new SuggestionIndex(['sqli-detect', 'sqli-detected']);
    expect(index.hint('SQLI-DETECT')).toBe(' Did you mean "sqli-detect"?');
  });

  it('suggests nothing for a word far from every candidate', () => {
    const index = new SuggestionIndex(['sqli-detect', 'front-end']);
    expect(index.hint('cloud-costs')).toBe('');
  });

  it('suggests for very short ids', () => {
    const index = new SuggestionIndex(['a', 'b', 'ab']);
    expect(index.closest('aa')).toBe(closestMatch('aa', ['a', 'b', 'ab']));
  });
});
