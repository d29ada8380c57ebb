/**
 * The `json` report: a versioned, documented shape for scripts and other tools. Paths are
 * relative to the working directory with `/` separators; lines and columns are 1-based.
 * `JSON_FORMAT_VERSION` changes only when a field is removed or changes meaning.
 */
import { formatPath, type Finding, type Range } from '../finding.js';
import { ruleDocsUrl } from '../rules/docs-url.js';
import { stableJson } from '../util/json.js';
import { fingerprints } from './fingerprint.js';
import { displayFolder, displayPath } from './paths.js';
import { countBySeverity } from './stylish.js';
import type { ExportReport, ReportInput } from './types.js';

export const JSON_FORMAT_VERSION = 1;

export function formatJson(input: ReportInput): string {
  const counts = countBySeverity(input.findings);
  const prints = fingerprints(input.findings, input.cwd);

  const report = {
    formatVersion: JSON_FORMAT_VERSION,
    tool: { name: 'badgemap', version: input.toolVersion ?? null },
    summary: {
      errors: counts.error,
      warnings: counts.warn,
      infos: counts.info,
      hiddenWarnings: input.hidden?.warn ?? 0,
      hiddenInfos: input.hidden?.info ?? 0,
      checkedFiles: input.checked?.files ?? null,
      checkedDefinitions: input.checked?.definitions ?? null,
    },
    findings: input.findings.map((finding, index) => findingJson(finding, input.cwd, prints[index] ?? '')),
    ...(input.export === undefined ? {} : { export: exportJson(input.export, input.cwd) }),
  };
  return stableJson(report);
}

function findingJson(finding: Finding, cwd: string, fingerprint: string) {
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    message: finding.message,
    file: displayPath(finding.file, cwd),
    range: rangeJson(finding.range),
    dataPath: formatPath(finding.path),
    pathSegments: finding.path,
    definitionId: finding.definitionId ?? null,
    docsUrl: ruleDocsUrl(finding.ruleId),
    fingerprint,
    related: finding.related.map((related) => ({
      message: related.message,
      file: displayPath(related.file, cwd),
      range: rangeJson(related.range),
    })),
  };
}

function rangeJson(range: Range) {
  return {
    start: { line: range.start.line, column: range.start.column },
    end: { line: range.end.line, column: range.end.column },
  };
}

function exportJson(report: ExportReport, cwd: string) {
  return {
    status: report.status,
    outDir: displayFolder(report.outDir, cwd),
    targets: report.targets,
    badges: report.badges,
    files: report.files,
    ...(report.drift === undefined ? {} : { drift: report.drift }),
  };
}
