/**
 * A compact copy of a YAML document's node tree that keeps only what positioning a finding
 * needs: the offsets of each node, the keys of each mapping, merge keys and alias targets.
 *
 * Keeping the parsed `yaml` Documents of a large repository alive until the findings are
 * positioned made the garbage collector copy and promote every node. This copy has far
 * fewer objects (no pairs, no key nodes, no range arrays), and the Documents die young.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';

/** Offsets into the file's text, as `yaml` gives them. `start` is -1 when a node has none. */
interface Offsets {
  start: number;
  end: number;
}

export interface ScalarPositions extends Offsets {
  kind: 'scalar';
}

export interface SeqPositions extends Offsets {
  kind: 'seq';
  /** `undefined` for an item that is not a node, such as a pair in a flow sequence. */
  items: (PositionNode | undefined)[];
}

export interface MapPositions extends Offsets {
  kind: 'map';
  /** The key of each pair, as `keyText` reads it. */
  keys: string[];
  /** The start and end offset of each pair's key, two numbers per pair, -1 where a key has no node. */
  keyOffsets: number[];
  values: (PositionNode | undefined)[];
  /** Whether each pair is a `<<` merge key; absent when none is. */
  merges?: boolean[];
}

export interface AliasPositions extends Offsets {
  kind: 'alias';
  /** The anchored node, or `undefined` when the alias names no anchor. */
  target: PositionNode | undefined;
}

export type PositionNode = ScalarPositions | SeqPositions | MapPositions | AliasPositions;

export interface DocumentPositions {
  /** The document's start offset, where an empty document's findings go. */
  start: number;
  contents: PositionNode | undefined;
}

/** Deeper alias chains than this are not followed. */
const MAX_ALIAS_DEPTH = 100;

/**
 * Copies the positions of a parsed document. `keyText` and `isMergeKey` are the yaml-source
 * functions that read keys, so lookups here match the keys of the converted value.
 */
export function documentPositions(
  document: Document.Parsed,
  keyText: (key: unknown) => string,
  isMergeKey: (key: unknown) => boolean,
): DocumentPositions {
  // One copy per node, so that every alias to an anchor shares it and recursive anchors end.
  const copies = new Map<Node, PositionNode>();

  const copy = (node: unknown): PositionNode | undefined => {
    if (!isScalar(node) && !isMap(node) && !isSeq(node) && !isAlias(node)) return undefined;
    const existing = copies.get(node);
    if (existing !== undefined) return existing;

    const start = node.range?.[0] ?? -1;
    const end = node.range?.[1] ?? -1;
    if (isScalar(node)) {
      const scalar: ScalarPositions = { kind: 'scalar', start, end };
      copies.set(node, scalar);
      return scalar;
    }
    if (isSeq(node)) {
      const seq: SeqPositions = { kind: 'seq', start, end, items: [] };
      copies.set(node, seq);
      for (const item of node.items) seq.items.push(copy(item));
      return seq;
    }
    if (isMap(node)) {
      const map: MapPositions = { kind: 'map', start, end, keys: [], keyOffsets: [], values: [] };
      copies.set(node, map);
      node.items.forEach((pair: Pair) => addPair(map, pair));
      return map;
    }
    const alias: AliasPositions = { kind: 'alias', start, end, target: undefined };
    copies.set(node, alias);
    alias.target = copy(resolveAlias(document, node));
    return alias;
  };

  const addPair = (map: MapPositions, pair: Pair): void => {
    const keyNode = isScalar(pair.key) || isMap(pair.key) || isSeq(pair.key) || isAlias(pair.key) ? pair.key : undefined;
    const index = map.keys.length;
    map.keys.push(keyText(pair.key));
    map.keyOffsets.push(keyNode?.range?.[0] ?? -1, keyNode?.range?.[1] ?? -1);
    map.values.push(copy(pair.value));
    if (isMergeKey(pair.key)) {
      map.merges ??= map.keys.map(() => false);
      map.merges[index] = true;
    } else {
      map.merges?.push(false);
    }
  };

  return { start: document.range[0], contents: copy(document.contents) };
}

/** Follows an alias of the yaml tree to the node it names. */
export function resolveAlias(document: Document.Parsed, node: unknown): unknown {
  let current = node;
  for (let depth = 0; isAlias(current) && depth < MAX_ALIAS_DEPTH; depth++) {
    current = current.resolve(document);
  }
  return current;
}

/** Follows an alias of the copy to the node it names. */
export function resolvePositions(node: PositionNode | undefined): PositionNode | undefined {
  let current = node;
  for (let depth = 0; current?.kind === 'alias' && depth < MAX_ALIAS_DEPTH; depth++) current = current.target;
  return current;
}

/** A pair found by key: the mapping that contains it and its index there. */
export interface FoundPair {
  map: MapPositions;
  index: number;
}

/**
 * Finds the pair of a key: the mapping's own pair first (the first of duplicates), then
 * the pairs of its merged mappings, in order.
 */
export function findPair(map: MapPositions, key: string): FoundPair | undefined {
  for (let index = 0; index < map.keys.length; index++) {
    if (map.merges?.[index] !== true && map.keys[index] === key) return { map, index };
  }

  if (map.merges === undefined) return undefined;
  for (let index = 0; index < map.keys.length; index++) {
    if (map.merges[index] !== true) continue;
    const merged = resolvePositions(map.values[index]);
    const candidates = merged?.kind === 'seq' ? merged.items : [merged];
    for (const candidate of candidates) {
      const source = resolvePositions(candidate);
      if (source?.kind !== 'map') continue;
      const found = findPair(source, key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
