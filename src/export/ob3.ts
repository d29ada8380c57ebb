/**
 * The Open Badges 3.0 target: one Achievement per badge, with the issuer embedded as its
 * `creator` Profile (3.0 writes no separate Profile file) and the badge's rubric as one
 * ResultDescription per criterion. docs/export.md lists where each field comes from.
 */
import type { Config } from '../config/types.js';
import { imagePath } from '../load/workspace.js';
import type { Model } from '../model/model.js';
import type { Alignment, Badge, Rubric, RubricCriterion } from '../model/types.js';
import { OB3_CONTEXT, VC_V2_CONTEXT } from '../openbadges/contexts.js';
import { issuerImagePath } from '../rules/export-metadata.js';
import { stableJson } from '../util/json.js';
import { alignmentTargetType, badgeAlignments, sortAlignments, sortedTags } from './alignments.js';
import { exportBase, type ExportBase } from './common.js';
import { ob3Language } from './language.js';
import { paths, seg, urlOf } from './layout.js';
import { criteriaNarrative } from './narrative.js';
import { ExportError, type ExportInput, type ExportTarget, type OutputFile } from './output.js';

export const DEFAULT_ACHIEVEMENT_TYPE = 'Badge';

export const ob3Target: ExportTarget = {
  name: 'ob3',
  description: 'Open Badges 3.0: one Achievement per badge, with the issuer as its embedded creator.',
  build: buildOb3,
  owns: ['achievements/*.json', 'images/*.png', 'images/*.svg'],
};

function buildOb3(input: ExportInput): OutputFile[] {
  const base = exportBase(input);
  const creator = creatorProfile(base, input.config);
  const files: OutputFile[] = [];

  for (const badge of input.model.badges) {
    const achievement = buildAchievement(badge, input, base, creator);
    files.push({ path: paths.achievement(badge.id), content: stableJson(achievement) });
  }

  files.push(...base.images.files.values());
  return files;
}

function buildAchievement(badge: Badge, input: ExportInput, base: ExportBase, creator: object): object {
  const { model, config } = input;
  if (badge.image === undefined) throw new ExportError(`Cannot export badge "${badge.id}": it has no image.`);

  const id = urlOf(base.baseUrl, paths.achievement(badge.id));
  const languageTag = badge.language ?? config.language;
  const inLanguage = ob3Language(languageTag);
  if (inLanguage === undefined) throw new ExportError(`Cannot export badge "${badge.id}": language "${languageTag}" has no Open Badges 3.0 form.`);

  const alignment = badgeAlignments(badge, model).map(ob3Alignment);
  const resultDescription = rubricResults(badge, id, model);
  const tag = sortedTags(badge.tags);

  return {
    '@context': [VC_V2_CONTEXT, OB3_CONTEXT],
    id,
    type: ['Achievement'],
    achievementType: badge.achievementType ?? DEFAULT_ACHIEVEMENT_TYPE,
    name: badge.name,
    description: badge.description,
    image: { id: base.images.publish(badge.image, imagePath(badge.image, badge.source.file)), type: 'Image' },
    criteria: { id: base.criteriaUrl(badge), narrative: criteriaNarrative(badge, model, { criteriaUrl: base.criteriaUrl }) },
    alignment: alignment.length > 0 ? alignment : undefined,
    resultDescription: resultDescription.length > 0 ? resultDescription : undefined,
    creator,
    tag: tag.length > 0 ? tag : undefined,
    inLanguage,
    version: badge.version,
    humanCode: badge.humanCode,
  };
}

/** The issuer as a 3.0 Profile; `telephone` in the config is 3.0's `phone`. */
function creatorProfile(base: ExportBase, config: Config): object {
  const { issuer, images } = base;
  return {
    id: issuer.id,
    type: ['Profile'],
    name: issuer.name,
    url: issuer.url,
    email: issuer.email,
    phone: issuer.telephone,
    description: issuer.description,
    image: issuer.image === undefined ? undefined : { id: images.publish(issuer.image, issuerImagePath(config)), type: 'Image' },
  };
}

function ob3Alignment(alignment: Alignment): object {
  return {
    type: ['Alignment'],
    targetName: alignment.name,
    targetUrl: alignment.url,
    targetDescription: alignment.description,
    targetFramework: alignment.framework,
    targetCode: alignment.code,
    targetType: alignmentTargetType(alignment),
  };
}

/**
 * One ResultDescription per criterion of the badge's rubric: its levels low to high with
 * points as strings, and the level `everyCriterionAtLeast` names as the required one.
 */
function rubricResults(badge: Badge, achievementId: string, model: Model): object[] {
  const rubric = badge.rubric === undefined ? undefined : model.get('rubric', badge.rubric);
  if (rubric === undefined) return [];
  return rubric.criteria.map((criterion) => resultDescription(criterion, rubric, achievementId, model));
}

function resultDescription(criterion: RubricCriterion, rubric: Rubric, achievementId: string, model: Model): object {
  const id = `${achievementId}#criterion/${seg(criterion.id)}`;
  const levelId = (levelKey: string) => `${id}/${seg(levelKey)}`;
  const required = rubric.passing?.everyCriterionAtLeast;
  const hasRequired = required !== undefined && criterion.levels.some((level) => level.id === required);
  const competency = model.get('competency', criterion.competency);
  const alignment = sortAlignments(competency?.alignments ?? []).map(ob3Alignment);

  return {
    id,
    type: ['ResultDescription'],
    name: criterion.name || criterion.description || criterion.id,
    alignment: alignment.length > 0 ? alignment : undefined,
    requiredLevel: hasRequired ? levelId(required) : undefined,
    resultType: 'RubricCriterionLevel',
    rubricCriterionLevel: criterion.levels.map((level) => ({
      id: levelId(level.id),
      type: ['RubricCriterionLevel'],
      name: level.name,
      description: level.descriptor,
      points: String(level.points),
    })),
  };
}
