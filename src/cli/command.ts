/**
 * The shape of a sub-command. A command is one file in commands/ that exports one `Command`
 * and is listed once in commands/index.ts: its options (parseArgs specs), a one-line summary
 * in the four languages, help for options of its own, and `run`, which reads the options,
 * calls the core and returns a `Report` (rendered as a table or JSON by main.ts).
 */
import type { Locale } from '../i18n/index.ts';
import type { OptionSpecs, Values } from './args.ts';
import type { Formatters, Report } from './output.ts';
import type { CliStrings } from './strings.ts';

export type Context = {
	values: Values;
	locale: Locale;
	s: CliStrings;
	f: Formatters;
};

export type Command = {
	name: string;
	summary: Record<Locale, string>;
	/** The command's options, beyond --lang, --json and --help. */
	options: OptionSpecs;
	/**
	 * Help for options that cliStrings.option does not describe, by option name, in each
	 * language (a new command's own options).
	 */
	optionHelp?: Record<Locale, Record<string, string>>;
	run(ctx: Context): Report;
};

/** `micro-batch` → `microBatch`: an option's key in cliStrings.option. */
export const camel = (name: string): string =>
	name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
