import { isCalendarDate, reportPeriod } from './report-period';

describe('report period (calendar days in Asia/Ho_Chi_Minh)', () => {
  it('covers from 00:00 +07:00 up to the day after to, 00:00 +07:00 (both days included)', () => {
    expect(reportPeriod('2031-03-01', '2031-03-31')).toEqual({
      ok: true,
      period: { from: '2031-03-01', to: '2031-03-31', start: new Date('2031-02-28T17:00:00.000Z'), end: new Date('2031-03-31T17:00:00.000Z'), days: 31 },
    });
    expect(reportPeriod('2031-03-05', '2031-03-05')).toMatchObject({ ok: true, period: { start: new Date('2031-03-04T17:00:00.000Z'), end: new Date('2031-03-05T17:00:00.000Z'), days: 1 } });
  });

  it('allows 366 days (a leap year) and refuses 367, naming to', () => {
    expect(reportPeriod('2032-01-01', '2032-12-31')).toMatchObject({ ok: true, period: { days: 366 } });
    expect(reportPeriod('2031-01-01', '2032-01-02')).toEqual({ ok: false, refusal: expect.objectContaining({ field: 'to', code: 'periodTooLong' }) });
  });

  it('refuses to before from, naming to', () => {
    expect(reportPeriod('2031-03-02', '2031-03-01')).toEqual({ ok: false, refusal: expect.objectContaining({ field: 'to', code: 'toBeforeFrom' }) });
  });

  it.each([
    ['from', '2031-02-30', '2031-03-01'],
    ['from', '31-03-01', '2031-03-01'],
    ['to', '2031-03-01', '2031-13-01'],
    ['to', '2031-03-01', '2031-3-1'],
  ])('refuses a date that is not a real YYYY-MM-DD day, naming %s', (field, from, to) => {
    expect(reportPeriod(from, to)).toEqual({ ok: false, refusal: expect.objectContaining({ field, code: 'isCalendarDate' }) });
  });

  it('knows real calendar days, leap days included', () => {
    expect([isCalendarDate('2032-02-29'), isCalendarDate('2031-02-29'), isCalendarDate('2031-04-31'), isCalendarDate('')]).toEqual([true, false, false, false]);
  });
});
