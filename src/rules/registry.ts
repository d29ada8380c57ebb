/** Every rule badgemap knows, in the order `badgemap rules` lists them. */
import { badgeOverlapRule } from './badge-overlap.js';
import { competencyOverlapRule } from './competency-overlap.js';
import { calibrationRule } from './calibration.js';
import { configRule } from './config.js';
import { duplicateIdRule } from './duplicate-id.js';
import { exportMetadataRule } from './export-metadata.js';
import { passRateRule } from './pass-rate.js';
import { prerequisiteCycleRule } from './prerequisite-cycle.js';
import { resultRowRule } from './result-row.js';
import { schemaRule } from './schema.js';
import { obContextRule } from './ob-context.js';
import { obRuleRule } from './ob-rule.js';
import { obSchemaRule } from './ob-schema.js';
import { obVersionRule } from './ob-version.js';
import { csvSyntaxRule, duplicateKeyRule, jsonSyntaxRule, yamlSyntaxRule } from './syntax.js';
import { scoreRowRule } from './score-row.js';
import type { Rule } from './types.js';
import { unknownReferenceRule } from './unknown-reference.js';
import { bloomLevelRule } from './bloom-level.js';
import { broadCompetencyRule } from './broad-competency.js';
import { compoundCompetencyRule } from './compound-competency.js';
import { insecureUrlRule } from './insecure-url.js';
import { knowledgeOnlyAssessmentRule } from './knowledge-only-assessment.js';
import { measurableVerbRule } from './measurable-verb.js';
import { missingEvidenceRule } from './missing-evidence.js';
import { missingRubricRule } from './missing-rubric.js';
import { moduleScopeRule } from './module-scope.js';
import { noCompetenciesRule } from './no-competencies.js';
import { prerequisiteLevelRule } from './prerequisite-level.js';
import { redundantPrerequisiteRule } from './redundant-prerequisite.js';
import { rubricCoverageRule } from './rubric-coverage.js';
import { rubricLevelsRule } from './rubric-levels.js';
import { staleReviewRule } from './stale-review.js';
import { textEncodingRule } from './text-encoding.js';
import { unassessedCompetencyRule } from './unassessed-competency.js';
import { unusedDirectiveRule } from './unused-directive.js';
import { vocabularyRule } from './vocabulary.js';
import { weakCriteriaRule } from './weak-criteria.js';

export const RULES: readonly Rule[] = [
  configRule,
  yamlSyntaxRule,
  duplicateKeyRule,
  csvSyntaxRule,
  schemaRule,
  duplicateIdRule,
  unknownReferenceRule,
  prerequisiteCycleRule,
  exportMetadataRule,
  redundantPrerequisiteRule,
  prerequisiteLevelRule,
  noCompetenciesRule,
  measurableVerbRule,
  bloomLevelRule,
  broadCompetencyRule,
  compoundCompetencyRule,
  weakCriteriaRule,
  knowledgeOnlyAssessmentRule,
  missingEvidenceRule,
  missingRubricRule,
  rubricCoverageRule,
  rubricLevelsRule,
  vocabularyRule,
  unassessedCompetencyRule,
  staleReviewRule,
  moduleScopeRule,
  insecureUrlRule,
  textEncodingRule,
  unusedDirectiveRule,
  competencyOverlapRule,
  badgeOverlapRule,
  jsonSyntaxRule,
  obSchemaRule,
  obRuleRule,
  obContextRule,
  obVersionRule,
  scoreRowRule,
  resultRowRule,
  calibrationRule,
  passRateRule,
] as readonly Rule[];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
