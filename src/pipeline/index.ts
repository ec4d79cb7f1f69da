// The pipeline, stage by stage. Each stage returns values and issues; nothing here writes output.
export { acquire, DEFAULT_ACQUIRE_OPTIONS, type AcquireOptions } from "./1-acquire/index.js";
export { normalize } from "./2-normalize/index.js";
