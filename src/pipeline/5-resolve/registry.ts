import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseEntries } from "../3-recognize/org/entries.js";
import { displayName, nameKey } from "./names.js";

/**
 * The registry of well-known entities (data/entities.jsonl, extended by the user's files). This
 * is the narrow interface resolution needs; the recognizers' lexicon can stand behind it later.
 */
export interface RegistryEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly aliases: readonly string[];
  /** Id of the entity this one is a unit of ("腾讯投资" → tencent). */
  readonly parent?: string | null;
}

export interface Registry {
  /** The entry a name denotes, in any script or spacing ("騰訊" → tencent), or null. */
  lookup(name: string): RegistryEntry | null;
  get(id: string): RegistryEntry | null;
  readonly size: number;
}

/** A registry file that cannot be used: one line for the user, never a stack trace. */
export class RegistryError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "RegistryError";
  }
}

/** The built-in registry shipped in data/ (two folders up from src/ or dist/). */
export const BUILTIN_REGISTRY = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "data", "entities.jsonl");

/** The registry files in effect: the built-in one, then the user's (later files win a clash). */
export function registryFiles(userFile: string | undefined = process.env.DEALGRAPH_REGISTRY): string[] {
  return userFile ? [BUILTIN_REGISTRY, userFile] : [BUILTIN_REGISTRY];
}

/**
 * The registry file format has one reader, the recognizers' (`parseEntries`); resolution is strict
 * where recognition is forgiving: the first malformed line is a RegistryError for the user.
 */
export function parseRegistry(text: string, file: string): RegistryEntry[] {
  const { value, issues } = parseEntries(text, file);
  if (issues.length) throw new RegistryError(file, issues[0]!.message.replace(`${file}:`, "line "));
  return value.map((e) =>
    Object.freeze({
      id: e.id,
      name: displayName(e.name),
      kind: e.kind,
      aliases: Object.freeze([...new Set(e.en ? [...e.aliases, e.en] : e.aliases)]),
      parent: e.parent,
    }),
  );
}

export function registryFromEntries(entries: readonly RegistryEntry[]): Registry {
  const byKey = new Map<string, RegistryEntry>();
  const byId = new Map<string, RegistryEntry>();
  for (const e of entries) {
    // a later file extends an entry with the same id rather than replacing its aliases
    const prev = byId.get(e.id);
    const merged = prev ? Object.freeze({ ...e, aliases: Object.freeze([...new Set([...prev.aliases, ...e.aliases])]) }) : e;
    byId.set(e.id, merged);
  }
  for (const e of byId.values()) {
    for (const n of [e.name, ...e.aliases]) {
      const k = nameKey(n);
      if (k) byKey.set(k, e);
    }
  }
  return { lookup: (name) => byKey.get(nameKey(name)) ?? null, get: (id) => byId.get(id) ?? null, size: byId.size };
}

/** Read registry files; a missing user file or a bad line is a RegistryError. */
export function loadRegistry(files: readonly string[] = registryFiles()): Registry {
  const entries: RegistryEntry[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = readFileSync(f, "utf8");
    } catch (e) {
      throw new RegistryError(f, `cannot read registry (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    entries.push(...parseRegistry(text, f));
  }
  return registryFromEntries(entries);
}

export const EMPTY_REGISTRY: Registry = { lookup: () => null, get: () => null, size: 0 };
