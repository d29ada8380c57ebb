/**
 * Applies suppression directives to positioned findings, and reports directives that
 * silence nothing, name an unknown rule, or cannot be read.
 *
 * A finding is silenced by the directives of the file its primary place is in, so each place
 * of a cross-file finding (each definition of a duplicate id, say) is silenced on its own.
 */
import type { Finding, Location, RawFinding } from '../finding.js';
import { unusedDirectiveRule } from '../rules/unused-directive.js';
import { createFinding } from '../rules/types.js';
import type { SourceFile } from '../source/source-file.js';
import { didYouMean } from '../util/suggest.js';
import { parseDirective, type Directive, type MalformedDirective } from './directives.js';

/** Findings no comment can silence: a broken config stops the run, and a directive cannot vouch for itself. */
const UNSUPPRESSIBLE_RULES = new Set(['config', unusedDirectiveRule.id]);

interface FileDirectives {
  file: string;
  directives: Directive[];
  malformed: MalformedDirective[];
  /** The line each next-line directive covers, by directive. */
  targets: Map<Directive, number>;
  /** The rule ids each directive has silenced; `*` for a directive that names none. */
  used: Map<Directive, Set<string>>;
}

export interface SuppressionResult {
  findings: Finding[];
  /** Raw `unused-directive` findings, positioned by range, for the caller to give a severity. */
  directiveFindings: RawFinding[];
}

export function applySuppression(
  findings: readonly Finding[],
  sources: ReadonlyMap<string, SourceFile>,
  knownRuleIds: ReadonlySet<string>,
): SuppressionResult {
  const byFile = new Map<string, FileDirectives>();
  for (const source of sources.values()) {
    const directives = readDirectives(source);
    if (directives !== undefined) byFile.set(source.file, directives);
  }

  const kept = findings.filter((finding) => {
    const fileDirectives = byFile.get(finding.file);
    return fileDirectives === undefined || UNSUPPRESSIBLE_RULES.has(finding.ruleId) || !silence(finding, fileDirectives);
  });

  const directiveFindings: RawFinding[] = [];
  for (const fileDirectives of byFile.values()) directiveFindings.push(...reportDirectives(fileDirectives, knownRuleIds));
  return { findings: kept, directiveFindings };
}

function readDirectives(source: SourceFile): FileDirectives | undefined {
  const comments = source.comments?.() ?? [];
  if (comments.length === 0) return undefined;

  const result: FileDirectives = { file: source.file, directives: [], malformed: [], targets: new Map(), used: new Map() };
  const commentLines = new Set(comments.filter((comment) => comment.ownLine).map((comment) => comment.range.start.line));
  const lines = source.lines();

  for (const comment of comments) {
    const parsed = parseDirective(comment);
    if (parsed === undefined) continue;
    if ('malformed' in parsed) {
      result.malformed.push(parsed.malformed);
      continue;
    }
    const { directive } = parsed;
    result.directives.push(directive);
    result.used.set(directive, new Set());
    if (directive.kind === 'disable-next-line') {
      result.targets.set(directive, nextContentLine(directive.range.start.line, lines, commentLines));
    }
  }
  return result.directives.length === 0 && result.malformed.length === 0 ? undefined : result;
}

/** The first line after `line` that holds more than white space or a comment; blank lines and stacked directives are skipped. */
function nextContentLine(line: number, lines: readonly string[], commentLines: ReadonlySet<number>): number {
  let next = line + 1;
  while (next <= lines.length && ((lines[next - 1] ?? '').trim() === '' || commentLines.has(next))) next++;
  return next;
}

function silence(finding: Finding, fileDirectives: FileDirectives): boolean {
  let silenced = false;
  for (const directive of fileDirectives.directives) {
    const covers = directive.rules.length === 0 || directive.rules.some((rule) => rule.id === finding.ruleId);
    if (!covers) continue;
    if (directive.kind === 'disable-next-line' && fileDirectives.targets.get(directive) !== finding.range.start.line) continue;
    fileDirectives.used.get(directive)?.add(directive.rules.length === 0 ? '*' : finding.ruleId);
    silenced = true;
  }
  return silenced;
}

function reportDirectives(fileDirectives: FileDirectives, knownRuleIds: ReadonlySet<string>): RawFinding[] {
  const findings: RawFinding[] = [];
  const at = (range: Location['range']): Location => ({ file: fileDirectives.file, doc: 0, path: [], ...(range === undefined ? {} : { range }) });
  const report = (messageId: keyof typeof unusedDirectiveRule.messages, data: Record<string, string>, range: Location['range']) =>
    findings.push(createFinding(unusedDirectiveRule, messageId, data, at(range)));

  for (const malformed of fileDirectives.malformed) {
    if (malformed.problem === 'unknownDirective') {
      const hint = malformed.suggestion === undefined ? ' Use badgemap-disable-next-line or badgemap-disable-file.' : ` Did you mean "${malformed.suggestion}"?`;
      report('unknownDirective', { name: malformed.text, hint }, malformed.range);
    } else {
      report('badRuleList', { list: malformed.text }, malformed.range);
    }
  }

  for (const directive of fileDirectives.directives) {
    const used = fileDirectives.used.get(directive) ?? new Set<string>();
    const name = `badgemap-${directive.kind}`;
    if (directive.rules.length === 0) {
      if (used.size === 0) report(directive.kind === 'disable-file' ? 'unusedFile' : 'unusedAll', { name }, directive.range);
      continue;
    }
    for (const rule of directive.rules) {
      if (!knownRuleIds.has(rule.id)) {
        report('unknownRule', { rule: rule.id, hint: didYouMean(rule.id, knownRuleIds) }, rule.range);
      } else if (UNSUPPRESSIBLE_RULES.has(rule.id)) {
        report('cannotSilence', { rule: rule.id }, rule.range);
      } else if (!used.has(rule.id)) {
        report(directive.kind === 'disable-file' ? 'unusedRuleFile' : 'unusedRule', { rule: rule.id, name }, rule.range);
      }
    }
  }
  return findings;
}
