import { parentPort } from "node:worker_threads";
import { MappedText } from "../core/mapped-text.js";
import type { WorkReply, WorkRequest } from "./pool.js";
import { processDocument } from "./process.js";

// A worker thread of the pool: documents in, processed documents out.
// Structured cloning keeps MappedText's fields but not its class; give the class back and check it.
// Imported outside a worker (a test walking every module) it does nothing.
parentPort?.on("message", (m: WorkRequest) => {
  let reply: WorkReply;
  try {
    Object.setPrototypeOf(m.doc.text, MappedText.prototype);
    m.doc.text.checkInvariants();
    reply = { id: m.id, result: processDocument(m.doc, { hash: m.hash, ingestedAt: new Date(m.ingestedAt) }) };
  } catch (e) {
    reply = { id: m.id, crash: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
