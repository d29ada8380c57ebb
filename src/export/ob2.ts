/**
 * The Open Badges 2.0 target: the issuer Profile and one BadgeClass per badge, each a JSON
 * file whose path under the output folder is its id's path under `baseUrl`.
 */
import { issuerImagePath } from '../rules/export-metadata.js';
import { imagePath } from '../load/workspace.js';
import { stableJson } from '../util/json.js';
import { badgeAlignments, sortedTags } from './alignments.js';
import { exportBase } from './common.js';
import { issuerFilePath, paths, urlOf } from './layout.js';
import { criteriaNarrative } from './narrative.js';
import { ExportError, type ExportInput, type ExportTarget, type OutputFile } from './output.js';

export const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';

export const ob2Target: ExportTarget = {
  name: 'ob2',
  description: 'Open Badges 2.0: the issuer Profile and one BadgeClass per badge.',
  build: buildOb2,
  // The issuer Profile is not listed: its path comes from the config, and it is always written.
  owns: ['badges/*.json', 'images/*.png', 'images/*.svg'],
};

function buildOb2(input: ExportInput): OutputFile[] {
  const { config, model } = input;
  const { baseUrl, issuer, images, criteriaUrl } = exportBase(input);
  const issuerPath = issuerFilePath(config);
  if (issuerPath === undefined) {
    throw new ExportError('Cannot export without baseUrl and an issuer id under it; run badgemap lint for details.');
  }

  const files: OutputFile[] = [];

  const profile = {
    '@context': OB2_CONTEXT,
    type: 'Issuer',
    id: issuer.id,
    name: issuer.name,
    url: issuer.url,
    email: issuer.email,
    description: issuer.description,
    telephone: issuer.telephone,
    image: issuer.image === undefined ? undefined : images.publish(issuer.image, issuerImagePath(config)),
  };
  files.push({ path: issuerPath, content: stableJson(profile) });

  for (const badge of model.badges) {
    if (badge.image === undefined) throw new ExportError(`Cannot export badge "${badge.id}": it has no image.`);
    const alignment = badgeAlignments(badge, model).map((item) => ({
      targetName: item.name,
      targetUrl: item.url,
      targetDescription: item.description,
      targetFramework: item.framework,
      targetCode: item.code,
    }));
    const tags = sortedTags(badge.tags);

    const badgeClass = {
      '@context': OB2_CONTEXT,
      '@language': badge.language ?? config.language,
      type: 'BadgeClass',
      id: urlOf(baseUrl, paths.badgeClass(badge.id)),
      name: badge.name,
      description: badge.description,
      image: images.publish(badge.image, imagePath(badge.image, badge.source.file)),
      criteria: { id: criteriaUrl(badge), narrative: criteriaNarrative(badge, model, { criteriaUrl }) },
      issuer: issuer.id,
      alignment: alignment.length > 0 ? alignment : undefined,
      tags: tags.length > 0 ? tags : undefined,
      version: badge.version,
    };
    files.push({ path: paths.badgeClass(badge.id), content: stableJson(badgeClass) });
  }

  files.push(...images.files.values());
  return files;
}
