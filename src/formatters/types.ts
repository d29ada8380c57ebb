/** The contract every output format implements: findings in, text out, no I/O. */
import type { Finding, Severity } from '../finding.js';

export interface Styles {
  error(text: string): string;
  warn(text: string): string;
  info(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

export const PLAIN_STYLES: Styles = {
  error: (text) => text,
  warn: (text) => text,
  info: (text) => text,
  dim: (text) => text,
  bold: (text) => text,
  underline: (text) => text,
};

export interface ReportInput {
  findings: readonly Finding[];
  /** Paths are shown relative to this folder, with `/` separators. */
  cwd: string;
  /** The text lines of a file, for code frames; `undefined` when not available. */
  lines(file: string): readonly string[] | undefined;
  styles: Styles;
  /** How much was checked, for the summary line; `definitions` is absent for `validate`, which reads none. */
  checked?: { files: number; definitions?: number };
  /** YYYY-MM-DD, for formats that record a date. */
  today?: string;
  /** Absolute paths of every file checked, for formats that list the files with no finding. */
  files?: readonly string[];
  /** The badgemap version, for formats that name the tool. */
  toolVersion?: string;
  /** Findings left out of `findings` by `--quiet`, counted by severity. */
  hidden?: Partial<Record<Severity, number>>;
  /** What `export` did, for the formats export supports. */
  export?: ExportReport;
}

/** Drift between what export would write and what the output folder holds. */
export interface ExportDrift {
  /** Relative paths with `/` separators under the output folder, sorted. */
  stale: string[];
  missing: string[];
  extra: string[];
}

export interface ExportReport {
  /** The output folder, absolute. */
  outDir: string;
  targets: string[];
  badges: number;
  /**
   * `written`: the files were written; `refused`: findings at the failing severity stopped
   * it; `checked`: `--check` compared the folder and wrote nothing.
   */
  status: 'written' | 'refused' | 'checked';
  /** Every file the targets produce, by relative path, with what happened to it. */
  files: { path: string; status: 'written' | 'unchanged' | 'stale' | 'missing' | 'current' }[];
  drift?: ExportDrift;
}

export type Formatter = (input: ReportInput) => string;
