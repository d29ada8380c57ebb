/** Turns the verdict of each criterion into a `calibration` finding on the rubric criterion. */
import type { RawFinding, Severity } from '../finding.js';
import { locate } from '../model/types.js';
import { calibrationRule, type CalibrationOptions } from '../rules/calibration.js';
import { createFinding } from '../rules/types.js';
import { listNames } from '../util/text.js';
import type { CalibrationReport, CriterionResult } from './analyse.js';

const REASONS: Record<string, string> = {
  'no-pairable-values': 'no submission was scored by two reviewers',
  'no-variation': 'every score is on the same level, so agreement cannot be told from chance; include submissions of different quality',
};

export function calibrationFindings(report: CalibrationReport, thresholds: CalibrationOptions): RawFinding[] {
  return report.criteria.flatMap((result) => {
    const finding = findingFor(result, thresholds);
    return finding === undefined ? [] : [finding];
  });
}

function findingFor(result: CriterionResult, thresholds: CalibrationOptions): RawFinding | undefined {
  const { rubric, criterion, index } = result.target;
  const location = locate(rubric, 'criteria', index, 'id');
  const base = { criterion: criterion.id, rubric: rubric.id };
  const extras = (severity: Severity) => ({ definitionId: rubric.id, severity });
  const submissions = listNames(result.disagreements.map((item) => `"${item.submission}"`)) || 'the submissions scored most differently';

  switch (result.verdict) {
    case 'unreliable':
      return createFinding(calibrationRule, 'unreliable', { ...base, alpha: formatAlpha(result.alpha), tentative: formatAlpha(thresholds.tentative), submissions }, location, extras('warn'));
    case 'tentative':
      return createFinding(calibrationRule, 'tentative', { ...base, alpha: formatAlpha(result.alpha), reliable: formatAlpha(thresholds.reliable), submissions }, location, extras('info'));
    case 'not computable':
      return createFinding(calibrationRule, 'notComputable', { ...base, reason: REASONS[result.reason ?? ''] ?? 'not enough data' }, location, extras('info'));
    default:
      return undefined;
  }
}

/** Alpha with three decimals, as Krippendorff reports it. */
export function formatAlpha(alpha: number | null): string {
  return alpha === null ? '–' : alpha.toFixed(3);
}
