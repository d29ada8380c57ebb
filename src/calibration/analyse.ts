/**
 * The calibration report. Each criterion gets Krippendorff's alpha with the ordinal metric
 * over the rubric's levels, and a verdict. Each reviewer gets their agreement with the other
 * reviewers. The submissions the reviewers disagreed on most are listed per criterion.
 */
import { compareText } from '../finding.js';
import type { Rubric } from '../model/types.js';
import type { CalibrationOptions } from '../rules/calibration.js';
import { countAgreement, lowerMedian, share, type AgreementCounts } from '../stats/agreement.js';
import { quadraticWeightedKappa } from '../stats/kappa.js';
import { krippendorffAlpha, type NotComputable } from '../stats/krippendorff.js';
import type { CriterionRef, Score } from './scores.js';

/** `not scored` is a criterion of a scored rubric that the file has no scores for. */
export type Verdict = 'reliable' | 'tentative' | 'unreliable' | 'not computable' | 'not scored';

export interface Disagreement {
  submission: string;
  /** Levels between the lowest and the highest score: 0 is full agreement. */
  spread: number;
  /** Each reviewer's level id, by reviewer name. */
  levels: { reviewer: string; level: string }[];
}

export interface CriterionResult {
  target: CriterionRef;
  submissions: number;
  reviewers: number;
  scores: number;
  /** Pairable values: scores on submissions that at least two reviewers scored. */
  pairable: number;
  alpha: number | null;
  reason?: NotComputable | 'no-scores';
  verdict: Verdict;
  /** The submissions with the widest disagreement, widest first. */
  disagreements: Disagreement[];
}

export interface ReviewerCriterionResult {
  rubric: string;
  criterion: string;
  comparisons: number;
  kappa: number | null;
}

export interface ReviewerResult {
  reviewer: string;
  scores: number;
  /** Scores compared with each other reviewer's score of the same submission and criterion. */
  pairs: number;
  exact: number | null;
  adjacent: number | null;
  /** Quadratic-weighted kappa against the consensus, pooled over criteria by comparisons. */
  kappa: number | null;
  criteria: ReviewerCriterionResult[];
}

export interface CalibrationReport {
  thresholds: CalibrationOptions;
  criteria: CriterionResult[];
  reviewers: ReviewerResult[];
  totals: { scores: number; submissions: number; reviewers: number; missingScores: number };
}

export interface AnalyseOptions {
  thresholds: CalibrationOptions;
  /** How many submissions to list per criterion. */
  top: number;
}

export function analyseCalibration(scores: readonly Score[], missingScores: number, options: AnalyseOptions): CalibrationReport {
  const groups = groupByCriterion(scores);
  const criteria = [...groups.values()].map((group) => criterionResult(group.target, group.scores, options));

  return {
    thresholds: options.thresholds,
    criteria,
    reviewers: reviewerResults(scores),
    totals: {
      scores: scores.length,
      submissions: new Set(scores.map((score) => score.submission)).size,
      reviewers: new Set(scores.map((score) => score.reviewer)).size,
      missingScores,
    },
  };
}

export function verdictOf(alpha: number | null, thresholds: CalibrationOptions): Verdict {
  if (alpha === null) return 'not computable';
  if (alpha >= thresholds.reliable) return 'reliable';
  return alpha >= thresholds.tentative ? 'tentative' : 'unreliable';
}

/** Groups the scores by criterion, listing every criterion of every rubric the scores use, in rubric id then declared order. */
function groupByCriterion(scores: readonly Score[]): Map<string, { target: CriterionRef; scores: Score[] }> {
  const rubrics = new Map<string, Rubric>();
  for (const score of scores) rubrics.set(score.target.rubric.id, score.target.rubric);

  const groups = new Map<string, { target: CriterionRef; scores: Score[] }>();
  for (const rubric of [...rubrics.values()].sort((a, b) => compareText(a.id, b.id))) {
    rubric.criteria.forEach((criterion, index) => {
      groups.set(criterionKey(rubric.id, criterion.id), { target: { rubric, criterion, index }, scores: [] });
    });
  }
  for (const score of scores) groups.get(criterionKey(score.target.rubric.id, score.target.criterion.id))?.scores.push(score);
  return groups;
}

