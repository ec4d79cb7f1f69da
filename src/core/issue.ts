import type { Span } from "./span.js";

/**
 * Problems are values, not exceptions (zod's `core/errors.ts` is the model): stages collect them and
 * the CLI reports them at the end. Every code has a stable id; messages are for people.
 */
export type IssueCode =
  // acquiring input
  | "unreadable"
  | "empty_input"
  | "binary_input"
  | "too_large"
  | "encoding_guessed"
  | "encoding_invalid_bytes"
  | "json_line_malformed"
  | "json_line_no_text"
  | "fetch_failed"
  | "html_truncated"
  | "content_not_found"
  // normalizing
  | "noise_removed"
  // recognizing and extracting
  | "date_unresolved"
  | "extract_limit"
  // the entity registry (data/entities.jsonl and the user's file)
  | "registry_line_malformed"
  | "registry_conflict";

export interface Issue {
  readonly code: IssueCode;
  readonly message: string;
  /** Where in the original input, when the problem has a place. */
  readonly span: Span | null;
}

export function issue(code: IssueCode, message: string, span: Span | null = null): Issue {
  return { code, message, span };
}

/** A stage result: the value plus whatever went wrong on the way (never thrown for messy input). */
export interface Result<T> {
  readonly value: T;
  readonly issues: readonly Issue[];
}

/**
 * A user-facing failure of a whole input (unreadable path, binary file, …). The CLI prints
 * `message` as one line; no stack trace. Thrown only across I/O boundaries.
 */
export class InputError extends Error {
  constructor(
    readonly code: IssueCode,
    readonly input: string,
    message: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}
