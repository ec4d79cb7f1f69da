import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../../core/issue.js";

/** One thing to read, as the user named it (directories are already expanded into files). */
export type InputRef =
  | { readonly kind: "file"; readonly path: string }
  | { readonly kind: "stdin" }
  | { readonly kind: "url"; readonly url: string };

/**
 * Expand one command-line argument: `-` is stdin, http(s) is a URL, a directory is walked
 * recursively in sorted order without dotfiles, anything else is a file path.
 */
export async function* expandInput(arg: string): AsyncGenerator<InputRef | InputError> {
  if (arg === "-") return yield { kind: "stdin" };
  if (/^https?:\/\//i.test(arg)) return yield { kind: "url", url: arg };
  let info;
  try {
    info = await stat(arg);
  } catch (e) {
    return yield new InputError("unreadable", arg, `cannot read: ${describeFsError(e)}`);
  }
  if (!info.isDirectory()) return yield { kind: "file", path: arg };
  let found = 0;
  for await (const item of walk(arg, new Set())) {
    if (!(item instanceof InputError)) found++;
    yield item;
  }
  if (found === 0) yield new InputError("empty_input", arg, "directory has no files to read (dotfiles are skipped)");
}

async function* walk(dir: string, seen: Set<string>): AsyncGenerator<InputRef | InputError> {
  // a symlink pointing back up the tree would loop forever
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith(".")).sort();
  } catch (e) {
    return yield new InputError("unreadable", dir, `cannot read directory: ${describeFsError(e)}`);
  }
  for (const name of names) {
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      yield new InputError("unreadable", path, `cannot read: ${describeFsError(e)}`);
      continue;
    }
    if (info.isDirectory()) yield* walk(path, seen);
    else if (info.isFile()) yield { kind: "file", path };
  }
}

/** "no such file or directory" rather than "ENOENT: no such file or directory, stat 'x'". */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many symbolic links";
    default:
      return code ? `${code.toLowerCase()}` : String((e as Error).message ?? e);
  }
}
