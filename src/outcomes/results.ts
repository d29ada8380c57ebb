/**
 * Reads an assessment results file (one row per outcome: learner, badge, optionally a
 * criterion or competency, passed or level, date) and checks every row against the
 * definitions. Rows that do not fit are `result-row` findings and are left out. An id that
 * is unknown is reported once, on its first row, with the number of rows it affects, so a
 * typo in a large export is one finding, not thousands.
 */
import type { Location, RawFinding, Severity } from '../finding.js';
import { fieldLocation, type Table, type TableRow } from '../load/table.js';
import { levelList, levelPosition, passingPosition } from '../model/levels.js';
import type { Model } from '../model/model.js';
import type { Badge, Rubric, RubricCriterion } from '../model/types.js';
import { resultRowRule } from '../rules/result-row.js';
import { createFinding } from '../rules/types.js';
import { formatCalendarDate, parseCalendarDate, type CalendarDate } from '../stats/periods.js';
import { didYouMean } from '../util/suggest.js';
import { plural } from '../util/text.js';

export const RESULT_FIELDS_REQUIRED = ['learner', 'badge', 'date'] as const;

export interface Outcome {
  learner: string;
  badge: Badge;
  /** The competency the outcome is about; absent for an outcome of the whole badge. */
  competency?: string;
  passed: boolean;
  date: CalendarDate;
  line: number;
}

export interface ResultReadResult {
  outcomes: Outcome[];
  findings: RawFinding[];
}

type MessageId = keyof typeof resultRowRule.messages;

const PASSED = new Set(['yes', 'y', 'true', 't', 'pass', 'passed', 'p', '1', 'met', 'achieved', 'awarded', 'competent']);
const FAILED = new Set(['no', 'n', 'false', 'f', 'fail', 'failed', '0', 'not met', 'not yet', 'not achieved', 'not awarded', 'not yet competent']);

export function readResults(table: Table, model: Model, today: string): ResultReadResult {
  const reader = new ResultReader(table, model, today);
  for (const row of table.rows) reader.read(row);
  return { outcomes: reader.outcomes, findings: [...reader.findings, ...reader.groupedFindings()] };
}

/** One finding for all rows that share an unknown id, on the first of them. */
interface Group {
  messageId: MessageId;
  data: Record<string, string | number>;
  location: Location;
  rows: number;
  severity?: Severity;
}

class ResultReader {
  readonly outcomes: Outcome[] = [];
  readonly findings: RawFinding[] = [];
  private readonly groups = new Map<string, Group>();

  constructor(
    private readonly table: Table,
    private readonly model: Model,
    private readonly today: string,
  ) {}

  read(row: TableRow): void {
    const missing = RESULT_FIELDS_REQUIRED.filter((field) => this.table.columns.has(field) && row.values[field] === undefined);
    for (const field of missing) this.report(row, 'missingValue', { field }, field);
    const { learner, badge: badgeId, date: dateText } = row.values;
    if (learner === undefined || badgeId === undefined || dateText === undefined) return;

    const badge = this.model.get('badge', badgeId);
    if (badge === undefined) {
      this.group(row, 'unknownBadge', badgeId, { id: badgeId, hint: didYouMean(badgeId, this.model.ids('badge')) }, 'badge');
      return;
    }

    const date = this.readDate(row, dateText);
    const scale = this.scaleOf(row, badge);
    if (scale === null) return;
    const passed = this.readPassed(row, scale);
    if (date === undefined || passed === undefined) return;

    this.outcomes.push({
      learner,
      badge,
      ...(scale?.competency === undefined ? {} : { competency: scale.competency }),
      passed,
      date,
      line: row.line,
    });
  }

  groupedFindings(): RawFinding[] {
    return [...this.groups.values()].map((group) =>
      createFinding(resultRowRule, group.messageId, { ...group.data, rows: plural(group.rows, 'row') }, group.location, group.severity === undefined ? {} : { severity: group.severity }),
    );
  }

  private readDate(row: TableRow, text: string): CalendarDate | undefined {
    const date = parseCalendarDate(text);
    if (date === undefined) {
      this.report(row, 'invalidDate', { value: text }, 'date');
      return undefined;
    }
    if (formatCalendarDate(date) > this.today) {
      this.report(row, 'futureDate', { value: formatCalendarDate(date), today: this.today }, 'date');
      return undefined;
    }
    return date;
  }

