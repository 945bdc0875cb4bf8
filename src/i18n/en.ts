/**
 * English UI strings. This object's shape is the type every other locale must satisfy:
 * a missing key in fr.ts, hi.ts or ar.ts fails the type check.
 */
export const en = {
	siteName: 'Can I Train It?',
	tagline: 'What does it take to train a language model, and could my GPU do it?',
	homeDescription:
		'Explainers and calculators for the compute, memory, time and electricity it takes to train a language model, and a benchmark that measures your own GPU.',
	skipToContent: 'Skip to content',
	nav: {
		label: 'Main',
		articles: 'Articles',
		benchmark: 'GPU benchmark',
		home: 'Home',
		methods: 'Methods',
		calculators: 'Calculators',
		glossary: 'Glossary',
		about: 'About',
		menu: 'Menu',
	},
	language: { label: 'Language', current: 'Current language' },
	theme: { toggle: 'Switch colour scheme', light: 'Light', dark: 'Dark', system: 'System' },
	search: {
		open: 'Search',
		shortcut: 'Press Ctrl+K or / to search',
		label: 'Search the site',
		placeholder: 'Search articles…',
		close: 'Close',
		loading: 'Loading search…',
		noResults: 'No results for',
		results: 'Results',
		unavailable: 'Search is available on the built site only (npm start).',
	},
	home: {
		heading: 'Could my GPU train it?',
		lead: 'Training a language model is arithmetic you can check: floating-point operations, bytes of memory, seconds of GPU time and kilowatt-hours. These pages walk through that arithmetic with real figures from papers and datasheets, and the calculators let you change every input.',
		articlesHeading: 'Articles',
		benchmarkHeading: 'Measure your GPU',
		benchmarkText:
			'A WebGPU micro-benchmark runs in your browser, checks its own results, and feeds the measured throughput into the calculators.',
		benchmarkLink: 'Open the benchmark',
	},
	article: {
		toc: 'On this page',
		sources: 'Sources',
		updated: 'Last updated:',
		previous: 'Previous',
		next: 'Next',
		notTranslated: 'This article has not been translated into English yet; it is shown in English.',
	},
	benchmark: {
		title: 'GPU benchmark',
		description:
			'Measure your GPU’s matrix-multiply throughput and memory bandwidth in the browser.',
		placeholder:
			'The in-browser WebGPU benchmark is being built. It will measure matrix-multiply TFLOP/s and memory bandwidth on your own GPU, check its results, and feed them into the calculators.',
	},
	calc: {
		flopsTitle: 'Training compute calculator',
		params: 'Parameters (N)',
		tokens: 'Training tokens (D)',
		hint: 'e.g. 124M, 1.5B, 3e11',
		result: 'Training compute, C = 6·N·D',
		notANumber: 'Enter a number such as 1.5, 124M or 3e11.',
		notPositive: 'Enter a number greater than zero.',
		tooLarge: 'This value is too large to compute.',
		linkNote: 'A value in this page’s link could not be read; the default is shown instead.',
	},
	methods: {
		title: 'Methods and data',
		description:
			'Every formula behind the site’s estimates with its source and known error, a check against real training runs, and every accelerator and model the calculators use.',
		intro:
			'How every estimate on this site is made: the formulas with their sources, assumptions and known errors; a reality check against published training runs; and the accelerators and models the calculators draw on. Peak FLOP/s are dense and labelled by precision; 16-bit figures are tensor-core rates with FP32 accumulation. A value marked * was computed from other published figures, one marked † was read in a reproduction of the document rather than the document itself.',
		gpusHeading: 'Accelerators',
		modelsHeading: 'Models',
		name: 'Name',
		fp32: 'FP32',
		bf16: 'BF16/FP16 tensor',
		memory: 'Memory',
		bandwidth: 'Bandwidth',
		power: 'Power',
		source: 'Source',
		params: 'Parameters (published)',
		counted: 'Parameters (counted)',
		layers: 'Layers',
		width: 'Width',
		contents: 'On this page',
		sourcesHeading: 'Sources and notes',
		note: 'Note',
		none: 'n/a',
		approx:
			'‡ Counted from the published configuration, this differs from the published total by more than 3%: the configuration does not describe the whole model (the source note says what is missing).',
	},
	notFound: {
		title: 'Page not found',
		text: 'There is no page at this address. It may have moved, or the link may be mistyped.',
		home: 'Go to the home page',
	},
	footer: {
		note: 'Every figure on this site is computed at build time from one estimation core, with sources for each input.',
		source:
			'Figures are dense peak FLOP/s unless stated; 1\u00a0FLOP = one floating-point operation.',
		links: 'About this site',
		repository: 'Source code',
		license: 'Licence',
	},
};

export type UiStrings = typeof en;
