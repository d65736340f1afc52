import { addDays, firstDeliveryDate, isoWeekday, nextWeekdayOnOrAfter } from './agreement-dates';

describe('agreement dates', () => {
  it('count weekdays the ISO way and step over month and year ends', () => {
    expect(isoWeekday('2026-06-15')).toBe(1); // a Monday
    expect(isoWeekday('2026-06-21')).toBe(7); // a Sunday
    expect(addDays('2025-12-29', 7)).toBe('2026-01-05');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('find the first delivery whose order day has not passed', () => {
    expect(nextWeekdayOnOrAfter('2026-06-15', 1)).toBe('2026-06-15');
    expect(nextWeekdayOnOrAfter('2026-06-16', 1)).toBe('2026-06-22');
    // Today Monday 15th, delivery on Wednesdays, order 2 days ahead: Wednesday 17th is still in time.
    expect(firstDeliveryDate('2026-06-15', 3, 2)).toBe('2026-06-17');
    // Delivery on Tuesdays, 2 days ahead: Tuesday 16th is too late (order day was Sunday), so the 23rd.
    expect(firstDeliveryDate('2026-06-15', 2, 2)).toBe('2026-06-23');
  });
});
