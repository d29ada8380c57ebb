/**
 * The one shape every problem takes, from a YAML syntax error to a prerequisite cycle.
 *
 * Rules and loaders report a `RawFinding` that points into a source by data path. Line and
 * column are filled in later, by `resolveFindings`, from the parsed document that the source
 * keeps, so no rule needs to know about text positions.
 */

export type Severity = 'error' | 'warn' | 'info';

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warn: 2, error: 3 };

/** A segment of a data path: a mapping key or a list index. */
export type PathSegment = string | number;

/**
 * A place in a source file, named by data path.
 *
 * `doc` is the index of the YAML document in its file, or the record index in a sheet.
 * `target` says whether a mapping entry's key or its value is meant; an unknown field is
 * reported on its key, a wrong value on the value.
 */
export interface Location {
  file: string;
  doc: number;
  path: PathSegment[];
  target?: 'key' | 'value';
  /** A range known without a data path, such as a parse error's; it wins over `path`. */
  range?: Range;
}

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Another place that a finding involves, such as the second definition of a duplicate id. */
export interface RelatedLocation {
  message: string;
  location: Location;
}

export interface RawFinding {
  ruleId: string;
  messageId: string;
  message: string;
  location: Location;
  /** The id of the definition the finding is about, for overrides that name ids. */
  definitionId?: string;
  related?: RelatedLocation[];
  /** Replaces the rule's configured severity, for rules whose checks differ in weight. */
  severity?: Severity;
}

export interface ResolvedRelated {
  message: string;
  file: string;
  range: Range;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  file: string;
  range: Range;
  /** The data path inside the document, empty for a file-level finding. */
  path: PathSegment[];
  definitionId?: string;
  related: ResolvedRelated[];
}

export const START_OF_FILE: Range = {
  start: { line: 1, column: 1 },
  end: { line: 1, column: 1 },
};

/** Orders findings by file, then position, then rule id, so output never depends on rule order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

/** Compares by UTF-16 code units, the same on every machine and in every locale. */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

/** Renders a data path as `badges[2].competencies[0]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      text += `[${segment}]`;
    } else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) {
      text += text === '' ? segment : `.${segment}`;
    } else {
      text += `[${JSON.stringify(segment)}]`;
    }
  }
  return text;
}
