/**
 * The loaded repository: every valid definition, indexed by kind and id, plus the image
 * files badges point at.
 */
import type { Badge, Competency, Definition, DefinitionOfKind, Kind, Module, Rubric } from './types.js';

/** An image a badge refers to, read once when the repository is loaded. */
export interface ImageAsset {
  /** Absolute path of the file. */
  file: string;
  /** `undefined` when the file could not be read. */
  bytes?: Uint8Array;
  /** Why the file could not be read, such as "file not found". */
  error?: string;
}

export class Model {
  readonly competencies: Competency[] = [];
  readonly badges: Badge[] = [];
  readonly rubrics: Rubric[] = [];
  readonly modules: Module[] = [];
  /** Badge images by absolute path. */
  readonly images = new Map<string, ImageAsset>();

  private readonly byId = new Map<Kind, Map<string, Definition>>();

  add(definition: Definition): void {
    this.listOf(definition.kind).push(definition as never);

    let index = this.byId.get(definition.kind);
    if (index === undefined) {
      index = new Map();
      this.byId.set(definition.kind, index);
    }

    // The first definition of an id wins; duplicate-id reports the others.
    if (!index.has(definition.id)) index.set(definition.id, definition);
  }

  get<K extends Kind>(kind: K, id: string): DefinitionOfKind<K> | undefined {
    return this.byId.get(kind)?.get(id) as DefinitionOfKind<K> | undefined;
  }

  has(kind: Kind, id: string): boolean {
    return this.byId.get(kind)?.has(id) ?? false;
  }

  ids(kind: Kind): string[] {
    return [...(this.byId.get(kind)?.keys() ?? [])];
  }

  listOf<K extends Kind>(kind: K): DefinitionOfKind<K>[] {
    switch (kind) {
      case 'competency':
        return this.competencies as DefinitionOfKind<K>[];
      case 'badge':
        return this.badges as DefinitionOfKind<K>[];
      case 'rubric':
        return this.rubrics as DefinitionOfKind<K>[];
      default:
        return this.modules as DefinitionOfKind<K>[];
    }
  }

  /** The first definition of each id, in load order; `duplicate-id` reports the others. */
  distinct<K extends Kind>(kind: K): DefinitionOfKind<K>[] {
    return this.listOf(kind).filter((definition) => this.get(kind, definition.id) === definition);
  }

  all(): Definition[] {
    return [...this.competencies, ...this.badges, ...this.rubrics, ...this.modules];
  }
}
