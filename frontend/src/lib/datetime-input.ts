/*
 * An RFC 3339 instant (`2026-03-01T09:30:00Z`) in an `<input type="datetime-local">`, which holds
 * the local wall-clock time without zone (`2026-03-01T10:30` in Germany).
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** The instant as the local time an input shows, to the minute; empty for none. */
export function toLocalInput(instant: string | undefined | null): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The input's local time as an instant in UTC; undefined for an empty or invalid value. */
export function fromLocalInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}

/**
 * The instant to send for an input: the stored one when the input still shows it (so seconds the
 * input cannot show are kept), otherwise the input's time.
 */
export function instantForRequest(value: string, stored: string | undefined): string | undefined {
  if (stored && value === toLocalInput(stored)) return stored;
  return fromLocalInput(value);
}
