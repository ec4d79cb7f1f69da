// Recognizers over clean text. The extractor reads mentions by what each recognizer `provides`,
// never by its name. (Minimal registry from the names branch; the value recognizers join it.)
import { orgRecognizer } from "./org/index.js";
import { personRecognizer } from "./person/index.js";
import type { Recognizer } from "./types.js";

export const recognizers: readonly Recognizer[] = [orgRecognizer, personRecognizer];

export { Lexicon, findOrganizations, createOrgRecognizer, type LexiconEntry, type LexiconMatch, type EntityKind } from "./org/index.js";
export { findPeople, createPersonRecognizer } from "./person/index.js";
