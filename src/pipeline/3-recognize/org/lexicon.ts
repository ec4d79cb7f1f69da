import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { issue, type Issue, type Result } from "../../../core/issue.js";
import { parseEntries, type LexiconEntry } from "./entries.js";
import { foldKey, foldScript } from "./fold.js";
import { Trie } from "./trie.js";

export type { EntityKind, LexiconEntry } from "./entries.js";

/** A registry name found in a text. */
export interface LexiconMatch {
  readonly start: number;
  readonly end: number;
  /** The words as the text has them. */
  readonly text: string;
  readonly entry: LexiconEntry;
}

/** What a folded key points to; `exact` set = a one-word Latin alias that must keep its case. */
interface KeyTarget {
  readonly id: string;
  readonly exact: readonly string[] | null;
}

// "Accel", "Benchmark", "Index": one Latin word matches as written (or in capitals), so the
// common words "accel…", "benchmark", "index" do not.
const ONE_LATIN_WORD = /^[A-Z0-9][\w.&'-]*$/i;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
// foldKey(text) for a key: the trie lowers ASCII capitals of the text as it scans.

/**
 * The entity registry: the built-in entries (data/entities.jsonl) plus whatever the user adds.
 * Immutable; `extend` returns a new lexicon. Names are compared after `foldKey` (case, width
 * and script-insensitive: "深創投", "ＩＤＧ资本" and "idg资本" are keys of the same entries).
 *
 *   Lexicon.builtin()                     the shipped registry (cached)
 *   Lexicon.active()                      builtin + the file DEALGRAPH_REGISTRY names (the CLI's --registry)
 *   Lexicon.fromFile(path, base?)         base (default builtin) + a user file; bad lines → issues
 *   lexicon.extend(entries)               a new lexicon with more entries (same id: merged)
 *   lexicon.get(id) / lookup(name)        one entry by id / by any of its names, exact
 *   lexicon.findAll(text)                 every registry name in a text: leftmost-longest,
 *                                          non-overlapping, Latin names only at word boundaries
 */
export class Lexicon {
  private trie: Trie<KeyTarget> | null = null;
  private static cached: Lexicon | null = null;

  private constructor(
    private readonly byId: ReadonlyMap<string, LexiconEntry>,
    private readonly keys: ReadonlyMap<string, KeyTarget>,
    /** Names claimed by two entries (the later one won), and parents that do not exist. */
    readonly conflicts: readonly string[],
  ) {}

  static empty(): Lexicon {
    return new Lexicon(new Map(), new Map(), []);
  }

  /** The registry shipped in data/entities.jsonl. */
  /**
   * The registry in effect: the shipped one, extended by the user's file when DEALGRAPH_REGISTRY
   * names one (the CLI's `--registry FILE` sets it, so recognition and the knowledge base read the
   * same registry, also in worker threads). A file that cannot be read leaves the built-in one; the
   * knowledge base's loader reports it to the user.
   */
  static active(): Lexicon {
    const file = process.env.DEALGRAPH_REGISTRY;
    if (!file) return Lexicon.builtin();
    if (Lexicon.activeFile !== file) {
      try {
        Lexicon.activeLexicon = Lexicon.fromFile(file).value;
      } catch {
        Lexicon.activeLexicon = Lexicon.builtin();
      }
      Lexicon.activeFile = file;
    }
    return Lexicon.activeLexicon!;
  }

  private static activeFile: string | null = null;
  private static activeLexicon: Lexicon | null = null;

  static builtin(): Lexicon {
    if (!Lexicon.cached) {
      const { value } = parseEntries(readFileSync(builtinPath(), "utf8"), "data/entities.jsonl");
      Lexicon.cached = Lexicon.empty().extend(value);
    }
    return Lexicon.cached;
  }

  /** Issues of the shipped file itself (a test keeps this empty). */
  static builtinIssues(): Issue[] {
    const { issues } = parseEntries(readFileSync(builtinPath(), "utf8"), "data/entities.jsonl");
    return [...issues, ...Lexicon.builtin().conflicts.map((c) => issue("registry_conflict", c))];
  }

  /** `base` extended with a user's registry file (same format). Throws only if the file cannot be read. */
  static fromFile(path: string, base: Lexicon = Lexicon.builtin()): Result<Lexicon> {
    const { value, issues } = parseEntries(readFileSync(path, "utf8"), path);
    const lexicon = base.extend(value);
    const fresh = lexicon.conflicts.slice(base.conflicts.length).map((c) => issue("registry_conflict", `${path}: ${c}`));
    return { value: lexicon, issues: [...issues, ...fresh] };
  }

  /**
   * A new lexicon with `entries` added. An entry whose id exists replaces its fields and adds its
   * names to the old ones; a name already used by another entry moves to the new one (reported
   * in `conflicts`).
   */
  extend(entries: readonly LexiconEntry[]): Lexicon {
    const byId = new Map(this.byId);
    for (const e of entries) {
      const old = byId.get(e.id);
      const aliases = old ? [...new Set([...old.aliases, old.name, ...(old.en ? [old.en] : []), ...e.aliases])] : e.aliases;
      byId.set(e.id, Object.freeze({ ...e, aliases: Object.freeze(aliases.filter((a) => a !== e.name)) }));
    }
    const keys = new Map(this.keys);
    const conflicts = [...this.conflicts];
    const touched = new Set(entries.map((e) => e.id));
    for (const id of touched) {
      const e = byId.get(id);
      if (!e) continue;
      for (const name of namesOf(e)) {
        const key = foldKey(name);
        const prev = keys.get(key);
        if (prev && prev.id !== id && !touched.has(prev.id)) conflicts.push(`"${name}" moved from ${prev.id} to ${id}`);
        else if (prev && prev.id !== id) conflicts.push(`"${name}" is a name of both ${prev.id} and ${id}`);
        const oneWord = ONE_LATIN_WORD.test(name);
        const keepCase = prev && prev.id === id ? prev.exact !== null && oneWord : oneWord;
        const exact = keepCase ? [...(prev?.id === id ? (prev.exact ?? []) : []), name] : null;
        keys.set(key, { id, exact });
      }
    }
    for (const e of entries) {
      if (e.parent && !byId.has(e.parent)) conflicts.push(`${e.id}: parent "${e.parent}" is not in the registry`);
    }
    return new Lexicon(byId, keys, conflicts);
  }

  get size(): number {
    return this.byId.size;
  }

  entries(): LexiconEntry[] {
    return [...this.byId.values()];
  }

  get(id: string): LexiconEntry | null {
    return this.byId.get(id) ?? null;
  }

  /** The entry one of whose names is exactly `name` (ignoring case, width, script and outer spaces). */
  lookup(name: string): LexiconEntry | null {
    const target = this.keys.get(foldKey(name.trim()));
    return target ? (this.byId.get(target.id) ?? null) : null;
  }

  /** Every registry name in `text` (leftmost-longest, non-overlapping). */
  findAll(text: string): LexiconMatch[] {
    return this.findAllFolded(text, foldScript(text));
  }

  /** `findAll` when the caller already has `foldScript(text)` (or `foldKey(text)`). */
  findAllFolded(text: string, folded: string): LexiconMatch[] {
    const trie = this.buildTrie();
    const n = folded.length;
    const hits = trie.scan(folded, (start, end, target) => {
        if (end < n && isAlnum(folded.charCodeAt(end - 1)) && isAlnum(folded.charCodeAt(end))) return false;
        if (!target.exact) return true;
        const written = text.slice(start, end);
        return target.exact.some((x) => x === written || x.toUpperCase() === written);
      });
    const out: LexiconMatch[] = [];
    for (const h of hits) {
      const entry = this.byId.get(h.value.id);
      if (entry) out.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end), entry });
    }
    return out;
  }

  private buildTrie(): Trie<KeyTarget> {
    if (!this.trie) {
      const trie = new Trie<KeyTarget>();
      for (const [key, target] of this.keys) trie.set(key, target);
      this.trie = trie;
    }
    return this.trie;
  }
}

function namesOf(e: LexiconEntry): string[] {
  return [e.name, ...(e.en ? [e.en] : []), ...e.aliases];
}

/** data/entities.jsonl, found by walking up from this module (works from src/ and from dist/). */
function builtinPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, "data", "entities.jsonl");
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error("data/entities.jsonl not found next to the installed package");
}