function criterionResult(target: CriterionRef, scores: readonly Score[], options: AnalyseOptions): CriterionResult {
  const bySubmission = groupBy(scores, (score) => score.submission);
  const units = [...bySubmission.values()].map((group) => group.map((score) => score.level));
  const alpha = krippendorffAlpha(units, 'ordinal');
  const reason = scores.length === 0 ? 'no-scores' : alpha.reason;

  return {
    target,
    submissions: bySubmission.size,
    reviewers: new Set(scores.map((score) => score.reviewer)).size,
    scores: scores.length,
    pairable: alpha.pairable,
    alpha: alpha.alpha,
    ...(reason === undefined ? {} : { reason }),
    verdict: scores.length === 0 ? 'not scored' : verdictOf(alpha.alpha, options.thresholds),
    disagreements: widestDisagreements(target, bySubmission, options.top),
  };
}

/**
 * Submissions ordered by spread, then by how far apart their scores are on average, then by
 * id, so that the list is stable. Only submissions with some disagreement are listed.
 */
function widestDisagreements(target: CriterionRef, bySubmission: Map<string, Score[]>, top: number): Disagreement[] {
  const candidates = [...bySubmission.entries()]
    .filter(([, group]) => group.length >= 2)
    .map(([submission, group]) => {
      const levels = group.map((score) => score.level);
      return { submission, group, spread: Math.max(...levels) - Math.min(...levels), distance: meanPairDistance(levels) };
    })
    .filter((candidate) => candidate.spread > 0)
    .sort((a, b) => b.spread - a.spread || b.distance - a.distance || compareText(a.submission, b.submission));

  return candidates.slice(0, top).map((candidate) => ({
    submission: candidate.submission,
    spread: candidate.spread,
    levels: [...candidate.group]
      .sort((a, b) => compareText(a.reviewer, b.reviewer))
      .map((score) => ({ reviewer: score.reviewer, level: target.criterion.levels[score.level]?.id ?? String(score.level) })),
  }));
}

function meanPairDistance(levels: readonly number[]): number {
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < levels.length; i++) {
    for (let j = i + 1; j < levels.length; j++) {
      total += Math.abs((levels[i] ?? 0) - (levels[j] ?? 0));
      pairs++;
    }
  }
  return pairs === 0 ? 0 : total / pairs;
}

/**
 * Compares each reviewer with the others. Exact and adjacent agreement count every pair of
 * scores shared with another reviewer. Quadratic-weighted kappa compares with the consensus,
 * which is the lower median of the other reviewers' levels for the same submission.
 */
function reviewerResults(scores: readonly Score[]): ReviewerResult[] {
  const byCell = groupBy(scores, (score) => criterionKey(score.target.rubric.id, score.target.criterion.id, score.submission));
  const byReviewer = groupBy(scores, (score) => score.reviewer);
  const results: ReviewerResult[] = [];

  for (const [reviewer, own] of byReviewer) {
    const counts: AgreementCounts = { pairs: 0, exact: 0, adjacent: 0 };
    const consensus = new Map<string, { target: CriterionRef; mine: number[]; theirs: number[] }>();

    for (const score of own) {
      const cell = byCell.get(criterionKey(score.target.rubric.id, score.target.criterion.id, score.submission)) ?? [];
      const others = cell.filter((other) => other.reviewer !== reviewer).map((other) => other.level);
      if (others.length === 0) continue;
      countAgreement(score.level, others, counts);

      const key = criterionKey(score.target.rubric.id, score.target.criterion.id);
      const entry = consensus.get(key) ?? { target: score.target, mine: [], theirs: [] };
      entry.mine.push(score.level);
      entry.theirs.push(lowerMedian(others) as number);
      consensus.set(key, entry);
    }

    const criteria = [...consensus.values()].map(({ target, mine, theirs }) => ({
      rubric: target.rubric.id,
      criterion: target.criterion.id,
      comparisons: mine.length,
      kappa: quadraticWeightedKappa(mine, theirs, target.criterion.levels.length).kappa,
    }));
    criteria.sort((a, b) => compareText(a.rubric, b.rubric) || compareText(a.criterion, b.criterion));

    results.push({
      reviewer,
      scores: own.length,
      pairs: counts.pairs,
      exact: share(counts.exact, counts.pairs),
      adjacent: share(counts.adjacent, counts.pairs),
      kappa: pooledKappa(criteria),
      criteria,
    });
  }

  return results.sort((a, b) => compareText(a.reviewer, b.reviewer));
}

/** Averages the computable per-criterion kappas, weighted by their comparisons. */
function pooledKappa(criteria: readonly ReviewerCriterionResult[]): number | null {
  let weighted = 0;
  let weight = 0;
  for (const criterion of criteria) {
    if (criterion.kappa === null) continue;
    weighted += criterion.kappa * criterion.comparisons;
    weight += criterion.comparisons;
  }
  return weight === 0 ? null : weighted / weight;
}

function criterionKey(...parts: string[]): string {
  return parts.join('\u0000');
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}
