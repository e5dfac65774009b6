const pad = (value: number) => String(value).padStart(2, '0');

/** Today in the browser's (the office's) time zone as a contract date (`YYYY-MM-DD`). */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
