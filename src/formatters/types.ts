/** The contract every output format implements: findings in, text out, no I/O. */
import type { Finding } from '../finding.js';

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
  /** How much was checked, for the summary line. */
  checked?: { files: number; definitions: number };
  /** YYYY-MM-DD, for formats that record a date. */
  today?: string;
}

export type Formatter = (input: ReportInput) => string;
