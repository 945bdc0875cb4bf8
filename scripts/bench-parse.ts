/**
 * How long parseQuantity takes on hostile and ordinary text (issue 6). Run with
 * `npm run bench:parse`. Prints the median of 50 runs per input, in milliseconds.
 */
import { parseQuantity } from '../src/format/index.ts';

const inputs: [string, string][] = [
	['"1.14 × 10²¹" (ordinary)', '1.14 × 10²¹'],
	['"12,34,567" (ordinary)', '12,34,567'],
	['"1" + 62 spaces + "2" (at the cap)', '1' + ' '.repeat(62) + '2'],
	['"1" + 250 spaces + "2"', '1' + ' '.repeat(250) + '2'],
	['"1" + 30,000 spaces + "2" (the issue)', '1' + ' '.repeat(30_000) + '2'],
	['100 kB of digits', '1'.repeat(100_000)],
	['100 kB of "× 10^"', '1' + ' × 10^'.repeat(16_666)],
	['100 kB of bidi marks', '\u200f'.repeat(100_000)],
];

function time(text: string): number {
	const start = performance.now();
	try {
		parseQuantity(text, 'en');
	} catch {
		// refused: that is the point
	}
	return performance.now() - start;
}

for (const [label, text] of inputs) {
	for (let i = 0; i < 10; i += 1) time(text); // warm up the JIT
	const runs = Array.from({ length: 50 }, () => time(text)).sort((a, b) => a - b);
	console.log(
		`${label.padEnd(40)} ${runs[25].toFixed(4)} ms median, ${runs[49].toFixed(4)} ms max`,
	);
}
