/**
 * Stable ids for imported records that have no code column: a slug of the statement or
 * name, never random, so the same row maps to the same definition on every import. Two
 * different texts with the same slug are told apart by a hash of the text; the same text
 * twice gets `-2`, `-3` in the order the records come.
 */
import { createHash } from 'node:crypto';

const MAX_SLUG_LENGTH = 48;

/** A lower-case ASCII slug of a text, cut at a word boundary. */
export function slugify(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_SLUG_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_SLUG_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** Hands out ids for one kind; ids are compared without letter case, as lint does. */
export class IdAllocator {
  /** Lower-cased id → the identity (source text) that holds it. */
  private readonly taken = new Map<string, string>();

  isTaken(id: string): boolean {
    return this.taken.has(id.toLowerCase());
  }

  /** Records an id that came from the input as written. */
  claim(id: string, identity: string): void {
    this.taken.set(id.toLowerCase(), identity);
  }

  /** Derives a free id from `base`, the text the record is known by. */
  derive(base: string, identity = base): string {
    const slug = slugify(base) || `item-${shortHash(identity)}`;
    let id = slug;
    const holder = this.taken.get(id.toLowerCase());
    if (holder !== undefined && holder !== identity) id = `${slug}-${shortHash(identity)}`;
    for (let suffix = 2; this.taken.has(id.toLowerCase()); suffix++) {
      id = `${holder !== undefined && holder !== identity ? `${slug}-${shortHash(identity)}` : slug}-${suffix}`;
    }
    this.claim(id, identity);
    return id;
  }
}
