/**
 * The steps that `calibrate` and `stats` share in the core: reading their input file as a
 * table, and turning everything they found into positioned findings next to the sources.
 */
import type { Finding, RawFinding } from '../finding.js';
import { readTable, type Table, type TableSpec } from '../load/table.js';
import type { Workspace } from '../load/workspace.js';
import type { SourceFile } from '../source/source-file.js';
import type { WorkbookResult } from '../source/xlsx-source.js';
import { finishFindings } from './finish.js';

/** The input file of a report command and how to read it. */
export interface ReportFile {
  workspace: Workspace;
  /** Absolute path of the file. */
  file: string;
  bytes: Uint8Array;
  /** Field → header, from `--map`. */
  map?: Record<string, string>;
  delimiter?: string;
  /** The worksheet of an XLSX file; default: the first. */
  sheet?: string;
  /** The workbook of an XLSX file, read beforehand with `readWorkbook`. */
  workbook?: WorkbookResult;
}

/** The findings of a report command and what the command line needs besides its report. */
export interface ReportOutcome {
  findings: Finding[];
  /** The workspace's sources and the input file, for code frames. */
  sources: Map<string, SourceFile>;
  /** The file's header cells, for messages about `--map`. */
  header: readonly string[];
  /** Headers given with `--map` that the file does not have: field → header. */
  unmatched: Map<string, string>;
  notes: string[];
}

/** Reads the input file as a table, or returns why it cannot be opened as one. */
export function readReportFile(input: ReportFile, spec: Pick<TableSpec, 'rule' | 'synonyms' | 'required'>): Table | { error: string } {
  return readTable(
    input.file,
    input.bytes,
    {
      ...spec,
      explicit: input.map ?? {},
      ...(input.delimiter === undefined ? {} : { delimiter: input.delimiter }),
      ...(input.sheet === undefined ? {} : { sheet: input.sheet }),
    },
    input.workbook,
  );
}

/** Positions and sorts the raw findings, with the input file among the sources. */
export function reportOutcome(input: ReportFile, table: Table, raw: readonly RawFinding[], notes: string[]): ReportOutcome {
  const sources = new Map(input.workspace.sources);
  sources.set(input.file, table.source);
  return { findings: finishFindings(raw, sources, input.workspace.config), sources, header: table.source.header, unmatched: table.unmatched, notes };
}
