/** What an export target produces: files by path under the output folder. */
import type { Config } from '../config/types.js';
import type { Model } from '../model/model.js';

export interface OutputFile {
  /** A relative path with `/` separators, built only from `seg()` and fixed names. */
  path: string;
  content: string | Uint8Array;
}

export interface ExportInput {
  model: Model;
  config: Config;
  embedImages: boolean;
  /** YYYY-MM-DD, the only date an export may contain. */
  today: string;
}

export interface ExportTarget {
  name: string;
  description: string;
  /** Targets that write workbooks build asynchronously, as exceljs does. */
  build(input: ExportInput): OutputFile[] | Promise<OutputFile[]>;
  /**
   * Glob patterns, relative to the output folder, of every file this target could write.
   * `export --check` reports a file that matches them but that the target would not write
   * now as extra. Without patterns, a target owns only the files it writes.
   */
  owns?: readonly string[];
}

/** Raised when an exporter is handed input that lint should have rejected. */
export class ExportError extends Error {
  override name = 'ExportError';
}
