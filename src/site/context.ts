/** The data every page of the site is built from. */
import type { Config } from '../config/types.js';
import type { Model } from '../model/model.js';
import type { Badge, Module } from '../model/types.js';
import type { SiteExtensions } from './extensions.js';

export interface SiteContext {
  model: Model;
  config: Config;
  /** Always ends with `/`. */
  baseUrl: string;
  extensions: SiteExtensions;
  /** The badges that name a badge as a prerequisite, directly or in a group, in badge order. */
  requiredBy(badgeId: string): readonly Badge[];
  /** The badges that list a competency, in badge order. */
  certifiers(competencyId: string): readonly Badge[];
  /** The modules that target a competency, in load order. */
  modulesFor(competencyId: string): readonly Module[];
  /** The `src` of a badge's image from a given page, or `undefined` when it has none. */
  imageSrc(image: string | undefined, definitionFile: string, fromPage: string): string | undefined;
}

/** Returns the language a definition is written in, for `lang` attributes. */
export function languageOf(definition: { language?: string }, config: Config): string {
  return definition.language ?? config.language;
}
