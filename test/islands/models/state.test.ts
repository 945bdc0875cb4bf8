// @vitest-environment node
/** Calculator links: renamed keys are still read from older links, and never written again. */
import { describe, expect, it } from 'vitest';
import { readState, writeState, type Schema } from '../../../src/calculators/shared/state.ts';

const schema = {
	count: { kind: 'choice', values: ['6n', 'attn', 'causal'], formerly: ['flops'] },
	n: { kind: 'number', integer: true },
} satisfies Schema;
const base = { count: 'attn', n: '1' };
const strings = { notANumber: 'x', notPositive: 'x', tooLarge: 'x' };

describe('links with renamed keys', () => {
	it("an older link's train.flops=6n sets the field now called count", () => {
		const read = readState('?train.flops=6n&train.n=4', 'train', schema, base, 'en');
		expect(read).toEqual({ texts: { count: '6n', n: '4' }, invalid: [], found: true });
	});

	it('the new key wins over the old one when a link has both', () => {
		const read = readState('?train.flops=6n&train.count=causal', 'train', schema, base, 'en');
		expect(read.texts.count).toBe('causal');
	});

	it('writing the link drops the old key and writes the new one', () => {
		const query = writeState(
			'?train.flops=6n&other=1',
			'train',
			schema,
			{ count: '6n', n: '1' },
			'en',
			strings,
			base,
		);
		expect(new URLSearchParams(query).get('train.flops')).toBeNull();
		expect(new URLSearchParams(query).get('train.count')).toBe('6n');
		expect(new URLSearchParams(query).get('other')).toBe('1');
	});
});
