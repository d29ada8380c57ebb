import { describe, expect, it } from 'vitest';

import { isCalendarDate } from '../../src/load/definitions.js';
import { addMonths } from '../../src/util/dates.js';

describe('addMonths', () => {
  it.each([
    ['2026-03-01', 12, '2027-03-01'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-31', 11, '2027-02-28'],
    ['2026-05-20', 120, '2036-05-20'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('isCalendarDate', () => {
  it.each(['0001-01-01', '0099-12-31', '2024-02-29', '9999-12-31'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each(['2026-02-29', '0001-02-29', '2026-13-01', '2026-1-01', '26-01-01'])('rejects %s', (date) => {
    expect(isCalendarDate(date)).toBe(false);
  });
});
