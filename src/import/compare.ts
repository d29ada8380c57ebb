/**
 * Decides whether an imported value changes a definition file. The file may contain more
 * than the input (`x-` fields, fields a sheet has no column for) and may leave out what the
 * schema fills in by default. Neither is a change, and import writes over neither.
 */

/** Values the schema gives a field the file leaves out, by field path with list positions left out. */
const DEFAULTS: Record<string, string> = {
  'evidence.required': 'true',
  'prerequisites.minimum': '1',
};

/** Joins a data path without its list positions, as `DEFAULTS` names fields. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.filter((segment) => typeof segment === 'string').join('.');
}

/** Checks that `value` is the schema default of the field at `path`, so a file may leave it out. */
export function isOmittedDefault(path: readonly (string | number)[], value: unknown): boolean {
  const fallback = DEFAULTS[fieldPath(path)];
  return fallback !== undefined && value !== null && value !== undefined && String(value) === fallback;
}

/**
 * Checks that `current` (the file's value, every scalar as text) already contains every
 * value of `imported`: equal scalars, lists of the same length whose items agree, and mappings
 * that have every imported key with an agreeing value. Keys only the file has are kept, so
 * they are no difference.
 */
export function containsImported(current: unknown, imported: unknown, path: readonly (string | number)[] = []): boolean {
  if (imported === null || imported === undefined) return true;
  if (current === null || current === undefined) return isOmittedDefault(path, imported);
  if (Array.isArray(imported)) {
    if (!Array.isArray(current) || current.length !== imported.length) return false;
    return imported.every((item, index) => containsImported(current[index], item, [...path, index]));
  }
  if (isRecord(imported)) {
    if (!isRecord(current)) return false;
    return Object.entries(imported).every(([key, value]) => containsImported(current[key], value, [...path, key]));
  }
  return !Array.isArray(current) && !isRecord(current) && String(current) === String(imported);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
