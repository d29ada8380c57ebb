/** The alignments a badge exports: its own and those of the competencies it certifies. */
import { compareText } from '../finding.js';
import type { Model } from '../model/model.js';
import type { Alignment, Badge } from '../model/types.js';

/** Deduplicated and sorted by URL, code and name, since alignments are an unordered set. */
export function badgeAlignments(badge: Badge, model: Model): Alignment[] {
  const all = [...badge.alignments];
  for (const id of badge.competencies) all.push(...(model.get('competency', id)?.alignments ?? []));
  return sortAlignments(all);
}

/** Deduplicated and sorted by URL, code and name. */
export function sortAlignments(all: readonly Alignment[]): Alignment[] {
  const unique = new Map<string, Alignment>();
  for (const alignment of all) unique.set(JSON.stringify(alignmentKey(alignment)), alignment);

  return [...unique.values()].sort(
    (a, b) =>
      compareText(a.url, b.url) || compareText(a.code ?? '', b.code ?? '') || compareText(a.name, b.name) ||
      compareText(JSON.stringify(alignmentKey(a)), JSON.stringify(alignmentKey(b))),
  );
}

function alignmentKey(alignment: Alignment): unknown[] {
  return [alignment.url, alignment.code, alignment.name, alignment.framework, alignment.description, alignment.targetType];
}

/**
 * The Open Badges 3.0 target type: given, or inferred from the URL and code. A CASE item
 * URL contains `/CFItems/`; a Credential Engine CTID starts with `ce-`.
 */
export function alignmentTargetType(alignment: Alignment): string | undefined {
  if (alignment.targetType !== undefined) return alignment.targetType;
  if (alignment.url.includes('/CFItems/')) return 'CFItem';
  if (/^ce-/i.test(alignment.code ?? '') || /\/ce-[0-9a-f-]+/i.test(alignment.url)) return 'ceasn:Competency';
  return undefined;
}

/** Sorted, deduplicated tags. */
export function sortedTags(tags: readonly string[]): string[] {
  return [...new Set(tags)].sort(compareText);
}
