/** The office's time zone: the API's day filters (`from`, `overdue`) count days there. */
export const officeTimeZone = 'Europe/Berlin';

/** Today in the office's time zone as a contract date (`YYYY-MM-DD`). */
export function officeToday(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: officeTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
