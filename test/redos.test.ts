// Every regex the code base exports, checked for catastrophic backtracking by a real analyzer
// (recheck, run locally: its native binary or pure-JS backend, no network). zod's redos test is the model.
import { readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { check } from "recheck";
import { describe, expect, it } from "vitest";

const SRC = join(dirname(fileURLToPath(import.meta.url)), "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** RegExp values in an export, also inside arrays and plain objects (a table of patterns). */
function regexesIn(value: unknown, path: string, out: Map<string, RegExp>, depth = 0): void {
  if (value instanceof RegExp) out.set(path, value);
  else if (depth < 4 && Array.isArray(value)) value.forEach((v, i) => regexesIn(v, `${path}[${i}]`, out, depth + 1));
  else if (depth < 4 && value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) regexesIn(v, `${path}.${k}`, out, depth + 1);
  }
}

async function exportedRegexes(): Promise<Map<string, RegExp>> {
  const out = new Map<string, RegExp>();
  for (const file of sourceFiles(SRC)) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) regexesIn(value, `${relative(SRC, file)}:${name}`, out);
  }
  return out;
}

const PARAMS = { timeout: 20_000 } as const;

describe("exported regexes are safe from catastrophic backtracking", async () => {
  const regexes = await exportedRegexes();

  it("finds the exported regexes", () => {
    expect(regexes.size).toBeGreaterThan(5);
  });

  it.each([...regexes.entries()])("%s", async (_name, re) => {
    const d = await check(re.source, re.flags, PARAMS);
    expect({ status: d.status, attack: d.status === "vulnerable" ? d.attack.pattern : undefined }).toEqual({ status: "safe", attack: undefined });
  });

  describe("negative control: the analyzer catches known-bad patterns", () => {
    // built from strings: the linter rightly refuses these as literals
    it.each([
      ["^(a+)+$", ""],
      ["^(\\p{Script=Han}|[\\u4e00-\\u9fa5])*x$", "u"],
      ["(\\d+)*%", ""],
    ])("/%s/%s is vulnerable", async (source, flags) => {
      expect(() => new RegExp(source, flags)).not.toThrow();
      expect((await check(source, flags, PARAMS)).status).toBe("vulnerable");
    });
  });
});
