// The CLI from source, for tests that need a real process (kill -9, two writers): `node --import tsx test/support/dealgraph.ts …`.
import { main } from "../../src/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
