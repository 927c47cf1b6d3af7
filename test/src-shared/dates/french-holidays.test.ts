import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  frenchPublicHolidays,
  isBusinessDay,
  isPublicHoliday,
  isWeekend,
  nextBusinessDay,
} from '../../../src-shared/dates/french-holidays';

describe('easterSunday', () => {
  it('finds Easter for 2024 to 2027', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
  });

  it('finds the earliest and latest possible Easter dates', () => {
    expect(easterSunday(1818)).toBe('1818-03-22');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });
});

describe('frenchPublicHolidays', () => {
  it('lists the 11 holidays of 2026 with their French names, in date order', () => {
    expect(frenchPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: "Jour de l'an" },
      { date: '2026-04-06', name: 'Lundi de Pâques' },
      { date: '2026-05-01', name: 'Fête du Travail' },
      { date: '2026-05-08', name: 'Victoire 1945' },
      { date: '2026-05-14', name: 'Ascension' },
      { date: '2026-05-25', name: 'Lundi de Pentecôte' },
      { date: '2026-07-14', name: 'Fête nationale' },
      { date: '2026-08-15', name: 'Assomption' },
      { date: '2026-11-01', name: 'Toussaint' },
      { date: '2026-11-11', name: 'Armistice 1918' },
      { date: '2026-12-25', name: 'Noël' },
    ]);
  });

  it('moves the Easter holidays with Easter', () => {
    const movable = (year: number) =>
      frenchPublicHolidays(year)
        .filter((holiday) =>
          ['Lundi de Pâques', 'Ascension', 'Lundi de Pentecôte'].includes(holiday.name),
        )
        .map((holiday) => holiday.date);

    expect(movable(2024)).toEqual(['2024-04-01', '2024-05-09', '2024-05-20']);
    expect(movable(2025)).toEqual(['2025-04-21', '2025-05-29', '2025-06-09']);
    expect(movable(2027)).toEqual(['2027-03-29', '2027-05-06', '2027-05-17']);
  });

  it('puts Ascension before 8 May in a year when it falls earlier', () => {
    const may2027 = frenchPublicHolidays(2027).filter((holiday) =>
      holiday.date.startsWith('2027-05'),
    );

    expect(may2027.map((holiday) => `${holiday.date} ${holiday.name}`)).toEqual([
      '2027-05-01 Fête du Travail',
      '2027-05-06 Ascension',
      '2027-05-08 Victoire 1945',
      '2027-05-17 Lundi de Pentecôte',
    ]);
  });

  it('lists both holidays when Ascension falls on 1 May', () => {
    // Easter 2008 was on 23 March, so Ascension fell on 1 May.
    const may2008 = frenchPublicHolidays(2008).filter((holiday) => holiday.date === '2008-05-01');

    expect(may2008.map((holiday) => holiday.name).sort()).toEqual(['Ascension', 'Fête du Travail']);
  });
});

describe('isPublicHoliday', () => {
  it('is true on fixed and movable holidays', () => {
    expect(isPublicHoliday('2026-07-14')).toBe(true);
    expect(isPublicHoliday('2025-06-09')).toBe(true);
    expect(isPublicHoliday('2027-12-25')).toBe(true);
  });

  it('is false on Easter Sunday itself, Good Friday and 26 December', () => {
    expect(isPublicHoliday('2026-04-05')).toBe(false);
    expect(isPublicHoliday('2026-04-03')).toBe(false);
    expect(isPublicHoliday('2026-12-26')).toBe(false);
  });
});

describe('isWeekend', () => {
  it('is true on Saturday and Sunday only', () => {
    expect(isWeekend('2026-04-04')).toBe(true);
    expect(isWeekend('2026-04-05')).toBe(true);
    expect(isWeekend('2026-04-03')).toBe(false);
    expect(isWeekend('2026-04-06')).toBe(false);
  });
});

describe('isBusinessDay', () => {
  it('is true on an ordinary weekday', () => {
    expect(isBusinessDay('2026-04-07')).toBe(true);
  });

  it('is false on a weekday that is a holiday and on a weekend day', () => {
    expect(isBusinessDay('2026-04-06')).toBe(false);
    expect(isBusinessDay('2026-04-04')).toBe(false);
  });
});

describe('nextBusinessDay', () => {
  it('returns the date itself when it is a business day', () => {
    expect(nextBusinessDay('2026-03-31')).toBe('2026-03-31');
  });

  it('skips a weekend followed by Easter Monday', () => {
    expect(nextBusinessDay('2026-04-04')).toBe('2026-04-07');
  });

  it('skips a Friday holiday and the weekend after it', () => {
    expect(nextBusinessDay('2026-05-01')).toBe('2026-05-04');
    expect(nextBusinessDay('2026-12-25')).toBe('2026-12-28');
  });

  it("skips New Year's Day and the weekend that follows", () => {
    expect(nextBusinessDay('2027-01-01')).toBe('2027-01-04');
  });
});
