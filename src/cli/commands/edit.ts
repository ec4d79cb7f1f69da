import type { EventStatus } from "../../pipeline/4-extract/event.js";
import type { ScalarField } from "../../pipeline/5-resolve/conflict.js";
import { sinceDay } from "../../pipeline/5-resolve/dates.js";
import { editEventField, editParticipant, mergeEntities, rejectLink } from "../../store/edits.js";
import { findEntity } from "../../store/reports.js";
import type { Store } from "../../store/store.js";
import { dbPath, registryFor, withStore, type DbOptions } from "../db.js";
import { printJson, type Output } from "../output.js";
import { parseMoneyValue, parsePositiveInt, parseStages, UsageError } from "../parse.js";

/**
 * `dealgraph edit …`: human edits. They beat every source (rule 1 of docs/knowledge-base.md) and
 * delete nothing: the sources' claims stay, shown as beaten by the edit.
 */
export interface EditOptions extends DbOptions {
  note?: string;
  author?: string;
  remove?: boolean;
  lead?: boolean;
}

const FIELDS: readonly ScalarField[] = ["amount", "valuation", "round", "date", "disclosed", "status"];
const STATUSES: readonly EventStatus[] = ["completed", "in_progress", "planned", "rumored"];

export function parseFieldValue(field: ScalarField, text: string): unknown {
  switch (field) {
    case "amount":
      return parseMoneyValue(text);
    case "valuation": {
      const m = parseMoneyValue(text);
      return m && { ...m, basis: "unspecified" };
    }
    case "round": {
      const [stage] = parseStages(text);
      return { stage, label: null };
    }
    case "date":
    case "disclosed": {
      if (!sinceDay(text)) throw new UsageError(`not a date: "${text}" (try 2024, 2024-02, 2024-02-19)`);
      const parts = text.trim().split("-").length;
      const value = text
        .trim()
        .split("-")
        .map((p, i) => (i === 0 ? p : p.padStart(2, "0")))
        .join("-");
      return { value, precision: parts === 1 ? "year" : parts === 2 ? "month" : "day" };
    }
    case "status":
      if (!(STATUSES as readonly string[]).includes(text)) throw new UsageError(`status must be one of ${STATUSES.join(", ")}`);
      return text;
  }
}

async function entityId(store: Store, opts: DbOptions, name: string): Promise<number> {
  const found = await findEntity(store, registryFor(opts), name);
  if (!found.entity) throw new UsageError(`no entity named "${name}" in the knowledge base`);
  return found.entity.id;
}

const by = (opts: EditOptions) => ({ author: opts.author ?? process.env.USER ?? "unknown", note: opts.note ?? null });

async function eventId(store: Store, text: string): Promise<number> {
  const id = parsePositiveInt(text, "the event id");
  if (!(await store.event(id))) throw new UsageError(`no event ${id} (event ids are shown by \`dealgraph company NAME --claims\`)`);
  return id;
}

function done(io: Output, opts: EditOptions, editId: number, what: string): number {
  if (opts.json) printJson(io, { edit: editId });
  else io.out(`edit ${editId}: ${what}\n`);
  return 0;
}

export async function editSetCommand(event: string, field: string, value: string, opts: EditOptions, io: Output): Promise<number> {
  return withStore(io, dbPath(opts), { mustExist: true }, async (store) => {
    if (!(FIELDS as readonly string[]).includes(field)) throw new UsageError(`field must be one of ${FIELDS.join(", ")}`);
    const id = await eventId(store, event);
    const editId = await editEventField(store, id, field as ScalarField, parseFieldValue(field as ScalarField, value), by(opts));
    return done(io, opts, editId, `event ${id} ${field} set to ${value}`);
  });
}

export async function editInvestorCommand(event: string, name: string, opts: EditOptions, io: Output): Promise<number> {
  return withStore(io, dbPath(opts), { mustExist: true }, async (store) => {
    const id = await eventId(store, event);
    const who = await entityId(store, opts, name);
    const editId = await editParticipant(store, id, who, !opts.remove, opts.remove ? null : Boolean(opts.lead), by(opts));
    return done(io, opts, editId, `${name} ${opts.remove ? "removed from" : opts.lead ? "set as lead of" : "set as investor of"} event ${id}`);
  });
}

export async function editMergeCommand(keep: string, drop: string, opts: EditOptions, io: Output): Promise<number> {
  return withStore(io, dbPath(opts), { mustExist: true }, async (store) => {
    const k = await entityId(store, opts, keep);
    const d = await entityId(store, opts, drop);
    if (k === d) throw new UsageError(`"${keep}" and "${drop}" are already one entity`);
    return done(io, opts, await mergeEntities(store, k, d, by(opts)), `"${drop}" merged into "${keep}"`);
  });
}

export async function editRejectLinkCommand(a: string, b: string, opts: EditOptions, io: Output): Promise<number> {
  return withStore(io, dbPath(opts), { mustExist: true }, async (store) => {
    const x = await entityId(store, opts, a);
    const y = await entityId(store, opts, b);
    const link = (await store.links(x)).find((l) => l.a === y || l.b === y);
    if (!link) throw new UsageError(`no candidate link between "${a}" and "${b}"`);
    return done(io, opts, await rejectLink(store, link.id, by(opts)), `"${a}" and "${b}" are different entities`);
  });
}
