/**
 * The languages ecoweave writes in, and how the command line picks one from the environment.
 *
 * @packageDocumentation
 */

/** A language ecoweave writes its answers, reports and command-line text in. */
export type Locale = "en" | "fi" | "sv";

/** Every {@link Locale}, English first (the default). */
export const LOCALES: readonly Locale[] = ["en", "fi", "sv"];

/** Whether `value` is one of {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return value === "en" || value === "fi" || value === "sv";
}

/**
 * The locale named by a POSIX environment: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set
 * and not empty decides, as POSIX's precedence says; it gives `fi` or `sv` when its language part is
 * Finnish or Swedish (`fi_FI.UTF-8`, `sv_FI`, `sv`), and English otherwise (`C`, `POSIX`, `de_DE`), so
 * `LC_ALL=C` wins over `LANG=fi_FI.UTF-8`.
 *
 * @param environment - the variables, as `process.env`.
 */
export function localeFromEnvironment(environment: Readonly<Record<string, string | undefined>>): Locale {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = Object.hasOwn(environment, name) ? environment[name] : undefined;
    if (value === undefined || value === "") continue;
    const language = value.split(/[_.@-]/, 1)[0]!.toLowerCase();
    return language === "fi" || language === "sv" ? language : "en";
  }
  return "en";
}