  /**
   * The competency a row is about and, when a criterion is known, its rubric scale. `null`
   * means the row was reported; `undefined` means an outcome of the whole badge.
   */
  private scaleOf(row: TableRow, badge: Badge): Scale | null | undefined {
    const competencyId = row.values.competency;
    const criterionId = row.values.criterion;
    if (competencyId === undefined && criterionId === undefined) return undefined;

    if (competencyId !== undefined && !this.model.has('competency', competencyId)) {
      this.group(row, 'unknownCompetency', competencyId, { id: competencyId, hint: didYouMean(competencyId, this.model.ids('competency')) }, 'competency');
      return null;
    }
    if (competencyId !== undefined && !badge.competencies.includes(competencyId)) {
      this.group(row, 'competencyNotCertified', `${badge.id}\u0000${competencyId}`, { badge: badge.id, id: competencyId }, 'competency', 'warn');
    }

    const rubric = badge.rubric === undefined ? undefined : this.model.get('rubric', badge.rubric);
    if (criterionId === undefined) {
      const criterion = rubric?.criteria.find((candidate) => candidate.competency === competencyId);
      return { competency: competencyId as string, ...(rubric === undefined || criterion === undefined ? {} : { rubric, criterion }) };
    }

    if (rubric === undefined) {
      this.group(row, 'noRubric', `${badge.id}\u0000${criterionId}`, { badge: badge.id, id: criterionId }, 'criterion');
      return null;
    }
    const criterion = rubric.criteria.find((candidate) => candidate.id === criterionId);
    if (criterion === undefined) {
      const hint = didYouMean(criterionId, rubric.criteria.map((candidate) => candidate.id));
      this.group(row, 'unknownCriterion', `${rubric.id}\u0000${criterionId}`, { rubric: rubric.id, badge: badge.id, id: criterionId, hint }, 'criterion');
      return null;
    }
    return { competency: competencyId ?? criterion.competency, rubric, criterion };
  }

  /** A passed cell wins over a level cell; a level passes at or above the passing level. */
  private readPassed(row: TableRow, scale: Scale | undefined): boolean | undefined {
    const passedCell = row.values.passed;
    if (passedCell !== undefined) {
      const folded = passedCell.toLowerCase().replace(/\s+/g, ' ');
      if (PASSED.has(folded)) return true;
      if (FAILED.has(folded)) return false;
      this.report(row, 'invalidPassed', { value: passedCell }, 'passed');
      return undefined;
    }

    const levelCell = row.values.level;
    // Without either column the header finding has said it once already.
    if (!this.table.columns.has('passed') && !this.table.columns.has('level')) return undefined;
    if (levelCell === undefined) {
      this.report(row, 'missingValue', { field: this.table.columns.has('passed') ? 'passed' : 'level' }, this.table.columns.has('passed') ? 'passed' : 'level');
      return undefined;
    }
    if (scale?.criterion === undefined || scale.rubric === undefined) {
      this.report(row, 'levelWithoutCriterion', { level: levelCell }, 'level');
      return undefined;
    }
    const position = levelPosition(scale.criterion, levelCell);
    if (position === undefined) {
      const hint = didYouMean(levelCell, scale.criterion.levels.map((level) => level.id));
      this.report(row, 'unknownLevel', { criterion: scale.criterion.id, rubric: scale.rubric.id, level: levelCell, levels: levelList(scale.criterion), hint }, 'level');
      return undefined;
    }
    return position >= passingPosition(scale.rubric, scale.criterion);
  }

  private report(row: TableRow, messageId: MessageId, data: Record<string, string | number>, field: string): void {
    this.findings.push(createFinding(resultRowRule, messageId, data, fieldLocation(this.table, row, field)));
  }

  private group(row: TableRow, messageId: MessageId, key: string, data: Record<string, string | number>, field: string, severity?: Severity): void {
    const groupKey = `${messageId}\u0000${key}`;
    const existing = this.groups.get(groupKey);
    if (existing !== undefined) {
      existing.rows++;
      return;
    }
    this.groups.set(groupKey, { messageId, data, location: fieldLocation(this.table, row, field), rows: 1, ...(severity === undefined ? {} : { severity }) });
  }
}

interface Scale {
  competency: string;
  rubric?: Rubric;
  criterion?: RubricCriterion;
}
