// Calendar arithmetic, all in UTC so a `@db.Date` column gets the day that was meant
// whatever the server's time zone: the records' dates, their status and the demo data.

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC at the start of the day `now` falls in: the demo's reference date. */
export function startOfDayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** A calendar date; `month` is 1-based as people write it. */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Same day and month `years` later (29 February becomes 1 March). */
export function addYears(date: Date, years: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()));
}

/** A moment on a date, e.g. 09:30 UTC, for timestamps that should look like office hours. */
export function atTime(date: Date, hours: number, minutes = 0): Date {
  return new Date(date.getTime() + (hours * 60 + minutes) * 60 * 1000);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** The academic year by its starting calendar year (2025 means 2025/26), as the schema stores it. */
export function academicYearOf(date: Date, startMonth = 9): number {
  return date.getUTCMonth() + 1 >= startMonth ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

/** "2025-09-01" names a real day (not 2025-02-30, not 2025-13-01). */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
