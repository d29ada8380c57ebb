/** `stats` in the core: results file in, pass-rate report and positioned findings out. */
import { finaliseFindings } from '../engine/finalise.js';
import { SeverityResolver } from '../engine/severity.js';
import type { Finding, RawFinding } from '../finding.js';
import { RESULT_COLUMN_SYNONYMS } from '../load/columns.js';
import { readTable } from '../load/table.js';
import type { Workspace } from '../load/workspace.js';
import { passRateRule, type PassRateOptions } from '../rules/pass-rate.js';
import { resultRowRule } from '../rules/result-row.js';
import { createFinding } from '../rules/types.js';
import type { SourceFile } from '../source/source-file.js';
import type { WorkbookResult } from '../source/xlsx-source.js';
import { analyseResults, type StatsReport } from './analyse.js';
import { passRateFindings } from './findings.js';
import { readResults, RESULT_FIELDS_REQUIRED } from './results.js';

export interface StatsInput {
  workspace: Workspace;
  /** Absolute path of the results file. */
  file: string;
  bytes: Uint8Array;
  map?: Record<string, string>;
  delimiter?: string;
  /** The worksheet of an XLSX file; default: the first. */
  sheet?: string;
  /** The workbook of an XLSX file, read beforehand with `readWorkbook`. */
  workbook?: WorkbookResult;
  /** YYYY-MM-DD; outcomes dated later are findings. */
  today: string;
  /** Options given on the command line; they win over the `pass-rate` rule's options. */
  overrides?: Partial<PassRateOptions>;
}

export interface StatsResult {
  report: StatsReport;
  findings: Finding[];
  sources: Map<string, SourceFile>;
  header: readonly string[];
  unmatched: Map<string, string>;
  notes: string[];
}

/** Returns an error instead of a result when the file cannot be opened as a table. */
export function computeStats(input: StatsInput): StatsResult | { error: string } {
  const { workspace } = input;
  const table = readTable(input.file, input.bytes, {
    rule: resultRowRule,
    synonyms: RESULT_COLUMN_SYNONYMS,
    required: RESULT_FIELDS_REQUIRED,
    explicit: input.map ?? {},
    ...(input.delimiter === undefined ? {} : { delimiter: input.delimiter }),
    ...(input.sheet === undefined ? {} : { sheet: input.sheet }),
  }, input.workbook);
  if ('error' in table) return table;
  const raw: RawFinding[] = [...table.findings];
  if (table.source.header.length > 0 && !['passed', 'level'].some((field) => table.columns.has(field) || table.unmatched.has(field))) {
    const synonyms = [...(RESULT_COLUMN_SYNONYMS.passed ?? []).slice(0, 2), ...(RESULT_COLUMN_SYNONYMS.level ?? []).slice(0, 2)];
    raw.push(createFinding(resultRowRule, 'missingOutcomeColumn', { synonyms: synonyms.map((name) => `"${name[0]?.toUpperCase()}${name.slice(1)}"`).join(', ') }, { file: input.file, doc: 0, path: [] }));
  }

  const read = readResults(table, workspace.model, input.today);
  const severities = new SeverityResolver(workspace.config);
  const options = { ...severities.optionsOf(passRateRule), ...definedOnly(input.overrides ?? {}) };
  const report = analyseResults(read.outcomes, workspace.model, options.period, options);
  raw.push(...read.findings, ...passRateFindings(report, workspace.model));

  const sources = new Map(workspace.sources);
  sources.set(input.file, table.source);
  return { report, findings: finaliseFindings(raw, severities, sources), sources, header: table.source.header, unmatched: table.unmatched, notes: table.notes };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
