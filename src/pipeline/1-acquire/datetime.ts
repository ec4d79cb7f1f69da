// "2024-10-15 16:57", "2024-5-21 14:08:33", "2024/05/21", "2024年5月21日 14时08分", "2024-10-15T16:57:00+08:00"
const DATE_TIME =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*(?:[日T]\s*)?(?:(\d{1,2})\s*[:：时時]\s*(\d{2})(?:\s*[:：分]\s*(\d{2})(?:\.\d{1,9})?)?(?:\s*秒)?(?:\s*(Z(?![a-z])|[+-]\d{2}:?\d{2}(?!\d)))?)?/i;

/**
 * The first date (and time) in `text` as ISO 8601. When the text gives a time but no zone,
 * `offset` is added: Discuz forums print Beijing time, so they pass "+08:00"
 * ("2024-10-15 16:57" → "2024-10-15T16:57:00+08:00"). A date alone stays a date.
 */
export function toIso(text: string, offset: string | null = null): string | null {
  const m = DATE_TIME.exec(text);
  if (!m) return fromRfc(text);
  const [, y, mo, d, h, mi, s, zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${y}-${pad(month)}-${pad(day)}`;
  if (h === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return date;
  const z = zone ? (zone.toUpperCase() === "Z" ? "Z" : `${zone.slice(0, 3)}:${zone.slice(-2)}`) : (offset ?? "");
  return `${date}T${pad(Number(h))}:${mi}:${s ?? "00"}${z}`;
}

/** "Tue, 15 Oct 2024 08:57:00 GMT" (HTTP and RSS dates) → UTC. */
function fromRfc(text: string): string | null {
  if (!/[a-z]{3}/i.test(text) || !/\d{4}/.test(text)) return null;
  const t = Date.parse(text);
  return Number.isNaN(t) ? null : new Date(t).toISOString().replace(/\.000Z$/, "Z");
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
