/**
 * The command line's entry: `can-i-train-it <command> [--options]`, or `--list gpus|models`,
 * or `--help`. Output goes to stdout (a table in --lang, or --json); any mistake in the input
 * (an unknown option or id, a malformed number, an unreadable file, a value the core refuses)
 * is one line on stderr naming the option, and exit status 2. Never a stack trace.
 */
import { EstimateError, PRECISIONS } from '../core/index.ts';
import { gpus, models } from '../data/index.ts';
import { isLocale, type Locale } from '../i18n/index.ts';
import { COMMON, UsageError, parseOptions, text, type OptionSpecs } from './args.ts';
import { camel, type Command } from './command.ts';
import { commands } from './commands/index.ts';
import { formatters, renderJson, renderTable } from './output.ts';
import { cliStrings, type CliStrings } from './strings.ts';

const TOOL = 'can-i-train-it';

/** The option an EstimateError's field is about, where the command line has one. */
const FIELD_OPTION: Readonly<Record<string, string>> = {
	model: 'model',
	gpu: 'gpu',
	config: 'config',
	precision: 'precision',
	params: 'params',
	tokens: 'tokens',
	flops: 'flops',
	context: 'context',
	devices: 'devices',
	data: 'devices',
	utilization: 'mfu',
	microBatch: 'micro-batch',
	gradAccum: 'grad-accum',
	iters: 'iters',
	datasetTokens: 'dataset-tokens',
	seconds: 'days',
	days: 'days',
	watts: 'watts',
	pricePerKWh: 'kwh-price',
	gramsCO2PerKWh: 'co2',
	zeroStage: 'zero',
	fit: 'fit',
};

/** "--tokens: tokens must be a number of at least 1, got -3". */
function coreLine(e: EstimateError, options: OptionSpecs, args: readonly string[]): string {
	const option = FIELD_OPTION[e.field];
	const message = e.message.replace(/\s+/g, ' ').trim();
	if (option !== undefined && option in options) return `--${option}: ${message}`;
	// An architecture field (hidden_size, layers…) comes from the model given.
	const from = args.includes('--config') ? '--config' : args.includes('--model') ? '--model' : '';
	return from ? `${from}: ${message}` : message;
}

function optionLines(specs: OptionSpecs, s: CliStrings, own?: Record<string, string>): string[] {
	const entries = Object.entries(specs).map(([name, spec]) => {
		const flag =
			spec.type === 'string'
				? `--${name} ${spec.value}`
				: spec.negatable
					? `--[no-]${name}`
					: `--${name}`;
		const help = own?.[name] ?? (s.option as Record<string, string>)[camel(name)] ?? '';
		return [flag, help];
	});
	const width = Math.max(...entries.map(([flag]) => flag.length));
	return entries.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`);
}

function toolHelp(s: CliStrings, locale: Locale): string {
	const width = Math.max(...commands.map((c) => c.name.length));
	return [
		`${TOOL}: ${s.tool}`,
		'',
		`${s.usage}: ${TOOL} <command> [options]`,
		`       ${TOOL} --list gpus|models`,
		'',
		`${s.commands}:`,
		...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[locale]}`),
		'',
		`${s.options}:`,
		...optionLines({ list: { type: 'string', value: 'gpus|models' }, ...COMMON }, s),
		'',
		s.more,
		'',
	].join('\n');
}

function commandHelp(c: Command, s: CliStrings, locale: Locale): string {
	return [
		`${TOOL} ${c.name}: ${c.summary[locale]}`,
		'',
		`${s.usage}: ${TOOL} ${c.name} [options]`,
		'',
		`${s.options}:`,
		...optionLines(c.options, s, c.optionHelp?.[locale]),
		'',
		`${s.commonOptions}:`,
		...optionLines(COMMON, s),
		'',
	].join('\n');
}

