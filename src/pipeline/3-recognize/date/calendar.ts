/** Calendar arithmetic on plain year-month-day triples (no time zones: the document's own day). */

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** The local date an ISO 8601 document date starts with ("2024-10-15T16:57:00+08:00" → 2024-10-15). */
export function ymdOf(iso: string | null): Ymd | null {
  if (!iso) return null;
  // Every date of a document is read against the same document date: keep the last one read.
  if (iso === lastIso) return lastYmd;
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(iso);
  lastIso = iso;
  lastYmd = m ? Object.freeze({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3] ?? 1) }) : null;
  return lastYmd;
}
let lastIso: string | null = null;
let lastYmd: Ymd | null = null;

export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + months;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: Ymd): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function formatYear(y: number): string {
  return String(y);
}
export function formatMonth(y: number, m: number): string {
  return `${y}-${pad(m)}`;
}
export function formatDay(d: Ymd): string {
  return `${d.y}-${pad(d.m)}-${pad(d.d)}`;
}

/** Spring Festival (春节) dates: "今年春节后" needs the lunar new year of that year. */
const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2015: "02-19", 2016: "02-08", 2017: "01-28", 2018: "02-16", 2019: "02-05", 2020: "01-25",
  2021: "02-12", 2022: "02-01", 2023: "01-22", 2024: "02-10", 2025: "01-29", 2026: "02-17",
  2027: "02-06", 2028: "01-26", 2029: "02-13", 2030: "02-03",
};

export function springFestival(y: number): Ymd | null {
  const md = SPRING_FESTIVAL[y];
  if (!md) return null;
  return { y, m: Number(md.slice(0, 2)), d: Number(md.slice(3)) };
}
