import type { Span } from "../../core/span.js";
import type { AliasRelation } from "./alias-pairs.js";
import { coreKey, displayName, nameKey } from "./names.js";
import type { Registry, RegistryEntry } from "./registry.js";

/**
 * Entity resolution for one document. Strong evidence resolves a name to an entity:
 *   - the same key (script, width, case, spacing, punctuation, legal form folded);
 *   - the registry ("阿里" → alibaba), built in or the user's file;
 *   - an alias statement in the text ("X（以下简称Y）", "Y, formerly X", and "X(Y)" when one side
 *     is a name the extractor took for an organization).
 * Weak evidence never merges: the same core name ("北京月之暗面科技有限公司" ~ "月之暗面"), or an
 * alias statement that would join two entities already known apart, becomes a candidate link
 * with its reason.
 */
export interface EntityRef {
  readonly id: number;
  readonly name: string;
  readonly kind: string;
  readonly registryId: string | null;
  /** The entity this one is a unit of (registry "parent": 腾讯投资 → 腾讯). */
  readonly parentId?: number | null;
}

export type AliasSource = "name" | "registry" | "learned" | "human";

export interface NewAlias {
  readonly entityId: number;
  readonly name: string;
  readonly key: string;
  readonly core: string | null;
  readonly source: AliasSource;
  readonly documentId: number | null;
  /** The words that taught it ("MiniMax(稀宇科技)"). */
  readonly evidence: string | null;
}

export interface NewLink {
  readonly a: number;
  readonly b: number;
  readonly reason: string;
  readonly documentId: number | null;
  readonly evidence: string | null;
}

/** What resolution needs from the knowledge base (the store implements it inside a write transaction). */
export interface EntityDirectory {
  byKey(key: string): Promise<EntityRef[]>;
  byCore(core: string): Promise<EntityRef[]>;
  byRegistryId(id: string): Promise<EntityRef | null>;
  create(entity: { name: string; kind: string; registryId: string | null; parentId?: number | null }): Promise<EntityRef>;
  /** Give a known entity the registry id its name turned out to have (a registry file added later). */
  adoptRegistryId(entityId: number, registryId: string): Promise<void>;
  addAlias(alias: NewAlias): Promise<void>;
  link(link: NewLink): Promise<void>;
}

export interface NameUse {
  readonly name: string;
  readonly role: "company" | "investor";
}

export interface AliasStatement {
  readonly name: string;
  readonly alias: string;
  readonly relation: AliasRelation;
  /** Original-text span and words of the statement. */
  readonly span: Span;
  readonly text: string;
}

export interface ResolveInput {
  readonly documentId: number | null;
  readonly names: readonly NameUse[];
  readonly aliases: readonly AliasStatement[];
}

export function aliasRecord(entityId: number, name: string, source: AliasSource, documentId: number | null, evidence: string | null): NewAlias {
  return { entityId, name: displayName(name), key: nameKey(name), core: coreKey(name), source, documentId, evidence };
}

/** Prefer the registry entity, then the oldest: a key shared by two entities is already a candidate link. */
function preferred(refs: readonly EntityRef[]): EntityRef | null {
  return [...refs].sort((a, b) => Number(b.registryId !== null) - Number(a.registryId !== null) || a.id - b.id)[0] ?? null;
}

interface Group {
  keys: Set<string>;
  names: Map<string, string>; // key → a display name
  evidence: AliasStatement[];
}

