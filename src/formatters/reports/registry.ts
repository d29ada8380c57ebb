/**
 * Report formats of `calibrate` and `stats` by `--format` name. These reports carry results
 * as well as findings, so they have their own formats, separate from lint's.
 */
import { calibrationCsv, calibrationJson, calibrationMarkdown, calibrationStylish } from './calibration.js';
import { statsCsv, statsJson, statsMarkdown, statsStylish } from './stats.js';
import type { CalibrationInput, ReportFormatter, StatsInput } from './types.js';

export const CALIBRATION_FORMATS: Record<string, ReportFormatter<CalibrationInput>> = {
  stylish: calibrationStylish,
  json: calibrationJson,
  csv: calibrationCsv,
  md: calibrationMarkdown,
};

export const STATS_FORMATS: Record<string, ReportFormatter<StatsInput>> = {
  stylish: statsStylish,
  json: statsJson,
  csv: statsCsv,
  md: statsMarkdown,
};
