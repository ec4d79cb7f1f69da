// Stage 5: who is who, and which reports are the same round. Pure functions; the store supplies the data.
export { findAliasPairs, type AliasPair, type AliasRelation } from "./alias-pairs.js";
export { isCorrectionNotice } from "./corrections.js";
export { bestMatch, matchEvent, type EventShape, type Match } from "./consolidate.js";
export { decide, FIELD_RULES, type ClaimField, type ClaimInput, type Decision, type RuleName, type ScalarField } from "./conflict.js";
export { eventState, type EventState, type Participant } from "./current.js";
export { asOfDay, sinceDay, sortDay } from "./dates.js";
export { duplicateOf, fingerprint, type Fingerprint } from "./fingerprint.js";
export { totalRaised, toUsd, type MoneyValue, type RaisedTotal } from "./money.js";
export { coreKey, displayName, nameKey, toSimplified } from "./names.js";
export { loadRegistry, registryFiles, RegistryError, type Registry, type RegistryEntry } from "./registry.js";
export { resolveNames, type EntityDirectory, type EntityRef, type AliasStatement, type NameUse } from "./resolve.js";
