/**
 * The contract of every export of src/core/index.ts and src/format/index.ts (issue 6): given any
 * JavaScript value in any argument, a function returns a finite, meaningful result or throws
 * `EstimateError` whose `field` names an input and whose message never says NaN, Infinity or
 * undefined. Shared by test/core/contract.test.ts and test/format/contract.test.ts.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { EstimateError } from '../../src/core/index.ts';

/** Words that mean a value escaped its checks. */
export const LEAKED_WORDS = /NaN|Infinity|undefined/;

const symbol = Symbol('s');
const nullProto = Object.create(null) as object;

/** The values the issue lists, and the edge cases of numbers and text. */
export const special = fc.constantFrom<unknown>(
	undefined,
	null,
	NaN,
	Infinity,
	-Infinity,
	-0,
	0,
	5e-324,
	-5e-324,
	1e-300,
	1e308,
	-1e308,
	Number.MAX_SAFE_INTEGER,
	2 ** 53 + 1,
	1,
	-1,
	0.5,
	3,
	1n,
	symbol,
	nullProto,
	[],
	[1, 2],
	() => 1,
	'',
	' ',
	'constructor',
	'__proto__',
	'toString',
	'1'.repeat(100_000),
	'1' + ' '.repeat(30_000) + '2',
	'１２３', // fullwidth digits
	'١٢٣', // Arabic-Indic
	'१२३', // Devanagari
	'NaN',
	'Infinity',
	'undefined',
	'en',
	'fr',
	'hi',
	'ar',
	true,
	false,
	new Number(3),
	new Date(0),
);

/** Any value at all: fast-check's anything (with bigints, null prototypes, boxed values, maps…). */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
	special,
	fc.anything({
		maxDepth: 2,
		withBigInt: true,
		withNullPrototype: true,
		withBoxedValues: true,
		withMap: true,
		withSet: true,
		withDate: true,
		withTypedArray: true,
		withSparseArray: true,
	}),
	fc.double(),
	fc.string({ maxLength: 40 }),
);

/** Every number in a result is finite; every string non-empty and free of leaked words. */
export function expectClean(value: unknown, path = 'result', seen = new Set<unknown>()): void {
	if (typeof value === 'number') {
		expect(Number.isFinite(value), `${path} = ${String(value)}`).toBe(true);
	} else if (typeof value === 'string') {
		expect(value, path).not.toMatch(LEAKED_WORDS);
	} else if (typeof value === 'object' && value !== null && !seen.has(value)) {
		seen.add(value);
		for (const [k, v] of Object.entries(value)) expectClean(v, `${path}.${k}`, seen);
	}
}

/** A call either returns a clean result or throws a well-formed `EstimateError`. */
export function expectContract(call: () => unknown, describe: () => string): void {
	let result: unknown;
	try {
		result = call();
	} catch (error) {
		if (!(error instanceof EstimateError)) {
			throw new Error(`${describe()} threw ${String(error)}`, { cause: error });
		}
		expect(typeof error.field, describe()).toBe('string');
		expect(error.field.length, describe()).toBeGreaterThan(0);
		expect(error.message, describe()).toMatch(/\w{3}/);
		expect(error.message, describe()).not.toMatch(LEAKED_WORDS);
		return;
	}
	expectClean(result, describe());
}

/** A deep copy of plain sample arguments with the value at one path replaced. */
function mutate(args: readonly unknown[], pick: number, value: unknown): unknown[] {
	const copy = structuredClone(args) as unknown[];
	const slots: [Record<string | number, unknown>, string | number][] = [];
	const walk = (container: Record<string | number, unknown>, depth: number) => {
		for (const key of Object.keys(container)) {
			slots.push([container, key]);
			const inner = container[key];
			if (depth < 3 && typeof inner === 'object' && inner !== null) {
				walk(inner as Record<string, unknown>, depth + 1);
			}
		}
	};
	walk(copy as unknown as Record<number, unknown>, 0);
	// one more slot per argument list: an extra or missing trailing argument
	slots.push([copy as unknown as Record<number, unknown>, copy.length]);
	const [container, key] = slots[pick % slots.length];
	container[key] = value;
	return copy;
}

export type ContractCase = {
	name: string;
	fn: (...args: never[]) => unknown;
	/** Valid argument lists: the property replaces one value inside them, or every argument. */
	samples: readonly (readonly unknown[])[];
};

/** Argument lists for a case: a valid sample with one value (at any depth) replaced, or noise. */
export function argumentsFor(c: ContractCase): fc.Arbitrary<unknown[]> {
	return fc.oneof(
		{
			weight: 3,
			arbitrary: fc
				.tuple(fc.constantFrom(...c.samples), fc.nat(), hostile)
				.map(([sample, pick, value]) => mutate(sample, pick, value)),
		},
		{ weight: 1, arbitrary: fc.array(hostile, { maxLength: 4 }) },
		{ weight: 1, arbitrary: fc.constantFrom(...c.samples).map((s) => [...s]) },
	);
}

/** Runs the contract over a case: valid samples must succeed; mutated ones keep the contract. */
export function checkContract(c: ContractCase, numRuns: number): void {
	for (const sample of c.samples) {
		expectClean(c.fn(...(sample as never[])), `${c.name}(${sample.length} valid arguments)`);
	}
	fc.assert(
		fc.property(argumentsFor(c), (args) => {
			expectContract(
				() => c.fn(...(args as never[])),
				() => `${c.name}(${args.map((a) => describeArgument(a)).join(', ')})`,
			);
		}),
		{ numRuns },
	);
}

function describeArgument(a: unknown): string {
	try {
		if (typeof a === 'string') return a.length > 40 ? `"${a.slice(0, 40)}…"` : JSON.stringify(a);
		if (typeof a === 'bigint') return `${a}n`;
		if (typeof a === 'symbol') return 'Symbol()';
		return JSON.stringify(a) ?? String(a);
	} catch {
		return Object.prototype.toString.call(a);
	}
}
