import { InputError } from "../../core/issue.js";
import type { ByteSource } from "./byte-source.js";
import type { AcquireOptions } from "./options.js";

/**
 * GET an http(s) URL within the limits: one timeout from request to last byte, a redirect
 * limit (a loop ends there too), and the size limit (checked again while the body streams).
 */
export async function fetchUrl(url: string, options: AcquireOptions): Promise<ByteSource | InputError> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const seconds = `${options.timeoutMs / 1000} s`;
  const fail = (message: string) => {
    clearTimeout(timer);
    controller.abort();
    return new InputError("fetch_failed", url, message);
  };
  let current = url;
  for (let hops = 0; ; hops++) {
    let res: Response;
    try {
      res = await fetch(current, {
        redirect: "manual",
        signal: controller.signal,
        headers: { accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5" },
      });
    } catch (e) {
      return fail(controller.signal.aborted ? `no answer within ${seconds} (--timeout)` : `cannot fetch: ${causeOf(e)}`);
    }
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel().catch(() => {});
      if (hops >= options.maxRedirects) return fail(`more than ${options.maxRedirects} redirects (last to ${location})`);
      current = new URL(location, current).href;
      if (!/^https?:/i.test(current)) return fail(`redirected to a non-http address (${current})`);
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      return fail(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`);
    }
    const length = res.headers.get("content-length");
    return {
      name: url,
      path: new URL(current).pathname,
      url: current,
      contentType: res.headers.get("content-type"),
      size: length !== null && /^\d+$/.test(length) ? Number(length) : null,
      chunks: body(res, url, () => (controller.signal.aborted ? `no complete answer within ${seconds} (--timeout)` : null), () => clearTimeout(timer)),
      close: () => {
        clearTimeout(timer);
        controller.abort();
      },
    };
  }
}

async function* body(res: Response, url: string, timedOut: () => string | null, done: () => void): AsyncGenerator<Uint8Array> {
  try {
    if (!res.body) return;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) yield chunk;
  } catch (e) {
    throw new InputError("fetch_failed", url, timedOut() ?? `connection broke: ${causeOf(e)}`);
  } finally {
    done();
  }
}

/** Node's fetch says only "fetch failed"; the reason ("ECONNREFUSED") is in `cause`. */
function causeOf(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e as Error).message ?? String(e);
}
