/** The `calibrate` report in each format: stylish, json, csv and md. */
import type { CriterionResult } from '../../calibration/analyse.js';
import { formatPercent, plural } from '../../util/text.js';
import { displayPath } from '../paths.js';
import { formatStylish } from '../stylish.js';
import { csvLine, decimal3, findingJson, findingRows, markdownTable, round6, textTable, type Align } from './tables.js';
import type { CalibrationInput } from './types.js';

const CRITERIA_HEADER = ['rubric', 'criterion', 'alpha', 'verdict', 'submissions', 'reviewers', 'scores'];
const CRITERIA_ALIGN: Align[] = ['left', 'left', 'right', 'left', 'right', 'right', 'right'];
const REVIEWER_HEADER = ['reviewer', 'scores', 'pairs', 'exact', 'adjacent', 'kappa'];
const REVIEWER_ALIGN: Align[] = ['left', 'right', 'right', 'right', 'right', 'right'];

export function calibrationStylish(input: CalibrationInput): string {
  const { report, styles } = input;
  const sections = [
    styles.bold(summaryLine(input)),
    `${styles.bold('Criteria')} ${styles.dim(`(Krippendorff's alpha, ordinal; reliable ≥ ${decimal3(report.thresholds.reliable)}, tentative ≥ ${decimal3(report.thresholds.tentative)})`)}\n${textTable(CRITERIA_HEADER, criteriaRows(input), CRITERIA_ALIGN)}`,
    `${styles.bold('Reviewers')} ${styles.dim('(agreement with the other reviewers; kappa: quadratic-weighted, against the consensus)')}\n${textTable(REVIEWER_HEADER, reviewerRows(input), REVIEWER_ALIGN)}`,
    `${styles.bold('Widest disagreement')}\n${disagreementLines(report.criteria).map((line) => `  ${line}`).join('\n')}`,
  ];
  const findings = formatStylish({ findings: input.findings, cwd: input.cwd, lines: input.lines, styles });
  return `${sections.join('\n\n')}\n\n${findings}`;
}

export function calibrationJson(input: CalibrationInput): string {
  const { report } = input;
  const document = {
    version: 1,
    command: 'calibrate',
    file: displayPath(input.file, input.cwd),
    thresholds: report.thresholds,
    totals: report.totals,
    criteria: report.criteria.map((result) => ({
      rubric: result.target.rubric.id,
      criterion: result.target.criterion.id,
      name: result.target.criterion.name ?? result.target.criterion.description ?? result.target.criterion.id,
      levels: result.target.criterion.levels.map((level) => level.id),
      submissions: result.submissions,
      reviewers: result.reviewers,
      scores: result.scores,
      pairable: result.pairable,
      alpha: round6(result.alpha),
      verdict: result.verdict,
      ...(result.reason === undefined ? {} : { reason: result.reason }),
      disagreements: result.disagreements,
    })),
    reviewers: report.reviewers.map((reviewer) => ({
      reviewer: reviewer.reviewer,
      scores: reviewer.scores,
      pairs: reviewer.pairs,
      exact: round6(reviewer.exact),
      adjacent: round6(reviewer.adjacent),
      kappa: round6(reviewer.kappa),
      criteria: reviewer.criteria.map((criterion) => ({ ...criterion, kappa: round6(criterion.kappa) })),
    })),
    findings: input.findings.map((finding) => findingJson(finding, input.cwd)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const CSV_HEADER = [
  'section', 'rubric', 'criterion', 'reviewer', 'submission', 'alpha', 'verdict', 'submissions', 'reviewers', 'scores',
  'pairs', 'exact', 'adjacent', 'kappa', 'spread', 'levels', 'severity', 'rule', 'file', 'line', 'column', 'message',
];

/** Writes one table with a `section` column: criterion, reviewer, disagreement and finding rows. */
export function calibrationCsv(input: CalibrationInput): string {
  const { report } = input;
  const row = (values: Partial<Record<(typeof CSV_HEADER)[number], string | number | null>>) => csvLine(CSV_HEADER.map((column) => values[column]));
  const lines = [csvLine(CSV_HEADER)];

  for (const result of report.criteria) {
    const { rubric, criterion } = result.target;
    lines.push(row({ section: 'criterion', rubric: rubric.id, criterion: criterion.id, alpha: round6(result.alpha), verdict: result.verdict, submissions: result.submissions, reviewers: result.reviewers, scores: result.scores }));
  }
  for (const reviewer of report.reviewers) {
    lines.push(row({ section: 'reviewer', reviewer: reviewer.reviewer, scores: reviewer.scores, pairs: reviewer.pairs, exact: round6(reviewer.exact), adjacent: round6(reviewer.adjacent), kappa: round6(reviewer.kappa) }));
    for (const criterion of reviewer.criteria) {
      lines.push(row({ section: 'reviewer-criterion', rubric: criterion.rubric, criterion: criterion.criterion, reviewer: reviewer.reviewer, pairs: criterion.comparisons, kappa: round6(criterion.kappa) }));
    }
  }
  for (const result of report.criteria) {
    for (const item of result.disagreements) {
      const levels = item.levels.map((entry) => `${entry.reviewer}=${entry.level}`).join('; ');
      lines.push(row({ section: 'disagreement', rubric: result.target.rubric.id, criterion: result.target.criterion.id, submission: item.submission, spread: item.spread, levels }));
    }
  }
  for (const finding of input.findings) {
    lines.push(row({ section: 'finding', severity: finding.severity, rule: finding.ruleId, file: displayPath(finding.file, input.cwd), line: finding.range.start.line, column: finding.range.start.column, message: finding.message }));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function calibrationMarkdown(input: CalibrationInput): string {
  const { report } = input;
  const parts = [
    `# Calibration of ${displayPath(input.file, input.cwd)}`,
    summaryLine(input),
    '## Criteria',
    `Krippendorff's alpha with the ordinal metric over each criterion's levels. Reliable at ${decimal3(report.thresholds.reliable)} or more, tentative at ${decimal3(report.thresholds.tentative)} or more.`,
    markdownTable(CRITERIA_HEADER, criteriaRows(input), CRITERIA_ALIGN),
    '## Reviewers',
    'Exact and adjacent agreement with every other reviewer who scored the same submission on the same criterion; quadratic-weighted kappa against the consensus of the others.',
    markdownTable(REVIEWER_HEADER, reviewerRows(input), REVIEWER_ALIGN),
    '## Widest disagreement',
    disagreementLines(report.criteria).map((line) => `- ${line}`).join('\n'),
    '## Findings',
    input.findings.length === 0 ? 'No problems found.' : markdownTable(['location', 'severity', 'rule', 'message'], findingRows(input.findings, input.cwd), ['left', 'left', 'left', 'left']),
  ];
  return `${parts.join('\n\n')}\n`;
}

function summaryLine(input: CalibrationInput): string {
  const { totals } = input.report;
  return (
    `Calibration of ${displayPath(input.file, input.cwd)}: ${plural(totals.scores, 'score')}, ` +
    `${plural(totals.submissions, 'submission')}, ${plural(totals.reviewers, 'reviewer')}` +
    (totals.missingScores > 0 ? `, ${plural(totals.missingScores, 'missing score')}.` : '.')
  );
}

function criteriaRows(input: CalibrationInput): string[][] {
  return input.report.criteria.map((result) => [
    result.target.rubric.id,
    result.target.criterion.id,
    decimal3(result.alpha),
    result.verdict,
    String(result.submissions),
    String(result.reviewers),
    String(result.scores),
  ]);
}

function reviewerRows(input: CalibrationInput): string[][] {
  return input.report.reviewers.map((reviewer) => [
    reviewer.reviewer,
    String(reviewer.scores),
    String(reviewer.pairs),
    formatPercent(reviewer.exact),
    formatPercent(reviewer.adjacent),
    decimal3(reviewer.kappa),
  ]);
}

function disagreementLines(criteria: readonly CriterionResult[]): string[] {
  const lines: string[] = [];
  for (const result of criteria) {
    const name = `${result.target.rubric.id} / ${result.target.criterion.id}`;
    if (result.disagreements.length === 0) {
      lines.push(`${name}: ${result.scores === 0 ? 'not scored' : 'no disagreement'}`);
      continue;
    }
    const items = result.disagreements.map((item) => `${item.submission} (${item.levels.map((entry) => `${entry.reviewer}: ${entry.level}`).join(', ')})`);
    lines.push(`${name}: ${items.join('; ')}`);
  }
  return lines.length === 0 ? ['no scores'] : lines;
}
