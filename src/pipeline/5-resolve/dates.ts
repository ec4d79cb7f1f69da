import type { DatePrecision } from "../3-recognize/types.js";

/** Partial dates as day ranges ("2024-02" → 2024-02-01 … 2024-02-29), compared by day number. */
export interface PartialDateValue {
  readonly value: string | null;
  readonly precision: DatePrecision;
}

export interface DayRange {
  readonly from: number;
  readonly to: number;
}

const DAY = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);
}

export function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

const MONTHS: Record<DatePrecision, number> = { year: 12, half: 6, quarter: 3, month: 1, day: 0 };

/** The days a partial date may stand for; null when it has no usable value. */
export function dayRange(d: PartialDateValue | null): DayRange | null {
  if (!d?.value) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u.exec(d.value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  if (d.precision === "day" && m[3]) {
    const day = dayNumber(`${m[1]}-${m[2]}-${m[3]}`);
    return { from: day, to: day };
  }
  const span = MONTHS[d.precision] || 1;
  const from = Math.floor(Date.UTC(year, month - 1, 1) / DAY);
  const to = Math.floor(Date.UTC(year, month - 1 + span, 1) / DAY) - 1;
  return { from, to };
}

/** A sortable first day ("2024-02" → "2024-02-01"). */
export function sortDay(d: PartialDateValue | null): string | null {
  const r = dayRange(d);
  return r ? isoDay(r.from) : null;
}

/** Finer precision is more specific. */
export function precisionRank(p: DatePrecision): number {
  return { year: 1, half: 2, quarter: 3, month: 4, day: 5 }[p];
}

export function overlapsWithin(a: DayRange, b: DayRange, slackDays: number): boolean {
  return a.from - slackDays <= b.to && b.from - slackDays <= a.to;
}

/**
 * The last day an "as of" argument covers: "2024" → 2024-12-31, "2024-03" → 2024-03-31,
 * "2024-03-05" → itself. Null when the argument is not a date.
 */
export function asOfDay(arg: string): string | null {
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/u.exec(arg.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const d = new Date(Date.UTC(y, Number(m[2]) - 1, Number(m[3])));
    return Number.isNaN(d.getTime()) || d.getUTCMonth() !== Number(m[2]) - 1 ? null : d.toISOString().slice(0, 10);
  }
  if (m[2]) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return isoDay(Math.floor(Date.UTC(y, mo, 1) / DAY) - 1);
  }
  return `${m[1]}-12-31`;
}

/** The first day a "since" argument covers: "2023-01" → 2023-01-01. */
export function sinceDay(arg: string): string | null {
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/u.exec(arg.trim());
  if (!m) return null;
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  const t = new Date(Date.UTC(Number(m[1]), mo - 1, d));
  if (Number.isNaN(t.getTime()) || t.getUTCMonth() !== mo - 1) return null;
  return t.toISOString().slice(0, 10);
}
