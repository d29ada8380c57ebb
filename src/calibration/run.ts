/** `calibrate` in the core: scores file in, calibration report and positioned findings out. */
import { finaliseFindings } from '../engine/finalise.js';
import { SeverityResolver } from '../engine/severity.js';
import type { Finding, RawFinding } from '../finding.js';
import { SCORE_COLUMN_SYNONYMS } from '../load/columns.js';
import { readTable } from '../load/table.js';
import type { Workspace } from '../load/workspace.js';
import { calibrationRule } from '../rules/calibration.js';
import { scoreRowRule } from '../rules/score-row.js';
import type { SourceFile } from '../source/source-file.js';
import type { WorkbookResult } from '../source/xlsx-source.js';
import { analyseCalibration, type CalibrationReport } from './analyse.js';
import { calibrationFindings } from './findings.js';
import { readScores, SCORE_FIELDS_REQUIRED } from './scores.js';

export interface CalibrateInput {
  workspace: Workspace;
  /** Absolute path of the scores file. */
  file: string;
  bytes: Uint8Array;
  /** Field → header, from `--map`. */
  map?: Record<string, string>;
  delimiter?: string;
  /** The worksheet of an XLSX file; default: the first. */
  sheet?: string;
  /** The workbook of an XLSX file, read beforehand with `readWorkbook`. */
  workbook?: WorkbookResult;
  /** The rubric every criterion belongs to, when the file has no rubric column. */
  rubric?: string;
  /** Submissions to list per criterion; default 3. */
  top?: number;
}

export interface CalibrateResult {
  report: CalibrationReport;
  findings: Finding[];
  /** The workspace's sources and the scores file, for code frames. */
  sources: Map<string, SourceFile>;
  /** The file's header cells, for messages about `--map`. */
  header: readonly string[];
  /** Headers given with `--map` that the file does not have: field → header. */
  unmatched: Map<string, string>;
  notes: string[];
}

/** Returns an error instead of a result when the file cannot be opened as a table. */
export function calibrate(input: CalibrateInput): CalibrateResult | { error: string } {
  const { workspace } = input;
  const table = readTable(input.file, input.bytes, {
    rule: scoreRowRule,
    synonyms: SCORE_COLUMN_SYNONYMS,
    required: SCORE_FIELDS_REQUIRED,
    explicit: input.map ?? {},
    ...(input.delimiter === undefined ? {} : { delimiter: input.delimiter }),
    ...(input.sheet === undefined ? {} : { sheet: input.sheet }),
  }, input.workbook);
  if ('error' in table) return table;
  const read = readScores(table, workspace.model, input.rubric === undefined ? {} : { rubric: input.rubric });

  const severities = new SeverityResolver(workspace.config);
  const thresholds = severities.optionsOf(calibrationRule);
  const report = analyseCalibration(read.scores, read.missingScores, { thresholds, top: input.top ?? 3 });

  const raw: RawFinding[] = [...table.findings, ...read.findings, ...calibrationFindings(report, thresholds)];
  const sources = new Map(workspace.sources);
  sources.set(input.file, table.source);
  const notes = [...table.notes];
  if (read.missingScores > 0) notes.push(`${input.file}: ${read.missingScores} rows without a level were read as missing scores`);

  return { report, findings: finaliseFindings(raw, severities, sources), sources, header: table.source.header, unmatched: table.unmatched, notes };
}
