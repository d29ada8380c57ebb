/**
 * Calendar dates as they appear in exported results, and the month or quarter they fall in.
 * Only unambiguous forms are read: `03/04/2026` could be March or April, so it is rejected.
 */

export type PeriodUnit = 'month' | 'quarter';

export const PERIOD_UNITS: readonly PeriodUnit[] = ['month', 'quarter'];

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Reads `YYYY-MM-DD`, `YYYY/MM/DD`, or an ISO 8601 date-time (`2026-03-04T10:30:00Z`). A
 * date-time keeps the calendar date as written: the time and offset are ignored, so the
 * period never depends on the machine's time zone.
 */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})([-/])(\d{2})\2(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  if (match === null) return undefined;

  const date = { year: Number(match[1]), month: Number(match[3]), day: Number(match[4]) };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  const valid = check.getUTCFullYear() === date.year && check.getUTCMonth() === date.month - 1 && check.getUTCDate() === date.day;
  return valid ? date : undefined;
}

export function formatCalendarDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** The period a date falls in: `2026-03` for a month, `2026-Q1` for a quarter. */
export function periodOf(date: CalendarDate, unit: PeriodUnit): string {
  const year = String(date.year).padStart(4, '0');
  return unit === 'month' ? `${year}-${pad(date.month)}` : `${year}-Q${Math.floor((date.month - 1) / 3) + 1}`;
}

/** Every period from `first` to `last`, both included, so gaps show as empty periods. */
export function periodRange(first: string, last: string, unit: PeriodUnit): string[] {
  const periods: string[] = [];
  let [year, step] = splitPeriod(first, unit);
  const [lastYear, lastStep] = splitPeriod(last, unit);
  const steps = unit === 'month' ? 12 : 4;

  while (year < lastYear || (year === lastYear && step <= lastStep)) {
    periods.push(unit === 'month' ? `${String(year).padStart(4, '0')}-${pad(step)}` : `${String(year).padStart(4, '0')}-Q${step}`);
    step++;
    if (step > steps) {
      step = 1;
      year++;
    }
  }
  return periods;
}

function splitPeriod(period: string, unit: PeriodUnit): [number, number] {
  const [year, rest] = period.split('-') as [string, string];
  return [Number(year), unit === 'month' ? Number(rest) : Number(rest.slice(1))];
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
