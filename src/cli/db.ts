import { resolve } from "node:path";
import { PoolError } from "../pipeline/pool.js";
import { loadRegistry, registryFiles, RegistryError, type Registry } from "../pipeline/5-resolve/registry.js";
import { StoreError, storeErrorFrom } from "../store/errors.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import type { Output } from "./output.js";
import { UsageError } from "./parse.js";

/** Options every knowledge-base command takes. */
export interface DbOptions {
  db?: string;
  registry?: string;
  json?: boolean;
}

export const DEFAULT_DB = "./dealgraph.db";

/** `--db PATH`, else DEALGRAPH_DB, else ./dealgraph.db. */
export function dbPath(opts: DbOptions): string {
  return opts.db ?? process.env.DEALGRAPH_DB ?? DEFAULT_DB;
}

/** The built-in registry plus `--registry FILE` (or DEALGRAPH_REGISTRY). */
export function registryFor(opts: DbOptions): Registry {
  const registry = loadRegistry(registryFiles(opts.registry ?? process.env.DEALGRAPH_REGISTRY));
  useRegistryForRecognition(opts.registry);
  return registry;
}

/**
 * The recognizers read the registry DEALGRAPH_REGISTRY names (src/pipeline/3-recognize/org/lexicon.ts,
 * `Lexicon.active()`), in this thread and in worker threads started later: `--registry FILE` sets it,
 * so one file extends both what is recognized and what is resolved.
 */
export function useRegistryForRecognition(file: string | undefined): void {
  if (file) process.env.DEALGRAPH_REGISTRY = resolve(file);
}

/**
 * Open the store, run a command, close it. Known failures (a bad database file, a bad registry
 * file, a bad option) become one line on stderr; anything else is a bug and propagates.
 */
export async function withStore(io: Output, path: string, options: { mustExist: boolean }, fn: (store: Store) => Promise<number>): Promise<number> {
  let store: Store | null = null;
  try {
    store = await openSqliteStore(path, { mustExist: options.mustExist });
    return await fn(store);
  } catch (e) {
    return reportFailure(io, storeErrorFrom(e, path));
  } finally {
    await store?.close();
  }
}

/** One line for a failure the user can act on; rethrow the rest. */
export function reportFailure(io: Output, e: unknown): number {
  if (e instanceof UsageError) {
    io.err(`dealgraph: ${e.message}`);
    return 2;
  }
  if (e instanceof StoreError || e instanceof RegistryError || e instanceof PoolError) {
    io.err(`dealgraph: ${e.message}`);
    return 1;
  }
  throw e;
}
