// Organizations: the entity registry (lexicon) and the recognizer that reads names in clean text.
export { Lexicon, type EntityKind, type LexiconEntry, type LexiconMatch } from "./lexicon.js";
export { findOrganizations, createOrgRecognizer, orgRecognizer, brandEndingAt } from "./recognize.js";
export { foldKey, foldScript } from "./fold.js";
