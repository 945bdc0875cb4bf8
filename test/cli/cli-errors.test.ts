/**
 * Every mistake in the command line's input: exit status 2 with one line on stderr naming the
 * option, and no stack trace. The spawns (~0.2 s each) run concurrently.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli } from '../helpers/cli.ts';

// Each test spawns Node (0.1–0.3 s alone); on a busy two-core machine a spawn can take seconds.
describe.concurrent('can-i-train-it', { timeout: 30_000 }, () => {
	const ERRORS: [string[], string][] = [
		[['params', '--model', 'nope'], '--model'],
		[['params', '--frobnicate'], '--frobnicate'],
		[['params', '--model'], '--model'],
		[['params', '--json=yes', '--model', 'gpt2'], '--json'],
		[['params', 'gpt2'], 'gpt2'],
		[['params'], '--model'],
		[['params', '--config', '/no/such/config.json'], '--config'],
		[['params', '--config', ROOT], '--config'],
		[['params', '--config', resolve(ROOT, 'package.json')], '--config'],
		[['params', '--model', 'gpt2', '--config', 'x.json'], '--config'],
		[['flops', '--model', 'gpt2', '--tokens', 'lots'], '--tokens'],
		[['flops', '--model', 'gpt2', '--tokens', '-3'], '--tokens'],
		[['flops', '--model', 'gpt2', '--tokens=-3'], '--tokens'],
		[['flops', '--model', 'gpt2', '--tokens', '1e9', '--flop-count', '7n'], '--flop-count'],
		[['fit', '--model', 'gpt2'], '--gpu'],
		[['fit', '--model', 'gpt2', '--gpu', 'rtx-9999'], '--gpu'],
		[['fit', '--model', 'gpt2', '--gpu', 'rtx-4090', '--mfu', '40'], '--mfu'],
		[['fit', '--model', 'gpt2', '--gpu', 'rtx-4090', '--devices', '0'], '--devices'],
		[['fit', '--model', 'gpt2', '--gpu', 't4', '--precision', 'fp8'], '--precision'],
		[['fit', '--model', 'gpt2', '--gpu', 'rtx-4090', '--micro-batch', '2.5'], '--micro-batch'],
		[['memory', '--model', 'gpt2', '--zero', '5'], '--zero'],
		[['time', '--flops', '1e30', '--gpu', 'rtx-4090'], '--flops'],
		[['optimal', '--flops', '1e40'], '--flops'],
		[['optimal', '--flops', '1e21', '--days', '3'], '--days'],
		[['time', '--flops', '1e21', '--tokens', '5', '--gpu', 't4'], '--tokens'],
		[['fit', '--model', 'gpt2', '--gpu', 'rtx-4090', '--price=-1'], '--price'],
		[['fit', '--params', '7e9', '--gpu', 'rtx-4090'], '--params'],
		[
			[
				'plan',
				'--micro-batch',
				'12',
				'--context',
				'1024',
				'--grad-accum',
				'7',
				'--iters',
				'1',
				'--devices',
				'2',
			],
			'--grad-accum',
		],
		[['plan', '--context', '1024'], '--micro-batch'],
		[['train'], 'train'],
		[['--list', 'cars'], '--list'],
		[['params', '--model', 'gpt2', '--lang', 'de'], '--lang'],
	];
	for (const [args, option] of ERRORS) {
		it(`${args.join(' ')} → exit 2, one line naming ${option}`, async () => {
			const r = await cli(...args);
			expect(r.code).toBe(2);
			expect(r.stdout).toBe('');
			const lines = r.stderr.trimEnd().split('\n');
			expect(lines).toHaveLength(1);
			expect(lines[0]).toMatch(/^can-i-train-it: /);
			expect(lines[0]).toContain(option);
			expect(lines[0]).not.toMatch(/\bat .*:\d+|Error:|NaN|Infinity|undefined/);
		});
	}
});
