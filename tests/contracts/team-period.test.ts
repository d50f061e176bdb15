import { periodOf } from '@contracts/team/models';

describe('periodOf: the Beijing week and month a visit counts in', () => {
  it('counts in Beijing time, not UTC', () => {
    // 2027-01-01 00:30 in Beijing is still 2026-12-31 in UTC.
    expect(periodOf(Date.UTC(2026, 11, 31, 16, 30))).toEqual({ week: '2026-W53', month: '2027-01' });
    expect(periodOf(Date.UTC(2026, 11, 31, 15, 59))).toEqual({ week: '2026-W53', month: '2026-12' });
  });

  it('follows ISO weeks: Monday starts a week, week 1 holds the first Thursday', () => {
    expect(periodOf(Date.UTC(2027, 0, 3, 12))).toEqual({ week: '2026-W53', month: '2027-01' });
    expect(periodOf(Date.UTC(2027, 0, 4, 1))).toEqual({ week: '2027-W01', month: '2027-01' });
    expect(periodOf(Date.UTC(2026, 0, 1, 1))).toEqual({ week: '2026-W01', month: '2026-01' });
    expect(periodOf(Date.UTC(2026, 11, 1, 1))).toEqual({ week: '2026-W49', month: '2026-12' });
  });
});
