/** `stats` in the core: results file in, pass-rate report and positioned findings out. */
import { readReportFile, reportOutcome, type ReportFile, type ReportOutcome } from '../engine/report-input.js';
import { SeverityResolver } from '../engine/severity.js';
import type { RawFinding } from '../finding.js';
import { RESULT_COLUMN_SYNONYMS } from '../load/columns.js';
import { passRateRule, type PassRateOptions } from '../rules/pass-rate.js';
import { resultRowRule } from '../rules/result-row.js';
import { createFinding } from '../rules/types.js';
import { analyseResults, type StatsReport } from './analyse.js';
import { passRateFindings, reportedSignals } from './findings.js';
import { readResults, RESULT_FIELDS_REQUIRED } from './results.js';

export interface StatsInput extends ReportFile {
  /** YYYY-MM-DD; outcomes dated later are findings. */
  today: string;
  /** Options given on the command line; they win over the `pass-rate` rule's options. */
  overrides?: Partial<PassRateOptions>;
}

export interface StatsResult extends ReportOutcome {
  report: StatsReport;
}

/** Returns an error instead of a result when the file cannot be opened as a table. */
export function computeStats(input: StatsInput): StatsResult | { error: string } {
  const table = readReportFile(input, { rule: resultRowRule, synonyms: RESULT_COLUMN_SYNONYMS, required: RESULT_FIELDS_REQUIRED });
  if ('error' in table) return table;
  const { workspace } = input;
  const raw: RawFinding[] = [...table.findings];
  if (table.source.header.length > 0 && !['passed', 'level'].some((field) => table.columns.has(field) || table.unmatched.has(field))) {
    raw.push(missingOutcomeColumn(input.file));
  }

  const read = readResults(table, workspace.model, input.today);
  const severities = new SeverityResolver(workspace.config);
  const options = { ...severities.optionsOf(passRateRule), ...definedOnly(input.overrides ?? {}) };
  const report = reportedSignals(analyseResults(read.outcomes, workspace.model, options.period, options), workspace.model, severities);
  raw.push(...read.findings, ...passRateFindings(report, workspace.model));
  return { report, ...reportOutcome(input, table, raw, table.notes) };
}

/** The finding on a header with neither a passed nor a level column. */
function missingOutcomeColumn(file: string): RawFinding {
  const names = [...(RESULT_COLUMN_SYNONYMS.passed ?? []).slice(0, 2), ...(RESULT_COLUMN_SYNONYMS.level ?? []).slice(0, 2)];
  const synonyms = names.map((name) => `"${name[0]?.toUpperCase()}${name.slice(1)}"`).join(', ');
  return createFinding(resultRowRule, 'missingOutcomeColumn', { synonyms }, { file, doc: 0, path: [] });
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
