/**
 * The command line's language: `--lang` or the environment, and the words and numbers the commands
 * write in it.
 */
import { type Ecosystem, ecosystemRoles } from "../model/ecosystem.js";
import { roleWord } from "../report/words.js";
import type { MessageId } from "../text/catalogue.js";
import { isLocale, type Locale, localeFromEnvironment } from "../text/locale.js";
import { formatMessage, type MessageParams, message } from "../text/message.js";
import { numberFormat } from "../text/numbers.js";
import type { CliIo } from "./io.js";
import { UsageError } from "./usage-error.js";

/** The arguments without `--lang <l>` (or `--lang=<l>`), and the language asked for, if any. */
export function withoutLang(argv: readonly string[]): { args: string[]; lang: string | undefined } {
  const args: string[] = [];
  let lang: string | undefined;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === "--") {
      for (; k < argv.length; k++) args.push(argv[k]!);
      break;
    }
    if (arg === "--lang") {
      lang = argv[k + 1] ?? "";
      k++;
    } else if (arg.startsWith("--lang=")) lang = arg.slice("--lang=".length);
    else args.push(arg);
  }
  return { args, lang };
}

/**
 * The command line's language: `--lang` when given, else the one the environment names (`LC_ALL`,
 * then `LC_MESSAGES`, then `LANG`), else English.
 * @throws {@link UsageError} when `--lang` is not `en`, `fi` or `sv`.
 */
export function cliLocale(
  lang: string | undefined,
  environment: Readonly<Record<string, string | undefined>>,
): Locale {
  if (lang === undefined) return localeFromEnvironment(environment);
  if (!isLocale(lang)) throw new UsageError(message("cli.usage.lang", { value: lang }));
  return lang;
}

/** The language of a command's output (English when the streams name none). */
export function localeOf(io: CliIo): Locale {
  return io.locale ?? "en";
}

/** Writes a catalogue message in the command line's language. */
export function sayer(io: CliIo): (id: MessageId, params?: MessageParams) => string {
  const locale = localeOf(io);
  return (id, params = {}) => formatMessage({ id, params }, locale);
}

/** `value` with exactly `digits` decimals: `toFixed` in English, a decimal comma in Finnish and Swedish. */
export function fixed(value: number, digits: number, locale: Locale): string {
  return locale === "en"
    ? value.toFixed(digits)
    : numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A role as the command line names it in `locale`: its id in English, its name in Finnish and Swedish. */
export function roleTextOf(eco: Ecosystem, locale: Locale): (role: string) => string {
  const roles = ecosystemRoles(eco);
  return (role) => roleWord(role, roles.get(role), locale);
}
