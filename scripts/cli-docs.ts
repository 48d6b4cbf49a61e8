// Writes docs/cli.md from the commands' own help texts, so the page cannot drift from the CLI.
// Run: npx tsx scripts/cli-docs.ts   (test/cli/docs.test.ts checks the page is up to date)
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cliReference } from "../src/cli/reference.js";

writeFileSync(fileURLToPath(new URL("../docs/cli.md", import.meta.url)), cliReference());
