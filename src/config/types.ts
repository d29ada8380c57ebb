/** The normalised content of `badgemap.yaml`. */
import type { Location, Severity } from '../finding.js';
import type { SheetKind } from '../load/columns.js';

export type RuleLevel = Severity | 'off';

export interface RuleSetting {
  severity?: RuleLevel;
  options: Record<string, unknown>;
  /** Where the setting is written, for findings about it. */
  location: Location;
}

export interface Issuer {
  id?: string;
  name?: string;
  url?: string;
  email?: string;
  description?: string;
  image?: string;
  telephone?: string;
}

export interface SheetConfig {
  /** The path as written in the config. */
  path: string;
  /** The absolute path. */
  file: string;
  kind: SheetKind;
  /** Field name → header name, as written. */
  columns: Record<string, string>;
  delimiter?: string;
  /** The separator of multi-valued cells. */
  separator: string;
  sheet?: string;
  location: Location;
}

export interface Override {
  files: string[];
  ids?: string[];
  rules: Record<string, RuleSetting>;
  location: Location;
}

export interface Config {
  /** Absolute path of the config file. */
  file: string;
  /** The repository root: the folder that holds the config file. */
  root: string;
  issuer?: Issuer;
  /** Always ends with `/`. */
  baseUrl?: string;
  language: string;
  review: { cadenceMonths?: number };
  include: string[];
  exclude: string[];
  sheets: SheetConfig[];
  competencyLevels?: string[];
  vocabulary: { evidenceTypes: string[]; assessmentMethods: string[]; verbs: string[] };
  /** Only the rules the config names. */
  rules: Record<string, RuleSetting>;
  overrides: Override[];
}

export const DEFAULT_INCLUDE = ['**/*.yaml', '**/*.yml'];

/** The location of a config field, for findings about it. */
export function configLocation(config: Config, ...path: (string | number)[]): Location {
  return { file: config.file, doc: 0, path };
}
