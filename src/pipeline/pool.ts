import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { PipelineDocument } from "../core/records.js";
import { processDocument, type ProcessedDocument } from "./process.js";

/**
 * Runs `processDocument` on documents, in this thread or in worker threads (`--jobs N`). Results
 * come back in any order; the caller owns the database. Documents cross to workers without their
 * raw bytes (the writer keeps those).
 */
export interface Pool {
  process(doc: PipelineDocument, hash: string): Promise<ProcessedDocument>;
  close(): Promise<void>;
  readonly size: number;
}

export interface WorkRequest {
  readonly id: number;
  readonly doc: PipelineDocument;
  readonly hash: string;
  readonly ingestedAt: number;
}

/** A worker thread died (not a document's fault): ingest stops rather than fail every document. */
export class PoolError extends Error {
  override name = "PoolError";
}

export type WorkReply = { readonly id: number; readonly result: ProcessedDocument } | { readonly id: number; readonly crash: string };

export function inlinePool(): Pool {
  return {
    size: 1,
    process: async (doc, hash) => processDocument(doc, { hash }),
    close: async () => {},
  };
}

/** Under tsx (tests, `npm run` scripts) the worker is TypeScript and needs tsx's loader; built code loads worker.js. */
function spawn(): Worker {
  const self = import.meta.url;
  if (!/\.ts$/u.test(self)) return new Worker(new URL("./worker.js", self));
  const tsxApi = typeof import.meta.resolve === "function" ? import.meta.resolve("tsx/esm/api") : pathToFileURL(createRequire(self).resolve("tsx/esm/api")).href;
  const entry = new URL("./worker.ts", self).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

export function workerPool(size: number): Pool {
  const workers = Array.from({ length: Math.max(1, size) }, () => ({ worker: spawn(), busy: 0 }));
  const pending = new Map<number, { resolve: (r: ProcessedDocument) => void; reject: (e: Error) => void; w: (typeof workers)[number] }>();
  let next = 0;
  let failure: Error | null = null;
  for (const w of workers) {
    w.worker.on("message", (m: WorkReply) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      w.busy--;
      if ("crash" in m) p.reject(new Error(m.crash));
      else p.resolve(m.result);
    });
    w.worker.on("error", (e) => {
      failure = new PoolError(`a worker thread failed: ${e.message}`);
      for (const [id, p] of pending) {
        if (p.w !== w) continue;
        pending.delete(id);
        p.reject(failure);
      }
    });
  }
  return {
    size: workers.length,
    process(doc, hash) {
      if (failure) return Promise.reject(failure);
      const w = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = next++;
      w.busy++;
      // the raw bytes stay here; MappedText crosses as plain fields and is revived in the worker
      const lean = { ...doc, raw: new Uint8Array(0) };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, w });
        w.worker.postMessage({ id, doc: lean, hash, ingestedAt: Date.now() } satisfies WorkRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}

export function makePool(jobs: number): Pool {
  return jobs > 1 ? workerPool(jobs) : inlinePool();
}
