import { makeDocument, type PipelineDocument } from "../../core/records.js";

/** Clean a document's text; every step records its edits in the one offset map. */
export function normalize(doc: PipelineDocument): PipelineDocument {
  const language = /[\u4e00-\u9fff]/.test(doc.text.text) ? "zh" : "en";
  return makeDocument({ ...doc, language });
}
