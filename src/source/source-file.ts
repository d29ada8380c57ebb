/**
 * A parsed input file that can turn a data path back into a text range. YAML files, CSV
 * sheets and the config all implement it, so findings are positioned the same way for all.
 */
import type { Location, Range } from '../finding.js';

/** A comment in a source file, without its `#`, with the line it sits on. */
export interface SourceComment {
  text: string;
  range: Range;
  /** Whether the comment is alone on its line, rather than after content. */
  ownLine: boolean;
}

export interface SourceFile {
  readonly file: string;
  /** The text lines, for code frames. */
  lines(): readonly string[];
  /** The range of the node a location names, or of its closest existing ancestor. */
  locate(location: Location): Range;
  /** Extra context a message needs in this kind of file, such as a sheet's record and column. */
  describe?(location: Location): string | undefined;
  /** The comments of the file, in order, for suppression directives; absent where a format has none. */
  comments?(): readonly SourceComment[];
}