export async function resolveNames(dir: EntityDirectory, registry: Registry, input: ResolveInput): Promise<Map<string, EntityRef>> {
  const docKeys = new Map<string, NameUse>();
  for (const u of input.names) {
    const k = nameKey(u.name);
    if (k && !docKeys.has(k)) docKeys.set(k, u);
  }

  // union the document's names with what its alias statements say
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const display = new Map<string, string>();
  const add = (k: string, name: string) => {
    if (!parent.has(k)) parent.set(k, k);
    if (!display.has(k)) display.set(k, displayName(name));
  };
  for (const [k, u] of docKeys) add(k, u.name);
  const usedStatements: AliasStatement[] = [];
  for (const s of input.aliases) {
    const ka = nameKey(s.name);
    const kb = nameKey(s.alias);
    if (!ka || !kb || ka === kb) continue;
    const known = async (k: string, n: string) => docKeys.has(k) || registry.lookup(n) !== null || (await dir.byKey(k)).length > 0;
    // "人工智能（AI）" has the shape of "MiniMax(稀宇科技)": a bare parenthetical needs an organization on one side
    const anchored = s.relation === "parenthetical" ? docKeys.has(ka) || docKeys.has(kb) : (await known(ka, s.name)) || (await known(kb, s.alias));
    if (!anchored) continue;
    add(ka, s.name);
    add(kb, s.alias);
    parent.set(find(ka), find(kb));
    usedStatements.push(s);
  }
  const groups = new Map<string, Group>();
  for (const k of parent.keys()) {
    const r = find(k);
    const g = groups.get(r) ?? { keys: new Set(), names: new Map(), evidence: [] };
    g.keys.add(k);
    g.names.set(k, display.get(k)!);
    groups.set(r, g);
  }
  for (const s of usedStatements) groups.get(find(nameKey(s.name)))!.evidence.push(s);

  const byKey = new Map<string, EntityRef>();
  for (const g of groups.values()) {
    const resolved = await resolveGroup(dir, registry, g, docKeys, input.documentId);
    for (const [k, e] of resolved) byKey.set(k, e);
  }
  const out = new Map<string, EntityRef>();
  for (const u of input.names) {
    const e = byKey.get(nameKey(u.name));
    if (e) out.set(u.name, e);
  }
  return out;
}

async function resolveGroup(
  dir: EntityDirectory,
  registry: Registry,
  g: Group,
  docKeys: ReadonlyMap<string, NameUse>,
  documentId: number | null,
): Promise<Map<string, EntityRef>> {
  const hits = new Map<string, EntityRef>(); // key → entity it already denotes
  const entries = new Map<string, RegistryEntry>(); // registry id → entry
  for (const [k, name] of g.names) {
    const entry = registry.lookup(name);
    if (entry) {
      entries.set(entry.id, entry);
      const e = (await dir.byRegistryId(entry.id)) ?? (await adopt(dir, k, entry));
      if (e) hits.set(k, e);
      continue;
    }
    const e = preferred(await dir.byKey(k));
    if (e) hits.set(k, e);
  }
  const evidenceFor = (k: string) => g.evidence.find((s) => nameKey(s.name) === k || nameKey(s.alias) === k) ?? null;
  const distinct = [...new Map([...hits.values()].map((e) => [e.id, e])).values()];

  if (distinct.length > 1 || entries.size > 1) {
    // the text says one entity, the knowledge base knows several: keep them apart, link them
    const out = new Map<string, EntityRef>();
    for (const k of g.keys) out.set(k, hits.get(k) ?? (await create(dir, registry, k, g.names.get(k)!, docKeys, documentId)));
    const ids = [...new Map([...out.values()].map((e) => [e.id, e])).values()];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const s = g.evidence[0];
        await dir.link({
          a: ids[i]!.id,
          b: ids[j]!.id,
          reason: `alias statement joins two known entities: ${s ? `"${s.text}"` : "same name"}`,
          documentId,
          evidence: s?.text ?? null,
        });
      }
    }
    return out;
  }

  let entity = distinct[0];
  if (!entity) {
    const entry = [...entries.values()][0];
    const first = [...g.keys].find((k) => docKeys.has(k)) ?? [...g.keys][0]!;
    entity = entry
      ? await createFromRegistry(dir, registry, entry)
      : await create(dir, registry, first, g.names.get(first)!, docKeys, documentId);
  }
  const out = new Map<string, EntityRef>();
  for (const [k, name] of g.names) {
    out.set(k, entity);
    if (hits.get(k)?.id !== entity.id) {
      const s = evidenceFor(k);
      await dir.addAlias(aliasRecord(entity.id, name, s ? "learned" : "name", documentId, s?.text ?? null));
    }
  }
  return out;
}

