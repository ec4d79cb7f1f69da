import { InputError } from "../../core/issue.js";
import { documentToJson } from "../../core/records.js";
import { acquire, normalize } from "../../pipeline/index.js";
import type { Output } from "../output.js";

export interface TextOptions {
  json?: boolean;
  original?: boolean;
}

/**
 * `dealgraph text <inputs…>`: read, decode and clean inputs. Exit code 1 only when nothing could
 * be read; each bad input gets one line on stderr and the batch goes on.
 */
export async function textCommand(inputs: string[], opts: TextOptions, io: Output): Promise<number> {
  let ok = 0;
  for await (const item of acquire(inputs)) {
    if (item instanceof InputError) {
      io.err(`dealgraph: ${item.input}: ${item.message}`);
      continue;
    }
    ok++;
    const doc = normalize(item);
    if (opts.json) io.out(`${JSON.stringify(documentToJson(doc))}\n`);
    else if (opts.original) io.out(ensureNewline(doc.text.original));
    else io.out(ensureNewline(doc.text.text));
  }
  return ok > 0 || inputs.length === 0 ? 0 : 1;
}

function ensureNewline(s: string): string {
  return s.endsWith("\n") ? s : `${s}\n`;
}
