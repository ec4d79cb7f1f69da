import { InputError } from "../core/issue.js";
import type { PipelineDocument } from "../core/records.js";
import { acquire, type AcquireOptions, DEFAULT_ACQUIRE_OPTIONS } from "../pipeline/1-acquire/index.js";
import type { Registry } from "../pipeline/5-resolve/registry.js";
import { makePool, PoolError } from "../pipeline/pool.js";
import { fingerprint } from "../pipeline/5-resolve/fingerprint.js";
import { rawHash, reportDay, versionKeyOf, type ProcessedDocument } from "../pipeline/process.js";
import type { Store } from "./store.js";
import { writeDocument } from "./write.js";

/**
 * `dealgraph ingest`: acquire → (worker threads) normalize, extract, fingerprint → one writer.
 * Writes go in batches, one transaction each, so a kill -9 loses at most the batch in flight and
 * leaves the database consistent; documents already stored (same bytes) are skipped before any
 * work, which is how a second run resumes. A document that fails is stored with its error.
 */
export interface IngestOptions {
  readonly registry: Registry;
  /** Worker threads for the pipeline; 1 runs it in this thread. */
  readonly jobs?: number;
  /** Documents per transaction. */
  readonly batchSize?: number;
  readonly acquire?: AcquireOptions;
  /** Stop early (Ctrl-C): the batch in flight is written, then ingest returns. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: IngestProgress) => void;
  /** Called for each input that could not be read and each document that failed. */
  readonly onProblem?: (source: string, message: string) => void;
}

export interface IngestProgress {
  /** Documents acquired so far (stored, unchanged or failed). */
  readonly done: number;
  readonly stored: number;
  readonly unchanged: number;
  readonly failed: number;
  /** Raw bytes acquired so far. */
  readonly bytes: number;
}

export interface IngestSummary extends IngestProgress {
  readonly unreadable: number;
  readonly reposts: number;
  readonly versions: number;
  readonly eventsCreated: number;
  readonly eventsMatched: number;
  readonly interrupted: boolean;
  readonly elapsedMs: number;
}

/**
 * Pull up to `n` items ahead of the consumer: the next file is read while this one is processed
 * (acquisition awaits each read in turn; without this the writer sits idle on I/O).
 */
async function* readAhead<T>(source: AsyncIterable<T>, n: number): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  const queue: Promise<IteratorResult<T>>[] = [];
  for (let i = 0; i < n; i++) queue.push(it.next());
  try {
    for (;;) {
      const r = await queue.shift()!;
      if (r.done) return;
      queue.push(it.next());
      yield r.value;
    }
  } finally {
    await it.return?.();
  }
}

type Pending = { kind: "doc"; p: ProcessedDocument; raw: Uint8Array } | { kind: "unreadable"; error: InputError };

function failedDocument(doc: PipelineDocument, hash: string, error: unknown): ProcessedDocument {
  return {
    kind: "processed",
    meta: doc.meta,
    hash,
    language: doc.language,
    fingerprint: fingerprint(doc.text.text),
    reportedOn: reportDay(doc.meta.published, new Date()),
    versionKey: versionKeyOf(doc.meta),
    correction: false,
    events: [],
    relations: [],
    mentions: [],
    aliases: [],
    issues: doc.issues,
    error: error instanceof Error ? error.message : String(error),
  };
}

export async function ingest(store: Store, inputs: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const jobs = Math.max(1, options.jobs ?? 1);
  const batchSize = Math.max(1, options.batchSize ?? 256);
  const pool = makePool(jobs);
  const s = { done: 0, stored: 0, unchanged: 0, failed: 0, bytes: 0, unreadable: 0, reposts: 0, versions: 0, eventsCreated: 0, eventsMatched: 0 };
  const progress = () => options.onProgress?.({ done: s.done, stored: s.stored, unchanged: s.unchanged, failed: s.failed, bytes: s.bytes });
  let batch: Pending[] = [];
  const inflight = new Set<Promise<void>>();
  // enough queued work that the workers keep busy while this thread writes a batch
  const maxInflight = jobs > 1 ? batchSize * 2 : 1;

  /** Write a batch in one transaction. Fast path without savepoints; if a document throws (a bug), redo the batch with one savepoint per document. */
  const writeBatch = async (items: readonly Pending[], careful: boolean) => {
    const outcomes: { item: Extract<Pending, { kind: "doc" }>; out: Awaited<ReturnType<typeof writeDocument>> }[] = [];
    await store.transaction(async () => {
      for (const item of items) {
        if (item.kind === "unreadable") {
          await store.recordInputError(item.error.input, item.error.code, item.error.message, new Date().toISOString());
          continue;
        }
        if (!careful) {
          outcomes.push({ item, out: await writeDocument(store, item.p, item.raw, options.registry) });
          continue;
        }
        try {
          outcomes.push({ item, out: await store.savepoint(() => writeDocument(store, item.p, item.raw, options.registry)) });
        } catch (e) {
          // a bug while writing one document must not lose the batch: store it as failed
          const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
          const failed = { ...item.p, error: `while storing: ${msg}`, events: [], relations: [], mentions: [], aliases: [] };
          outcomes.push({ item: { ...item, p: failed }, out: await writeDocument(store, failed, item.raw, options.registry) });
        }
      }
    });
    return outcomes;
  };

  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    let outcomes;
    try {
      outcomes = await writeBatch(items, false);
    } catch {
      outcomes = await writeBatch(items, true); // the first attempt was rolled back as a whole
    }
    for (const { item, out } of outcomes) {
      s.done++;
      s[out.status]++;
      if (out.status === "failed") options.onProblem?.(item.p.meta.source, item.p.error ?? "failed");
      if (out.repostOf !== null) s.reposts++;
      if (out.previousVersion !== null) s.versions++;
      s.eventsCreated += out.eventsCreated;
      s.eventsMatched += out.eventsMatched;
    }
    progress();
  };

  let interrupted = false;
  try {
    for await (const item of readAhead(acquire(inputs, options.acquire ?? DEFAULT_ACQUIRE_OPTIONS), 16)) {
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
      if (item instanceof InputError) {
        s.unreadable++;
        options.onProblem?.(item.input, item.message);
        batch.push({ kind: "unreadable", error: item });
        continue;
      }
      s.bytes += item.raw.byteLength;
      const hash = rawHash(item.raw);
      const known = await store.documentByHash(hash);
      if (known?.status === "ok") {
        // resume: what is stored is not processed again
        s.done++;
        s.unchanged++;
        if (s.done % 256 === 0) progress();
        continue;
      }
      const raw = item.raw;
      const job = pool.process(item, hash).then(
        (p) => void batch.push({ kind: "doc", p, raw }),
        (e: unknown) => {
          if (e instanceof PoolError) throw e;
          batch.push({ kind: "doc", p: failedDocument(item, hash, e), raw });
        },
      );
      inflight.add(job);
      job.then(
        () => inflight.delete(job),
        () => inflight.delete(job),
      );
      while (inflight.size >= maxInflight) await Promise.race(inflight);
      if (batch.length >= batchSize) await flush();
    }
    await Promise.all(inflight);
    await flush();
  } finally {
    await pool.close();
  }
  progress();
  return { ...s, interrupted: interrupted || Boolean(options.signal?.aborted), elapsedMs: Date.now() - started };
}
