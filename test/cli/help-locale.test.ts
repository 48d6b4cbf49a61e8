// Every command's --help in Finnish and Swedish: the same options as in English, and no English
// description left (option names, placeholders and example command lines are the same in every language).
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.js";
import { runCli } from "../../src/cli/run.js";
import { recordingIo } from "./in-process.js";

async function help(command: string, lang: string): Promise<string> {
  const { io, written } = recordingIo(".");
  const code = await runCli([command, "--help", "--lang", lang], io);
  expect(code).toBe(0);
  return written();
}

/** The options a help text lists, each at the start of its line, in order. */
function optionNames(text: string): string[] {
  return [...text.matchAll(/^\s*(?:-\w, )?(--[\w-]+)/gm)].map((match) => match[1]!);
}

/**
 * The English sentences of a help text: each line without its option column (`  --top <n>  `), leaving
 * out example command lines and lines with no words of prose.
 */
function proseLines(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("ecoweave "))
    .map((line) => line.replace(/^\s*(?:-\w, )?--[\w-]+(?: <[^>]+>)?\s+/, "").trim())
    .filter((line) => /[a-z]{3,} [a-z]{3,}/i.test(line));
}

describe("command help in Finnish and Swedish", () => {
  for (const command of COMMANDS) {
    it(`${command.name} --help lists the same options in every language, with no English prose`, async () => {
      const english = await help(command.name, "en");
      expect(english).toContain(command.help.text.trimEnd());
      const prose = proseLines(english);
      expect(prose.length).toBeGreaterThan(1);
      for (const lang of ["fi", "sv"]) {
        const translated = await help(command.name, lang);
        expect(optionNames(translated)).toEqual(optionNames(english));
        const leaked = prose.filter((line) => translated.includes(line));
        expect(leaked, `${lang}: English lines in ${command.name} --help`).toEqual([]);
        expect(translated).not.toContain("Options:");
        expect(translated).not.toContain("Example");
        expect(translated).not.toContain("[options]");
      }
    });
  }
});
