/** The fast renderer of new definition files writes exactly what the `yaml` package writes. */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import type { DraftDefinition } from '../../src/import/drafts.js';
import { importJson } from '../../src/import/openbadges.js';
import { detectKind } from '../../src/import/run.js';
import { importTable } from '../../src/import/table-import.js';
import { BUILT_IN_VOCABULARY } from '../../src/import/values.js';
import { newYaml, referenceYaml } from '../../src/import/yaml-writer.js';
import { JsonSource } from '../../src/source/json-source.js';
import { decodeText } from '../../src/source/encoding.js';
import { openTable } from '../../src/source/open-table.js';
import { seededRandom } from '../helpers/random.js';
import { hasShared, sharedPath } from '../helpers/shared.js';

function expectSameAsYaml(key: string, items: unknown[]): void {
  expect(newYaml(key, items)).toBe(referenceYaml({ [key]: items }));
}

const TRICKY_TEXT = [
  'plain text', '', ' leading', 'trailing ', 'a: b', 'a #b', 'a#b', '- item', '-', '? key', '1.10', '007', '7', '0x1F', '0o17',
  '1e3', '.inf', '-.inf', '.nan', 'true', 'False', 'null', '~', 'yes', '<<', '---', '--- x', '...', '% x', '@x', '`x', '!x', '&x',
  '*x', '|x', '>x', '"quoted"', "it's", '[x]', '{x}', 'a, b', 'café', 'x\u00a0y', 'x\u0085y', 'x\u2028y', 'x\ufeffy', 'tab\there',
  'smile \ud83d\ude00', 'lone \ud83d', 'line one\nline two', 'line\n\nwith a gap', 'line one\n  indented\nthree', 'ends with break\n',
  'a long line of text that goes on for more than forty characters\nand a second line', '  \n  ', 'x'.repeat(1200),
];

describe('newYaml', () => {
  it('matches yaml for tricky text', () => {
    for (const text of TRICKY_TEXT) {
      expectSameAsYaml('competencies', [{ id: 'a', statement: text }]);
      expectSameAsYaml('competencies', [{ id: 'a', tags: [text, 'b'] }]);
      expectSameAsYaml('competencies', [{ id: 'a', [text]: 'value' }]);
    }
  });

  it('matches yaml for every value type and shape', () => {
    const shapes: unknown[] = [
      { id: 'a', level: 1, points: 2.5, big: 1e21, negative: -3, zero: -0, required: true, optional: false, missing: null, gone: undefined },
      { id: 'b', competencies: [], criteria: {}, nested: { levels: [{ id: 'x', points: 0 }, { id: 'y', points: 1 }] } },
      { id: 'c', lists: [[], {}, ['inner'], [{ deep: 'x' }]] },
      {},
      [],
      'a bare string',
      Object.assign(Object.create(null) as object, { id: 'null-prototype' }),
      { id: 'd', when: new Date(0) },
    ];
    for (const shape of shapes) expectSameAsYaml('badges', [shape]);
    expectSameAsYaml('badges', shapes);
    expectSameAsYaml('rubrics', []);
  });

  it('matches yaml on random definitions', () => {
    const next = seededRandom(20261204);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const alphabet = ['a', 'Z', '1', '0', '.', ' ', ':', '#', '-', '?', '\n', '\t', '"', "'", 'é', '\u00a0', '%', '[', ',', '!', '|', '>', '~', 'e'];
    const text = () => Array.from({ length: Math.floor(next() * 8) }, () => pick(alphabet)).join('');
    const value = (depth: number): unknown => {
      const roll = next();
      if (depth > 2 || roll < 0.5) return next() < 0.3 ? pick(TRICKY_TEXT) : next() < 0.8 ? text() : Math.floor(next() * 100) - 20;
      if (roll < 0.75) return Array.from({ length: Math.floor(next() * 3) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, () => [next() < 0.7 ? `x-${text()}` : text(), value(depth + 1)]));
    };
    for (let round = 0; round < 3000; round++) {
      const items = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, index) => ({ id: `d${round}-${index}`, field: value(0), other: value(1) }));
      expectSameAsYaml(pick(['competencies', 'badges', 'rubrics']), items);
    }
  });
});

/** The definitions an import of a corpus file builds, by kind. */
function corpusDrafts(file: string): DraftDefinition[] {
  const bytes = fs.readFileSync(file);
  if (/\.(json|ndjson)$/.test(file)) return importJson(new JsonSource(file, decodeText(bytes).text)).definitions;
  const opened = openTable(file, bytes, {});
  if ('error' in opened) throw new Error(opened.error);
  const kind = detectKind(opened.source.header) ?? 'competency';
  return importTable(opened.source, { kind, columns: {}, separator: ';', mode: 'import', vocabulary: BUILT_IN_VOCABULARY }).definitions;
}

describe.skipIf(!hasShared)('newYaml on the corpus', { timeout: 120_000 }, () => {
  const files = ['osmt-rsd', 'esco-tabiya', 'ccss-ela-case', 'moodle-pharmacy-competencies', 'obdirectory-2014', 'cognipilot-ob3', 'dcc-ob3']
    .flatMap((folder) => fs.readdirSync(sharedPath('corpus', folder)).map((name) => path.join(folder, name)))
    .filter((name) => /\.(csv|json|ndjson)$/.test(name))
    .sort();

  it.each(files)('%s', (name) => {
    const drafts = corpusDrafts(sharedPath('corpus', name));
    for (const kind of ['competency', 'badge', 'rubric'] as const) {
      const values = drafts.filter((draft) => draft.kind === kind).map((draft) => draft.value);
      expectSameAsYaml(`${kind}-list`, values);
    }
  });
});
