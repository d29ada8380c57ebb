import { configLocation, type Config } from '../config/types.js';
import { sniffImage } from '../export/image.js';
import { ob3Language } from '../export/language.js';
import { issuerFilePath } from '../export/layout.js';
import { ACHIEVEMENT_TYPES, isAchievementType } from '../openbadges/ob3/vocabulary.js';
import { didYouMean } from '../util/suggest.js';
import { imagePath } from '../load/workspace.js';
import type { Location } from '../finding.js';
import type { Model } from '../model/model.js';
import { locate } from '../model/types.js';
import { defineRule, type RuleContext } from './types.js';

const MESSAGES = {
  noBaseUrl: 'The config has no "baseUrl"; export builds every Open Badges id under it. Add one, such as baseUrl: https://badges.example.org/.',
  noIssuer: 'The config has no "issuer"; Open Badges need an issuer with id, name, url and email.',
  issuerField: 'The issuer has no "{field}"; Open Badges 2.0 requires it.',
  issuerOutsideBase: 'The issuer id "{id}" is not under baseUrl "{baseUrl}", so export cannot write the issuer Profile where the id points.',
  issuerPath: 'The issuer id "{id}" must name a file under baseUrl with letters, digits, "-", "_" and "." only, such as {baseUrl}issuer.json.',
  noImage: 'Badge "{id}" has no image; Open Badges require one. Add image: with a PNG or SVG file.',
  unreadableImage: 'Cannot read image "{image}": {reason}.',
  wrongImageType: 'Image "{image}" is {format}; Open Badges accept PNG or SVG only.',
  ob3Language: 'Language "{tag}" has no Open Badges 3.0 form: inLanguage takes a language, an optional script and an optional region, such as en, en-GB or zh-Hant-TW.',
  achievementType: 'Achievement type "{value}" is not an Open Badges 3.0 value: use one of the {count} listed types, such as Badge, Certificate or MicroCredential, or an "ext:" name.{hint}',
} as const;

type MessageId = keyof typeof MESSAGES;

/** Checks, at lint time, what export would need and reject: issuer, baseUrl and images. */
export const exportMetadataRule = defineRule({
  id: 'export-metadata',
  defaultSeverity: 'error',
  description: 'What Open Badges needs and is missing: issuer fields, baseUrl, a PNG or SVG image per badge, a 3.0 language tag and achievement type.',
  defaultOptions: {},
  messages: MESSAGES,
  docs: {
    finds:
      'What Open Badges export needs and the repository lacks: a `baseUrl`, an `issuer` with `id`, `name`, `url` and `email`, an ' +
      'issuer id under `baseUrl`, and for every badge an `image` that is a readable PNG or SVG file (or an http(s) URL). Checked by ' +
      '`lint` too, so a pull request learns about it before a release fails.',
    why:
      'Open Badges 2.0 requires these fields, and export refuses to write badges that would break the specification. Reporting them ' +
      'at lint time keeps the release pipeline green.',
    failing: {
      description: 'The config has no issuer, and the badge has no image.',
      files: {
        'badgemap.yaml': ['baseUrl: https://badges.example.org/', ''].join('\n'),
        'badge.yaml': ['kind: badge', 'id: tls', 'name: TLS', 'description: Configures TLS.', 'competencies: []', ''].join('\n'),
      },
    },
    passing: {
      description: 'A complete issuer, and an image given by URL.',
      files: {
        'badgemap.yaml': [
          'issuer: { id: https://badges.example.org/issuer.json, name: Example, url: https://example.org, email: badges@example.org }',
          'baseUrl: https://badges.example.org/',
          '',
        ].join('\n'),
        'badge.yaml': ['kind: badge', 'id: tls', 'name: TLS', 'description: Configures TLS.', 'competencies: []', 'image: https://badges.example.org/images/tls.png', ''].join('\n'),
      },
    },
  },
  check(context) {
    checkConfig(context);
    checkIssuerImage(context);
    checkOb3Fields(context);
    for (const badge of context.model.badges) {
      if (badge.image === undefined) {
        context.report('noImage', { id: badge.id }, locate(badge, 'id'), { definitionId: badge.id });
        continue;
      }
      const file = imagePath(badge.image, badge.source.file);
      if (file !== undefined) checkImage(context, context.model, file, badge.image, locate(badge, 'image'), badge.id);
    }
  },
});

function checkConfig(context: RuleContext<object, MessageId>): void {
  const { config } = context;
  if (config.baseUrl === undefined) context.report('noBaseUrl', {}, configLocation(config));

  const issuer = config.issuer;
  if (issuer === undefined) {
    context.report('noIssuer', {}, configLocation(config));
    return;
  }
  const issuerKey = { ...configLocation(config, 'issuer'), target: 'key' as const };
  for (const field of ['id', 'name', 'url', 'email'] as const) {
    if (issuer[field] === undefined) context.report('issuerField', { field }, issuerKey);
  }
  if (issuer.id === undefined || config.baseUrl === undefined || issuerFilePath(config) !== undefined) return;
  const data = { id: issuer.id, baseUrl: config.baseUrl };
  const messageId = isUnder(issuer.id, config.baseUrl) ? 'issuerPath' : 'issuerOutsideBase';
  context.report(messageId, data, configLocation(config, 'issuer', 'id'));
}

/** Values that Open Badges 3.0 restricts: the language tag's shape and the achievement type. */
function checkOb3Fields(context: RuleContext<object, MessageId>): void {
  const { config } = context;
  if (ob3Language(config.language) === undefined) context.report('ob3Language', { tag: config.language }, configLocation(config, 'language'));

  for (const badge of context.model.badges) {
    const extras = { definitionId: badge.id };
    if (badge.language !== undefined && ob3Language(badge.language) === undefined) {
      context.report('ob3Language', { tag: badge.language }, locate(badge, 'language'), extras);
    }
    const type = badge.achievementType;
    if (type !== undefined && !isAchievementType(type)) {
      const data = { value: type, count: ACHIEVEMENT_TYPES.length, hint: didYouMean(type, ACHIEVEMENT_TYPES) };
      context.report('achievementType', data, locate(badge, 'achievementType'), extras);
    }
  }
}

function checkIssuerImage(context: RuleContext<object, MessageId>): void {
  const image = context.config.issuer?.image;
  const file = issuerImagePath(context.config);
  if (image === undefined || file === undefined) return;
  checkImage(context, context.model, file, image, configLocation(context.config, 'issuer', 'image'));
}

export function issuerImagePath(config: Config): string | undefined {
  return imagePath(config.issuer?.image, config.file);
}

function checkImage(
  context: RuleContext<object, MessageId>,
  model: Model,
  file: string,
  image: string,
  location: Location,
  definitionId?: string,
): void {
  const extras = definitionId === undefined ? {} : { definitionId };
  const asset = model.images.get(file);
  if (asset?.bytes === undefined) {
    context.report('unreadableImage', { image, reason: asset?.error ?? 'file not read' }, location, extras);
    return;
  }
  const sniffed = sniffImage(asset.bytes);
  if ('other' in sniffed) context.report('wrongImageType', { image, format: sniffed.other }, location, extras);
}

/** Returns whether a URL lies under a base URL that ends with `/`. */
export function isUnder(url: string, baseUrl: string): boolean {
  return url.startsWith(baseUrl) && url.length > baseUrl.length;
}
