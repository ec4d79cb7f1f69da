import { issue, type Issue, type Result } from "../../../core/issue.js";

/**
 * One entity of the registry (data/entities.jsonl, one JSON object per line; see data/README.md).
 * Names only, no deal data: who the entity is and how it is written.
 */
export type EntityKind = "company" | "investor" | "fund" | "corporate" | "government" | "bank";

export const ENTITY_KINDS: readonly EntityKind[] = ["company", "investor", "fund", "corporate", "government", "bank"];

export interface LexiconEntry {
  /** Stable id: lowercase ASCII words joined by "-" ("moonshot-ai"). */
  readonly id: string;
  readonly kind: EntityKind;
  /** Display name: Simplified Chinese where the entity has a Chinese name. */
  readonly name: string;
  /** English display name, if any. */
  readonly en: string | null;
  /** Every other spelling, any script or language (Traditional forms match without being listed). */
  readonly aliases: readonly string[];
  /** Id of the entity this one belongs to ("腾讯投资" → tencent). */
  readonly parent: string | null;
  readonly note: string | null;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The one factory for entries: validates a parsed JSON value, or says what is wrong with it. */
export function toEntry(raw: unknown): LexiconEntry | string {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return "not a JSON object";
  const o = raw as Record<string, unknown>;
  if (typeof o.id !== "string" || !ID.test(o.id)) return `"id" must be lowercase words joined by "-"`;
  if (typeof o.kind !== "string" || !(ENTITY_KINDS as readonly string[]).includes(o.kind))
    return `"kind" must be one of ${ENTITY_KINDS.join(", ")}`;
  if (typeof o.name !== "string" || o.name.trim().length < 2) return `"name" must be a string of at least 2 characters`;
  const aliases = o.aliases ?? [];
  if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== "string" || a.trim().length < 2))
    return `"aliases" must be a list of strings of at least 2 characters`;
  for (const f of ["en", "parent", "note"] as const) {
    if (o[f] !== undefined && o[f] !== null && typeof o[f] !== "string") return `"${f}" must be a string`;
  }
  if (typeof o.parent === "string" && !ID.test(o.parent)) return `"parent" must be an id`;
  return Object.freeze({
    id: o.id,
    kind: o.kind as EntityKind,
    name: o.name.trim(),
    en: typeof o.en === "string" && o.en.trim() ? o.en.trim() : null,
    aliases: Object.freeze((aliases as string[]).map((a) => a.trim())),
    parent: typeof o.parent === "string" ? o.parent : null,
    note: typeof o.note === "string" ? o.note : null,
  });
}

/** Parses registry lines; a malformed line becomes an issue and is skipped, never thrown. */
export function parseEntries(text: string, source: string): Result<LexiconEntry[]> {
  const entries: LexiconEntry[] = [];
  const issues: Issue[] = [];
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] ?? "").trim();
    if (!line || line.startsWith("//") || line.startsWith("#")) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      issues.push(issue("registry_line_malformed", `${source}:${n + 1}: not valid JSON`));
      continue;
    }
    const entry = toEntry(raw);
    if (typeof entry === "string") issues.push(issue("registry_line_malformed", `${source}:${n + 1}: ${entry}`));
    else entries.push(entry);
  }
  return { value: entries, issues };
}
