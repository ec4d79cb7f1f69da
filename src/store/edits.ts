import type { ClaimField, ScalarField } from "../pipeline/5-resolve/conflict.js";
import { refreshEvent } from "./refresh.js";
import type { NewClaim, Store } from "./store.js";

/**
 * Human edits. Each is recorded in `edits` and, for a field, stored as a claim that beats every
 * source (rule 1). Nothing a source said is deleted: the sources' claims stay, marked as beaten.
 */
export interface EditBy {
  readonly author: string;
  readonly note: string | null;
  readonly at?: Date;
}

/** The claim an edit stores: no document, the editor's note as its quote. */
function editClaim(eventId: number, field: ClaimField, value: unknown, by: EditBy, at: string, editId: number): NewClaim {
  return {
    eventId,
    field,
    value,
    text: "",
    documentId: null,
    mentionId: null,
    span: null,
    quote: by.note,
    qualifiers: { edited_by: by.author },
    reportedOn: at.slice(0, 10),
    correction: false,
    editId,
  };
}

/** Set a field of an event: value null says "not disclosed". */
export async function editEventField(store: Store, eventId: number, field: ScalarField, value: unknown, by: EditBy): Promise<number> {
  return store.transaction(async () => {
    const at = (by.at ?? new Date()).toISOString();
    const editId = await store.addEdit({ action: "set_field", eventId, field, value, note: by.note, author: by.author, at });
    await store.addClaims([editClaim(eventId, field, value, by, at, editId)]);
    await refreshEvent(store, eventId);
    return editId;
  });
}

/** Add or remove an investor of an event (and set whether it led). */
export async function editParticipant(store: Store, eventId: number, entityId: number, present: boolean, lead: boolean | null, by: EditBy): Promise<number> {
  return store.transaction(async () => {
    const at = (by.at ?? new Date()).toISOString();
    const editId = await store.addEdit({ action: "set_field", eventId, field: "investor", value: { entityId, present, lead }, note: by.note, author: by.author, at });
    const claim = (field: "investor" | "lead", on: boolean) => editClaim(eventId, field, { entityId, present: on }, by, at, editId);
    await store.addClaims([claim("investor", present), ...(lead === null ? [] : [claim("lead", present && lead)])]);
    await refreshEvent(store, eventId);
    return editId;
  });
}

/** A human confirms that two entities are one: `drop` is merged into `keep`. */
export async function mergeEntities(store: Store, keep: number, drop: number, by: EditBy): Promise<number> {
  return store.transaction(async () => {
    const at = (by.at ?? new Date()).toISOString();
    const editId = await store.addEdit({ action: "merge_entities", eventId: null, field: null, value: { keep, drop }, note: by.note, author: by.author, at });
    await store.mergeEntities(keep, drop);
    for (const e of await store.eventsForCompany(keep)) await refreshEvent(store, e.id);
    for (const e of await store.eventsForInvestor(keep)) await refreshEvent(store, e.id);
    return editId;
  });
}

/** A human says a candidate link is wrong: it stays, marked rejected, and is no longer shown. */
export async function rejectLink(store: Store, linkId: number, by: EditBy): Promise<number> {
  return store.transaction(async () => {
    const at = (by.at ?? new Date()).toISOString();
    const editId = await store.addEdit({ action: "reject_link", eventId: null, field: null, value: { linkId }, note: by.note, author: by.author, at });
    await store.setLinkStatus(linkId, "rejected");
    return editId;
  });
}
