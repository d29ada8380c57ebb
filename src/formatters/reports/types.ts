/** The input of the report formats of `calibrate` and `stats`, and the shape they share. */
import type { CalibrationReport } from '../../calibration/analyse.js';
import type { Finding } from '../../finding.js';
import type { StatsReport } from '../../outcomes/analyse.js';
import type { Styles } from '../types.js';

interface ReportBase {
  /** Absolute path of the input file. */
  file: string;
  findings: readonly Finding[];
  cwd: string;
  lines(file: string): readonly string[] | undefined;
  styles: Styles;
}

export interface CalibrationInput extends ReportBase {
  report: CalibrationReport;
}

export interface StatsInput extends ReportBase {
  report: StatsReport;
}

export type ReportFormatter<Input> = (input: Input) => string;
