/** The six levels of the revised Bloom taxonomy, low to high, and the spellings a `level` may use. */
export type BloomLevel = 'remember' | 'understand' | 'apply' | 'analyze' | 'evaluate' | 'create';

export const BLOOM_ORDER: readonly BloomLevel[] = ['remember', 'understand', 'apply', 'analyze', 'evaluate', 'create'];

/** A declared `level` as a Bloom level, with `analyse` read as `analyze`; `undefined` for other scales. */
export function toBloomLevel(level: string): BloomLevel | undefined {
  const folded = level.toLowerCase() === 'analyse' ? 'analyze' : level.toLowerCase();
  return (BLOOM_ORDER as readonly string[]).includes(folded) ? (folded as BloomLevel) : undefined;
}
