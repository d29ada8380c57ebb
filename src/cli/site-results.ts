/**
 * `site --results FILE`: reads an assessment results file as `stats` does and turns its pass
 * rates into sections of the badge and competency pages. Errors in the file stop the site.
 * `pass-rate` findings never do, because the sections exist to show them.
 */
import { passRateExtensions } from '../charts/pass-rate-sections.js';
import type { Finding } from '../finding.js';
import { countBySeverity } from '../formatters/stylish.js';
import { displayPath } from '../formatters/paths.js';
import { RESULT_COLUMN_SYNONYMS } from '../load/columns.js';
import type { Workspace } from '../load/workspace.js';
import { computeStats } from '../outcomes/run.js';
import { passRateRule, type PassRateOptions } from '../rules/pass-rate.js';
import type { SiteExtensions } from '../site/extensions.js';
import { listNames, plural } from '../util/text.js';
import { EXIT_FINDINGS, UsageError } from './errors.js';
import type { GlobalOptions } from './options.js';
import { PASS_RATE_FLAGS, passRateOverrides, type PassRateFlags } from './pass-rate-options.js';
import { writeReports, type ReportTarget } from './report.js';
import { checkUnmatched, readerOptions, readTableInput, writeNotes, type TableInput, type TableOptions } from './results-command.js';

export interface SiteResultsOptions extends TableOptions, PassRateFlags {
  results?: string;
}

const TABLE_FLAGS: Record<keyof TableOptions, string> = { map: '--map', delimiter: '--delimiter', sheet: '--sheet' };

/** The results file read from disk, with the thresholds given on the command line. */
export interface ResultsRequest {
  table: TableInput;
  overrides: Partial<PassRateOptions>;
}

export type SiteResults = { passed: true; extensions: SiteExtensions; summary: string } | { passed: false; exitCode: number };

/**
 * Checks the options that belong to `--results` and reads the file, before the repository is
 * linted, so that a mistyped option costs no lint run. Returns `undefined` without `--results`.
 */
export async function readResultsRequest(cwd: string, options: SiteResultsOptions): Promise<ResultsRequest | undefined> {
  if (options.results === undefined) {
    const flags = { ...PASS_RATE_FLAGS, ...TABLE_FLAGS };
    const usedFlags = (Object.keys(flags) as (keyof typeof flags)[]).filter((key) => options[key] !== undefined).map((key) => flags[key]);
    if (usedFlags.length > 0) {
      throw new UsageError(`${listNames(usedFlags)} ${usedFlags.length === 1 ? 'has' : 'have'} no effect without --results FILE, the assessment results to chart.`);
    }
    return undefined;
  }

  const overrides = passRateOverrides(options);
  const table = await readTableInput(cwd, options.results, options, Object.keys(RESULT_COLUMN_SYNONYMS));
  return { table, overrides };
}

/**
 * Computes the pass rates and returns the site extension that shows them. When the results
 * file has errors, reports every finding of it and returns exit code 1 instead, so that no
 * page shows rates computed without the rows left out.
 */
export function passRatesForSite(request: ResultsRequest, workspace: Workspace, global: GlobalOptions, reports: readonly ReportTarget[], cwd: string): SiteResults {
  const { table } = request;
  const result = computeStats({ workspace, ...table.input, map: table.map, today: global.today, overrides: request.overrides, ...readerOptions(table) });
  const file = displayPath(table.input.file, cwd);
  if ('error' in result) throw new UsageError(`Cannot read ${file}: ${result.error}.`);
  checkUnmatched(result.unmatched, result.header);
  writeNotes(result.notes, global.verbose, cwd);

  const errors = result.findings.filter((finding) => finding.severity === 'error' && finding.ruleId !== passRateRule.id);
  if (errors.length > 0) {
    writeReports(reports, { findings: result.findings, cwd, lines: (source) => result.sources.get(source)?.lines() });
    process.stderr.write(`badgemap: site not written: fix the ${plural(errors.length, 'error')} in ${file} above first.\n`);
    return { passed: false, exitCode: EXIT_FINDINGS };
  }

  const { report } = result;
  const pages = `${plural(report.badges.length, 'badge page')} and ${plural(report.competencies.length, 'competency page')}`;
  const summary = `Pass rates from ${file} shown on ${pages}${findingCounts(result.findings)}.`;
  return { passed: true, extensions: passRateExtensions(report), summary };
}

/** `, with 2 warnings; run badgemap stats to see them`, or nothing when there is no finding. */
function findingCounts(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const counts = countBySeverity(findings);
  const parts = [
    counts.error > 0 ? plural(counts.error, 'error') : '',
    counts.warn > 0 ? plural(counts.warn, 'warning') : '',
    counts.info > 0 ? plural(counts.info, 'info', 'infos') : '',
  ].filter((part) => part !== '');
  return `, with ${listNames(parts)}; run badgemap stats to see them`;
}