/** A known entity whose name is a registry alias gets the registry id, unless another entity has it. */
async function adopt(dir: EntityDirectory, key: string, entry: RegistryEntry): Promise<EntityRef | null> {
  const e = preferred((await dir.byKey(key)).filter((x) => x.registryId === null));
  if (!e) return null;
  await dir.adoptRegistryId(e.id, entry.id);
  for (const a of [entry.name, ...entry.aliases]) await dir.addAlias(aliasRecord(e.id, a, "registry", null, null));
  return { ...e, registryId: entry.id };
}

async function createFromRegistry(dir: EntityDirectory, registry: Registry, entry: RegistryEntry, depth = 0): Promise<EntityRef> {
  // a unit points at its parent, created from the registry too when first needed
  const parentEntry = entry.parent && depth < 4 ? registry.get(entry.parent) : null;
  const parent = parentEntry ? ((await dir.byRegistryId(parentEntry.id)) ?? (await createFromRegistry(dir, registry, parentEntry, depth + 1))) : null;
  const e = await dir.create({ name: entry.name, kind: entry.kind, registryId: entry.id, parentId: parent?.id ?? null });
  for (const a of [entry.name, ...entry.aliases]) await dir.addAlias(aliasRecord(e.id, a, "registry", null, null));
  // registry entries are curated: weak links are looked for from new names only
  return e;
}

async function create(
  dir: EntityDirectory,
  registry: Registry,
  key: string,
  name: string,
  docKeys: ReadonlyMap<string, NameUse>,
  documentId: number | null,
): Promise<EntityRef> {
  const entry = registry.lookup(name);
  if (entry) return (await dir.byRegistryId(entry.id)) ?? createFromRegistry(dir, registry, entry);
  const e = await dir.create({ name, kind: docKeys.get(key)?.role ?? "company", registryId: null });
  await dir.addAlias(aliasRecord(e.id, name, "name", documentId, null));
  await linkSameCore(dir, registry, e, [name], documentId);
  return e;
}

/**
 * Weak evidence for a new entity: the same core name as a known one, or a known name at its start
 * or end ("有报道称月之暗面" ends with "月之暗面": a name glued to its context, or a subsidiary).
 */
async function linkSameCore(dir: EntityDirectory, registry: Registry, e: EntityRef, names: readonly string[], documentId: number | null): Promise<void> {
  const seen = new Set<number>([e.id]);
  const link = async (other: EntityRef, reason: string) => {
    if (seen.has(other.id)) return;
    seen.add(other.id);
    await dir.link({ a: other.id, b: e.id, reason, documentId, evidence: null });
  };
  for (const n of names) {
    const core = coreKey(n);
    if (core) for (const other of await dir.byCore(core)) await link(other, `same core name "${core}" ("${other.name}" / "${n}")`);
    const chars = [...nameKey(n)];
    for (let len = chars.length - 1; len >= MIN_CONTAINED; len--) {
      const head = chars.slice(0, len).join("");
      const tail = chars.slice(chars.length - len).join("");
      for (const [part, where] of [[head, "starts"], [tail, "ends"]] as const) {
        if (!containable(part)) continue;
        const known = await dir.byKey(part);
        // a registry name counts as known even before any document used it
        const entry = known.length === 0 ? registry.lookup(part) : null;
        if (entry && entry.id !== e.registryId) known.push((await dir.byRegistryId(entry.id)) ?? (await createFromRegistry(dir, registry, entry)));
        for (const other of known) await link(other, `"${n}" ${where} with the known name "${other.name}"`);
      }
    }
  }
}

// A contained name must be long enough to mean something: 3 Han characters ("月之暗面"), or 4
// letters ("MiniMax"); "腾讯" inside "腾讯音乐" is left to the core rule.
const MIN_CONTAINED = 3;
function containable(part: string): boolean {
  return /\p{Script=Han}/u.test(part) ? [...part].length >= 3 : part.length >= 4;
}
