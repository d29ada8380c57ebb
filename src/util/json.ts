/**
 * JSON text that is the same bytes on every run: two-space indent, a final newline, and keys
 * in the order the caller built them. Callers build objects field by field in a fixed order
 * and sort unordered lists themselves.
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Sets a property without the `__proto__` setter, so any key read from input is safe. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // Plain assignment creates the same own property for every other key, and is much faster.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
