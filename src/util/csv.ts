/**
 * CSV fields for files that people open in a spreadsheet program. Excel and LibreOffice run
 * a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula (CSV
 * injection), so such a cell gets a leading `'`, which they show as text.
 */

/** Text a spreadsheet would run as a formula, after any apostrophes a guard added. */
const GUARDED = /^'*[=+\-@\t\r]/;

/**
 * Prefixes `'` to text a spreadsheet would run as a formula. Text that already starts with
 * `'` before such a character gets one more, so `removeFormulaGuard` returns it unchanged.
 */
export function guardFormula(text: string): string {
  return GUARDED.test(text) ? `'${text}` : text;
}

/** Removes the `'` that `guardFormula` added, for reading a file written with it. */
export function removeFormulaGuard(text: string): string {
  return text.startsWith("'") && GUARDED.test(text) ? text.slice(1) : text;
}

/**
 * Writes one field by RFC 4180, with the formula guard: quoted when it contains a comma, a
 * quote or a line break, and also when `quoteSpaces` is set and it starts or ends with white
 * space, which some readers trim.
 */
export function csvField(value: string, quoteSpaces = false): string {
  const safe = guardFormula(value);
  const needsQuotes = /[",\r\n]/.test(safe) || (quoteSpaces && /^\s|\s$/.test(safe));
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}
