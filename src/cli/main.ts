import { Command, CommanderError, InvalidArgumentError } from "commander";
import { parseSeconds, parseSize, textCommand } from "./commands/text.js";
import { processOutput, type Output } from "./output.js";

/** The CLI as a table of contents: each command is one line here and one file in commands/. */
export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  let exitCode = 0;
  const program = new Command("dealgraph")
    .description("Turn financing news into a sourced map of who funds whom.")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s.trimEnd()) });

  program
    .command("text")
    .description("read inputs (files, directories, -, JSON lines, URLs) and print their clean text")
    .argument("<inputs...>", "files, directories, - for stdin, .jsonl files, http(s) URLs")
    .option("--json", "print one JSON document record per input")
    .option("--original", "print the decoded original (the string spans point into)")
    .option("--max-bytes <size>", "largest document accepted, e.g. 20M (default 20M; per record for JSON lines)", asOption(parseSize))
    .option("--timeout <seconds>", "time allowed per URL (default 15)", asOption(parseSeconds))
    .action(async (inputs: string[], opts) => {
      exitCode = await textCommand(inputs, opts, io);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    io.err(`dealgraph: internal error: ${(e as Error).stack ?? String(e)}`);
    return 70;
  }
  return exitCode;
}

/** Option parsers throw plain errors; commander wants InvalidArgumentError to print them as usage errors. */
function asOption<T>(parse: (value: string) => T): (value: string) => T {
  return (value) => {
    try {
      return parse(value);
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message);
    }
  };
}
