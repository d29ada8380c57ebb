import { describe, expect, it } from 'vitest';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

import { START_OF_FILE, type Location, type PathSegment, type Range } from '../../src/finding.js';
import { YamlSource } from '../../src/source/yaml-source.js';

/**
 * Positions a location by walking the parsed Document itself, as YamlSource did before it
 * kept a compact copy of the nodes. The copy must position every path the same way.
 */
function referenceLocate(text: string, location: Location): Range {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { schema: 'failsafe', lineCounter, merge: true, prettyErrors: false, uniqueKeys: true }) as Document.Parsed[];
  const rangeOf = (start: number, end: number): Range => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(start, end));
    return { start: { line: from.line, column: from.col }, end: { line: to.line, column: to.col } };
  };
  const isNode = (value: unknown): value is Node => isScalar(value) || isMap(value) || isSeq(value) || isAlias(value);
  const rangeOfNode = (node: unknown): Range => (isNode(node) && node.range ? rangeOf(node.range[0], node.range[1]) : START_OF_FILE);
  const document = documents[location.doc];
  if (document === undefined) return START_OF_FILE;
  const resolve = (node: unknown): unknown => {
    let current = node;
    for (let depth = 0; isAlias(current) && depth < 100; depth++) current = current.resolve(document);
    return current;
  };
  const keyText = (key: unknown): string => {
    if (isScalar(key)) return String(key.value ?? '');
    return key === null || key === undefined ? '' : String(key);
  };
  const isMergeKey = (key: unknown): boolean =>
    isScalar(key) && ((typeof key.value === 'symbol' && key.value.description === '<<') || (key.value === '<<' && (key.type === 'PLAIN' || key.type === undefined)));
  const findPair = (map: YAMLMap, key: string): Pair | undefined => {
    const own = map.items.find((pair) => !isMergeKey(pair.key) && keyText(pair.key) === key);
    if (own !== undefined) return own;
    for (const pair of map.items) {
      if (!isMergeKey(pair.key)) continue;
      const merged = resolve(pair.value);
      for (const candidate of isSeq(merged) ? merged.items : [merged]) {
        const source = resolve(candidate);
        const found = isMap(source) ? findPair(source, key) : undefined;
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };

  let node: unknown = document.contents;
  if (node === null || node === undefined) return rangeOf(document.range[0], document.range[0]);
  // A value reached through an alias is placed at the first alias on its path.
  let alias: Node | undefined;
  for (let index = 0; index < location.path.length; index++) {
    const segment = location.path[index] as PathSegment;
    if (alias === undefined && isAlias(node)) alias = node;
    const container = resolve(node);
    const isLast = index === location.path.length - 1;
    if (isMap(container)) {
      const pair = findPair(container, String(segment));
      if (pair === undefined) return rangeOfNode(alias ?? container);
      if ((isLast && location.target === 'key') || !isNode(pair.value)) return rangeOfNode(alias ?? pair.key);
      node = pair.value;
    } else if (isSeq(container) && typeof segment === 'number') {
      const item = container.items[segment];
      if (!isNode(item)) return rangeOfNode(alias ?? container);
      node = item;
    } else {
      return rangeOfNode(alias ?? container);
    }
  }
  return rangeOfNode(alias ?? node);
}

/** Lists every data path of a value, plus a missing key and index below each container. */
function pathsOf(value: unknown, prefix: PathSegment[] = [], depth = 0): PathSegment[][] {
  const paths: PathSegment[][] = [prefix];
  if (depth > 6 || value === null || typeof value !== 'object') return [...paths, [...prefix, 'missing'], [...prefix, 0]];
  if (Array.isArray(value)) {
    value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index], depth + 1)));
    return [...paths, [...prefix, value.length], [...prefix, 'missing']];
  }
  for (const [key, inner] of Object.entries(value)) paths.push(...pathsOf(inner, [...prefix, key], depth + 1));
  return [...paths, [...prefix, 'missing'], [...prefix, 0]];
}

const CASES: Record<string, string> = {
  'block and flow collections': 'competencies:\n  - id: a\n    statement: "Explains A"\n    tags: [t1, t2]\n    review: { last: 2026-01-15, by: [sme] }\n  - id: b\n    statement: >\n      Folded\n      text\n',
  'anchors, aliases and merge keys':
    'base: &base\n  level: apply\n  tags: [x]\nmore: &more { language: en }\ncompetencies:\n  - <<: [*base, *more]\n    id: a\n  - <<: *base\n    level: create\n    id: b\n  - *base\n',
  'nested merges': 'a: &a { x: 1 }\nb: &b\n  <<: *a\n  y: 2\nc:\n  <<: *b\n  z: 3\n',
  'empty values and duplicate keys': 'kind: competency\nid:\nid: again\nstatement: ~\nlist:\n  -\n  - two\n',
  'several documents': '---\nkind: competency\nid: a\n---\n---\n- one\n- [two, three]\n',
  'quoted and odd keys': '"quoted key": 1\n? [complex, key]\n: value\n"<<": not a merge\n? \n: empty key\n',
  'flow pairs in a sequence': 'items: [a: 1, b, { c: 2 }]\n',
  'scalar document': 'just text\n',
  'recursive anchor': 'loop: &loop [1, *loop]\n',
};

describe('YamlSource positions', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`match the Document walk: ${name}`, () => {
      const source = new YamlSource('f.yaml', text);
      for (let doc = 0; doc < source.documentCount + 1; doc++) {
        const reference = new YamlSource('f.yaml', text);
        for (const path of pathsOf(reference.valueOf(doc))) {
          for (const target of [undefined, 'key'] as const) {
            const location: Location = { file: 'f.yaml', doc, path, ...(target === undefined ? {} : { target }) };
            expect(source.locate(location), `${doc} ${JSON.stringify(path)} ${target ?? ''}`).toEqual(referenceLocate(text, location));
          }
        }
      }
    });
  }

  it('returns a new value on every valueOf', () => {
    const source = new YamlSource('f.yaml', 'a: [1, 2]\n');
    const first = source.valueOf(0);
    const second = source.valueOf(0);

    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });
});
