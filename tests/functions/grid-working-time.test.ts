import { dispatchDeadline, levelAt } from '@server/grid/deadline';
import { addWorkingMinutes, deadlineAfter, type WorkCalendar } from '@server/grid/working-time';

/** Beijing wall time as epoch ms. */
const bj = (iso: string) => Date.parse(`${iso}+08:00`);

const office: WorkCalendar = {
  weekdays: [1, 2, 3, 4, 5],
  startMinute: 9 * 60,
  endMinute: 17 * 60,
  holidays: [],
};

describe('working time skips nights, weekends and holidays', () => {
  it('counts a day’s limit from Friday afternoon into Monday afternoon', () => {
    // 2026-12-04 is a Friday: two hours left that day, six more from Monday 09:00.
    expect(deadlineAfter(bj('2026-12-04T15:00:00'), { days: 1 }, office)).toBe(bj('2026-12-07T15:00:00'));
  });

  it('counts urgent hours across the weekend', () => {
    expect(deadlineAfter(bj('2026-12-04T16:00:00'), { hours: 4 }, office)).toBe(bj('2026-12-07T12:00:00'));
  });

  it('starts a dispatch made on Saturday at Monday’s opening', () => {
    expect(addWorkingMinutes(bj('2026-12-05T10:00:00'), 60, office)).toBe(bj('2026-12-07T10:00:00'));
  });

  it('starts an evening dispatch the next morning and skips a configured holiday', () => {
    const withHoliday = { ...office, holidays: ['2026-12-08'] };
    expect(deadlineAfter(bj('2026-12-07T20:00:00'), { hours: 2 }, withHoliday)).toBe(
      bj('2026-12-09T11:00:00'),
    );
  });

  it('spans days of office hours for a three-day limit', () => {
    expect(deadlineAfter(bj('2026-12-02T09:00:00'), { days: 3 }, office)).toBe(bj('2026-12-04T17:00:00'));
  });

  it('uses the configured limit of the type and urgency (settings.json)', () => {
    const from = bj('2026-12-04T16:00:00');
    expect(dispatchDeadline({ type: 'dispute', urgency: 'urgent' }, from)).toBe(bj('2026-12-07T12:00:00'));
    expect(dispatchDeadline({ type: 'dispute', urgency: 'normal' }, from)).toBe(bj('2026-12-09T16:00:00'));
  });
});

describe('deadline colours', () => {
  const from = bj('2026-12-02T09:00:00');
  const deadline = bj('2026-12-02T17:00:00');
  const e = { state: 'handling' as const, deadline, deadlineFrom: from };

  it('is green with more than a quarter of the time left, amber at a quarter, red when passed', () => {
    expect(levelAt(e, bj('2026-12-02T14:59:00'))).toBe('green');
    expect(levelAt(e, bj('2026-12-02T15:00:00'))).toBe('amber');
    expect(levelAt(e, bj('2026-12-02T16:59:00'))).toBe('amber');
    expect(levelAt(e, bj('2026-12-02T17:00:01'))).toBe('red');
  });

  it('has no colour once the unit has replied', () => {
    expect(levelAt({ ...e, state: 'replied' }, bj('2026-12-03T17:00:00'))).toBeUndefined();
  });
});
