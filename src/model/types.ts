/**
 * The definitions badgemap reads, after schema validation and defaults.
 *
 * A field that failed validation is removed before a definition gets here, so these types
 * hold. Required text that was missing is the empty string; absent lists are empty.
 */
import type { Location, PathSegment } from '../finding.js';

export type Kind = 'competency' | 'badge' | 'rubric' | 'module';

export const KINDS: readonly Kind[] = ['competency', 'badge', 'rubric', 'module'];

export const PLURAL_KEYS: Record<string, Kind> = {
  competencies: 'competency',
  badges: 'badge',
  rubrics: 'rubric',
  modules: 'module',
};

export const KIND_LABELS: Record<Kind, string> = {
  competency: 'Competency',
  badge: 'Badge',
  rubric: 'Rubric',
  module: 'Module',
};

/** Where a definition sits: its file, its document (or sheet record) and its data path. */
export interface DefinitionSource {
  file: string;
  doc: number;
  path: PathSegment[];
  /** For a spreadsheet record: the row an XLSX sheet shows (header is row 1), or the line a CSV record starts on. */
  row?: number;
}

export interface Alignment {
  framework?: string;
  code?: string;
  name: string;
  url: string;
  description?: string;
  targetType?: string;
}

export interface Review {
  last?: string;
  cadenceMonths?: number;
  by: string[];
}

interface DefinitionBase {
  id: string;
  source: DefinitionSource;
  /** Fields whose name starts with `x-`, kept as written and ignored by the rules. */
  extensions: Record<string, unknown>;
  /** Data paths (`evidence/0/required`) of values removed because they broke the schema. */
  invalidPaths?: readonly string[];
}

export interface Competency extends DefinitionBase {
  kind: 'competency';
  statement: string;
  name?: string;
  description?: string;
  level?: string;
  alignments: Alignment[];
  tags: string[];
  language?: string;
  review?: Review;
  distinctFrom: string[];
}

export interface Evidence {
  type: string;
  description: string;
  required: boolean;
}

export interface PrerequisiteGroup {
  anyOf: string[];
  minimum: number;
}

export type Prerequisite = string | PrerequisiteGroup;

export interface Assessment {
  methods: string[];
  reviewers?: number;
}

export interface Badge extends DefinitionBase {
  kind: 'badge';
  name: string;
  description: string;
  competencies: string[];
  image?: string;
  level?: number;
  prerequisites: Prerequisite[];
  evidence: Evidence[];
  assessment?: Assessment;
  rubric?: string;
  criteria?: { narrative?: string; url?: string };
  alignments: Alignment[];
  tags: string[];
  language?: string;
  review?: Review;
  achievementType?: string;
  version?: string;
  humanCode?: string;
}

export interface RubricLevel {
  id: string;
  name: string;
  points: number;
  descriptor?: string;
}

export interface RubricCriterion {
  id: string;
  competency: string;
  name?: string;
  description?: string;
  levels: RubricLevel[];
}

export interface Rubric extends DefinitionBase {
  kind: 'rubric';
  name: string;
  criteria: RubricCriterion[];
  passing?: { minimumPoints?: number; everyCriterionAtLeast?: string };
  review?: Review;
}

export interface Module extends DefinitionBase {
  kind: 'module';
  name: string;
  competencies: string[];
  durationMinutes?: number;
  produces: string[];
  review?: Review;
}

export type Definition = Competency | Badge | Rubric | Module;

export type DefinitionOfKind<K extends Kind> = Extract<Definition, { kind: K }>;

/** The location of a field inside a definition, for reporting. */
export function locate(definition: Definition, ...path: PathSegment[]): Location {
  const { file, doc } = definition.source;
  return { file, doc, path: [...definition.source.path, ...path] };
}

/** The location of a field's key, for findings about the field itself rather than its value. */
export function locateKey(definition: Definition, ...path: PathSegment[]): Location {
  return { ...locate(definition, ...path), target: 'key' };
}

/**
 * Tells whether a value at or inside a path was removed as invalid. Its schema finding already
 * reports it, so a rule that finds the value missing stays quiet rather than contradict the file.
 */
export function hadInvalidValue(definition: Definition, ...path: PathSegment[]): boolean {
  const prefix = path.join('/');
  return (definition.invalidPaths ?? []).some((invalid) => invalid === prefix || invalid.startsWith(`${prefix}/`));
}

export function isGroup(prerequisite: Prerequisite): prerequisite is PrerequisiteGroup {
  return typeof prerequisite !== 'string';
}

/** The badge ids a prerequisite entry names, with the data path of each inside the badge. */
export function prerequisiteTargets(badge: Badge): { id: string; path: PathSegment[] }[] {
  const targets: { id: string; path: PathSegment[] }[] = [];
  badge.prerequisites.forEach((entry, index) => {
    if (isGroup(entry)) {
      entry.anyOf.forEach((id, member) => {
        targets.push({ id, path: ['prerequisites', index, 'anyOf', member] });
      });
    } else {
      targets.push({ id: entry, path: ['prerequisites', index] });
    }
  });
  return targets;
}
