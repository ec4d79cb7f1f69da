import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { companyCommand } from "./commands/company.js";
import { demoCommand } from "./commands/demo.js";
import { editInvestorCommand, editMergeCommand, editRejectLinkCommand, editSetCommand } from "./commands/edit.js";
import { exportCommand } from "./commands/export.js";
import { ingestCommand } from "./commands/ingest.js";
import { investorCommand } from "./commands/investor.js";
import { extractCommand } from "./commands/extract.js";
import { roundsCommand } from "./commands/rounds.js";
import { parseSeconds, parseSize, textCommand } from "./commands/text.js";
import { processOutput, type Output } from "./output.js";

/** The CLI as a table of contents: each command is one line here and one file in commands/. */
export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  let exitCode = 0;
  const program = new Command("dealgraph")
    .description("Turn financing news into a sourced map of who funds whom.")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s.trimEnd()) });
  // every knowledge-base command takes these
  const kb = (c: Command) =>
    c
      .option("--db <path>", "the knowledge base (default ./dealgraph.db, or DEALGRAPH_DB)")
      .option("--registry <file>", "extra known entities, JSON lines like data/entities.jsonl (or DEALGRAPH_REGISTRY)")
      .option("--json", "print JSON");

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

  program
    .command("extract")
    .description("find financing events in inputs (same inputs as `text`)")
    .argument("<inputs...>", "files, directories, - for stdin, .jsonl files, http(s) URLs")
    .addOption(new Option("--format <format>", "output format (default: table on a terminal, else json)").choices(["json", "duee", "csv", "table"]))
    .option("--registry <file>", "extra known entities for recognition, JSON lines like data/entities.jsonl (or DEALGRAPH_REGISTRY)")
    .action(async (inputs: string[], opts) => {
      exitCode = await extractCommand(inputs, opts, io);
    });

  kb(program.command("ingest"))
    .description("store documents and what they say in the knowledge base (same bytes again: skipped, so a rerun resumes)")
    .argument("<inputs...>", "files, directories, - for stdin, .jsonl files, http(s) URLs")
    .option("--jobs <n>", "worker threads for the pipeline (default 1)")
    .option("--batch <n>", "documents per transaction (default 256)")
    .action(async (inputs: string[], opts) => {
      exitCode = await ingestCommand(inputs, opts, io);
    });

  kb(program.command("company"))
    .description("a company's funding history, total raised and latest valuation")
    .argument("<name>", "any name or alias, in any script")
    .option("--claims", "every claim with its source sentence, and the rule that picked each current value")
    .option("--as-of <date>", "what the knowledge base said on that date (2024, 2024-03, 2024-03-15)")
    .action(async (name: string, opts) => {
      exitCode = await companyCommand(name, opts, io);
    });

  kb(program.command("investor"))
    .description("an investor's portfolio, rounds led and co-investors")
    .argument("<name>", "any name or alias, in any script")
    .option("--limit <n>", "rows per table (default 50)")
    .action(async (name: string, opts) => {
      exitCode = await investorCommand(name, opts, io);
    });

  kb(program.command("rounds"))
    .description("funding rounds matching every filter given")
    .option("--since <date>", "on or after (2023, 2023-01, 2023-01-15)")
    .option("--until <date>", "on or before")
    .option("--stage <stages>", "seed, angel, a, a+, b, c, pre-ipo, strategic, … (comma-separated)")
    .option("--min <amount>", "at least this amount (100m, 1.5b, 1亿); in --currency, else approximate USD")
    .option("--currency <code>", "only rounds in this currency (USD, CNY, EUR, …)")
    .option("--investor <name>", "only rounds this investor took part in")
    .option("--company <name>", "only rounds of this company")
    .option("--limit <n>", "rows (default 50)")
    .action(async (opts) => {
      exitCode = await roundsCommand(opts, io);
    });

  kb(program.command("export"))
    .description("entities, events and claims as csv, json or jsonl (streamed, no limit)")
    .option("--format <format>", "csv, json or jsonl (default jsonl)")
    .option("--table <table>", "entities, events or claims (csv: one table, default events)")
    .action(async (opts) => {
      exitCode = await exportCommand(opts, io);
    });

  kb(program.command("demo"))
    .description("ingest the bundled sample articles into a fresh database and show the landscape")
    .action(async (opts) => {
      exitCode = await demoCommand(opts, io);
    });

  const edit = program.command("edit").description("human edits: they beat every source, and delete nothing");
  const editOpts = (c: Command) => kb(c).option("--note <text>", "why").option("--author <name>", "who (default $USER)");
  editOpts(edit.command("set"))
    .description("set a field of an event: amount, valuation, round, date, disclosed, status")
    .arguments("<event> <field> <value>")
    .action(async (event: string, field: string, value: string, opts) => {
      exitCode = await editSetCommand(event, field, value, opts, io);
    });
  editOpts(edit.command("investor"))
    .description("add an investor to an event (--lead), or take one off it (--remove)")
    .arguments("<event> <name>")
    .option("--lead", "the investor led the round")
    .option("--remove", "the investor did not take part")
    .action(async (event: string, name: string, opts) => {
      exitCode = await editInvestorCommand(event, name, opts, io);
    });
  editOpts(edit.command("merge"))
    .description("two names are one entity: merge the second into the first")
    .arguments("<keep> <drop>")
    .action(async (keep: string, drop: string, opts) => {
      exitCode = await editMergeCommand(keep, drop, opts, io);
    });
  editOpts(edit.command("reject-link"))
    .description("two entities a candidate link joins are different")
    .arguments("<a> <b>")
    .action(async (a: string, b: string, opts) => {
      exitCode = await editRejectLinkCommand(a, b, opts, io);
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