/** The catalogue, as a table or JSON. */
function list(what: string | undefined, locale: Locale, json: boolean): string {
	const f = formatters(locale);
	if (what === 'gpus') {
		const rows = gpus.map((g) => ({
			id: g.id,
			name: g.name,
			memoryBytes: g.memoryBytes,
			peakFlopPerSecond: Object.fromEntries(
				PRECISIONS.filter((p) => g.peakFlopsPerSecond[p] !== undefined).map((p) => [
					p,
					g.peakFlopsPerSecond[p],
				]),
			),
			watts: g.watts ?? null,
			usdPerHour: g.price?.usdPerHour ?? null,
		}));
		if (json) return `${JSON.stringify({ gpus: rows }, null, 2)}\n`;
		return table(
			rows.map((g) => [
				g.id,
				g.name,
				f.bytes(g.memoryBytes),
				Object.entries(g.peakFlopPerSecond)
					.map(([p, v]) => `${p} ${f.rate(v as number)}`)
					.join(', '),
			]),
		);
	}
	if (what === 'models') {
		const rows = models.map((m) => ({
			id: m.id,
			name: m.name,
			publishedParams: m.params,
			paramsLabel: m.paramsLabel,
			context: m.arch.context,
			trainingTokens: m.trainingTokens ?? null,
		}));
		if (json) return `${JSON.stringify({ models: rows }, null, 2)}\n`;
		return table(rows.map((m) => [m.id, m.name, m.paramsLabel]));
	}
	throw new UsageError(
		`--list must be gpus or models, got ${JSON.stringify(what ?? '')}: write --list gpus or --list models`,
	);
}

function table(rows: string[][]): string {
	const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
	return `${rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n')}\n`;
}

/** --lang from the arguments, before they are parsed (so even a parse error knows it). */
function languageOf(args: readonly string[]): Locale {
	const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
	if (i < 0) return 'en';
	const value = args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
	if (isLocale(value)) return value;
	throw new UsageError(`--lang must be one of en, fr, hi, ar, got ${JSON.stringify(value ?? '')}`);
}

type Outcome = { code: number; stdout: string; stderr: string };

/** Runs the tool on `args` (what follows the program name). Never throws. */
function run(args: readonly string[]): Outcome {
	let options: OptionSpecs = COMMON;
	try {
		const locale = languageOf(args);
		const s = cliStrings[locale];
		const first = args[0];
		const command = commands.find((c) => c.name === first);
		if (command === undefined) {
			if (first !== undefined && !first.startsWith('-')) {
				throw new UsageError(
					`unknown command ${JSON.stringify(first)}: the commands are ${commands.map((c) => c.name).join(', ')} (${TOOL} --help)`,
				);
			}
			options = { list: { type: 'string', value: 'gpus|models' }, ...COMMON };
			const values = parseOptions(args, options, `see ${TOOL} --help`);
			if (values.list !== undefined) {
				return {
					code: 0,
					stdout: list(text(values, 'list'), locale, values.json === true),
					stderr: '',
				};
			}
			return { code: 0, stdout: toolHelp(s, locale), stderr: '' };
		}
		options = { ...command.options, ...COMMON };
		const rest = args.slice(1);
		const values = parseOptions(rest, options, `see ${TOOL} ${command.name} --help`);
		if (values.help) return { code: 0, stdout: commandHelp(command, s, locale), stderr: '' };
		const report = command.run({ values, locale, s, f: formatters(locale) });
		const stdout = values.json
			? renderJson(command.name, report)
			: renderTable(report, s.conventions);
		return { code: 0, stdout, stderr: '' };
	} catch (e) {
		let line: string;
		if (e instanceof UsageError) line = e.message;
		else if (e instanceof EstimateError) line = coreLine(e, options, args);
		else line = `unexpected error: ${String((e as Error)?.message ?? e).split('\n')[0]}`;
		return {
			code: e instanceof UsageError || e instanceof EstimateError ? 2 : 1,
			stdout: '',
			stderr: `${TOOL}: ${line}\n`,
		};
	}
}

// A reader that stops early (`| head`) closes the pipe: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code === 'EPIPE') process.exit(0);
	throw e;
});
const outcome = run(process.argv.slice(2));
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
