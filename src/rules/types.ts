/**
 * What a rule is: an id, a default severity, its options and message templates, and a
 * `check` that reports findings by data path. Rules without `check` are reported by the
 * loader (syntax and schema problems) but are listed, documented and configured the same way.
 */
import type { Location, RawFinding, RelatedLocation, Severity } from '../finding.js';
import type { Config } from '../config/types.js';
import type { Model } from '../model/model.js';
import type { Definition } from '../model/types.js';
import type { JsonSchema } from '../schemas/parts.js';

export interface ReportExtras {
  definitionId?: string;
  related?: RelatedLocation[];
  severity?: Severity;
}

export interface RuleContext<Options, MessageId extends string> {
  readonly model: Model;
  readonly config: Config;
  /** The options from the config's `rules`, for checks that compare several definitions. */
  readonly options: Options;
  /** The options for one definition: `rules`, then every override matching its file and id. */
  optionsFor(definition: Definition): Options;
  /** The date every date-dependent check uses, as YYYY-MM-DD. */
  readonly today: string;
  report(
    messageId: MessageId,
    data: Record<string, string | number>,
    location: Location,
    extras?: ReportExtras,
  ): void;
}

/** A small repository that shows a rule at work; `badgemap.yaml` in `files` replaces the default config. */
export interface RuleExample {
  description: string;
  /** File name (relative to the repository root) → content. */
  files: Record<string, string>;
  /** The command that shows the finding, such as `badgemap calibrate scores.csv`; default `badgemap lint`. */
  command?: string;
}

/** What a rule's docs page and `badgemap rules ID` say, besides the one-line description. */
export interface RuleDocs {
  /** Markdown: what the rule reports, in full. */
  finds: string;
  /** Markdown: why it matters to a credential program. */
  why: string;
  failing: RuleExample;
  passing: RuleExample;
  /** Markdown: limits, decisions, related rules. */
  notes?: string;
  /** Whether the config cannot change the rule's severity, as for `config`, whose findings always stop the run. */
  fixedSeverity?: boolean;
}

export interface Rule<Options extends object = object, MessageId extends string = string> {
  id: string;
  defaultSeverity: Severity;
  /** One sentence, shown by `badgemap rules`. */
  description: string;
  /** JSON Schema properties of the rule's options, besides `severity`. */
  optionsSchema?: Record<string, JsonSchema>;
  defaultOptions: Options;
  /** Message templates; `{name}` is replaced by the report's data. */
  messages: Record<MessageId, string>;
  check?: (context: RuleContext<Options, MessageId>) => void;
  /** Every registered rule needs docs; a test fails while one has none. */
  docs?: RuleDocs;
}

/** Declares a rule with its option and message types inferred. */
export function defineRule<Options extends object, MessageId extends string>(
  rule: Rule<Options, MessageId>,
): Rule<Options, MessageId> {
  return rule;
}

/** Builds a finding from a rule's message template. */
export function createFinding<MessageId extends string>(
  rule: Pick<Rule<object, MessageId>, 'id' | 'messages'>,
  messageId: MessageId,
  data: Record<string, string | number>,
  location: Location,
  extras: ReportExtras = {},
): RawFinding {
  return {
    ruleId: rule.id,
    messageId,
    message: renderMessage(rule.messages[messageId], data),
    location,
    ...extras,
  };
}

export function renderMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}
