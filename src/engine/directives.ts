/**
 * Reads suppression directives from comments:
 * `# badgemap-disable-next-line RULE[, RULE…] [-- reason]` and
 * `# badgemap-disable-file RULE[, RULE…] [-- reason]`. No rule named means every rule.
 */
import type { Range } from '../finding.js';
import type { SourceComment } from '../source/source-file.js';
import { closestMatch } from '../util/suggest.js';

export type DirectiveKind = 'disable-next-line' | 'disable-file';

const DIRECTIVE_PREFIX = 'badgemap-';

const DIRECTIVE_NAMES: Record<string, DirectiveKind> = {
  'badgemap-disable-next-line': 'disable-next-line',
  'badgemap-disable-file': 'disable-file',
};

export interface DirectiveRule {
  id: string;
  /** Where the rule id sits in the comment, so a finding about it points there. */
  range: Range;
}

export interface Directive {
  kind: DirectiveKind;
  /** Empty when the directive names no rule and so covers every rule. */
  rules: DirectiveRule[];
  reason?: string;
  range: Range;
}

/** A comment that starts like a directive but cannot be read as one. */
export interface MalformedDirective {
  problem: 'unknownDirective' | 'badRuleList';
  /** The directive name or the rule list as written. */
  text: string;
  suggestion?: string;
  range: Range;
}

export type ParsedComment = { directive: Directive } | { malformed: MalformedDirective } | undefined;

/** Parses one comment; `undefined` when it is an ordinary comment. */
export function parseDirective(comment: SourceComment): ParsedComment {
  const leading = comment.text.length - comment.text.trimStart().length;
  const body = comment.text.trimStart();
  if (!body.startsWith(DIRECTIVE_PREFIX)) return undefined;

  const name = /^[\w-]+/.exec(body)?.[0] ?? body;
  const kind = DIRECTIVE_NAMES[name];
  // The comment text starts after `#`, one column past the comment's start.
  const columnOf = (index: number) => comment.range.start.column + 1 + leading + index;
  const span = (from: number, length: number): Range => ({
    start: { line: comment.range.start.line, column: columnOf(from) },
    end: { line: comment.range.start.line, column: columnOf(from + length) },
  });

  if (kind === undefined) {
    const suggestion = closestMatch(name, Object.keys(DIRECTIVE_NAMES));
    // Other words after the prefix, such as a note that a file is generated, are prose.
    if (suggestion === undefined && !/^badgemap-(disable|enable)/.test(name)) return undefined;
    return { malformed: { problem: 'unknownDirective', text: name, ...(suggestion === undefined ? {} : { suggestion }), range: span(0, name.length) } };
  }

  const rest = body.slice(name.length);
  const reasonAt = rest.search(/(^|\s)--(\s|$)/);
  const listText = reasonAt < 0 ? rest : rest.slice(0, reasonAt);
  const reason = reasonAt < 0 ? undefined : rest.slice(reasonAt).replace(/^\s*--/, '').trim();

  const rules: DirectiveRule[] = [];
  let cursor = name.length;
  for (const part of listText.split(',')) {
    const id = part.trim();
    const at = cursor + part.indexOf(id);
    cursor += part.length + 1;
    if (id === '') continue;
    if (/\s/.test(id)) {
      return { malformed: { problem: 'badRuleList', text: listText.trim(), range: span(at, id.length) } };
    }
    rules.push({ id, range: span(at, id.length) });
  }

  const trailingComma = listText.trim().endsWith(',') || listText.trim().startsWith(',') || /,\s*,/.test(listText);
  if (trailingComma) {
    return { malformed: { problem: 'badRuleList', text: listText.trim(), range: span(name.length, listText.length) } };
  }

  return { directive: { kind, rules, ...(reason === undefined || reason === '' ? {} : { reason }), range: comment.range } };
}
