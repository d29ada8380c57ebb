/** `calibrate` in the core: scores file in, calibration report and positioned findings out. */
import { readReportFile, reportOutcome, type ReportFile, type ReportOutcome } from '../engine/report-input.js';
import { SeverityResolver } from '../engine/severity.js';
import type { RawFinding } from '../finding.js';
import { SCORE_COLUMN_SYNONYMS } from '../load/columns.js';
import { calibrationRule } from '../rules/calibration.js';
import { scoreRowRule } from '../rules/score-row.js';
import { analyseCalibration, type CalibrationReport } from './analyse.js';
import { calibrationFindings } from './findings.js';
import { readScores, SCORE_FIELDS_REQUIRED } from './scores.js';

export interface CalibrateInput extends ReportFile {
  /** The rubric every criterion belongs to, when the file has no rubric column. */
  rubric?: string;
  /** Submissions to list per criterion; default 3. */
  top?: number;
}

export interface CalibrateResult extends ReportOutcome {
  report: CalibrationReport;
}

/** Returns an error instead of a result when the file cannot be opened as a table. */
export function calibrate(input: CalibrateInput): CalibrateResult | { error: string } {
  const table = readReportFile(input, { rule: scoreRowRule, synonyms: SCORE_COLUMN_SYNONYMS, required: SCORE_FIELDS_REQUIRED });
  if ('error' in table) return table;
  const { workspace } = input;
  const read = readScores(table, workspace.model, input.rubric === undefined ? {} : { rubric: input.rubric });

  const severities = new SeverityResolver(workspace.config);
  const thresholds = severities.optionsOf(calibrationRule);
  const report = analyseCalibration(read.scores, read.missingScores, { thresholds, top: input.top ?? 3 });

  const raw: RawFinding[] = [...table.findings, ...read.findings, ...calibrationFindings(report, thresholds)];
  const notes = [...table.notes];
  if (read.missingScores > 0) notes.push(`${input.file}: ${read.missingScores} rows without a level were read as missing scores`);
  return { report, ...reportOutcome(input, table, raw, notes) };
}
