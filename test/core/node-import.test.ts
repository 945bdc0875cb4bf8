import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

// Node 24 strips types itself: it refuses enums, namespaces, parameter properties and relative
// imports without the `.ts` extension. Importing the core with the pinned Node, outside Vite,
// proves the core runs as the site's build and islands will load it.
const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const node = resolve(root, 'node_modules/.bin/node');

describe('the core imports under the pinned Node', () => {
	it('computes the nanoGPT note model and GPT-2 tokens per step', () => {
		const script = `
			import * as c from './src/core/index.ts';
			const arch = { family: 'gpt2', layers: 12, heads: 6, dModel: 384, vocab: 50304, context: 1024, bias: false };
			let error = null;
			try { c.trainingFlops({ params: -3, tokens: 1 }); } catch (e) { error = [e.name, e.field, e instanceof c.EstimateError]; }
			console.log(JSON.stringify({
				params: c.countParams(arch, { excludePositionEmbeddings: true }),
				tokensPerStep: c.runPlan({ microBatch: 12, context: 1024, gradAccum: 40, iters: 1, devices: 8 }).tokensPerStep,
				error,
			}));
		`;
		const out = execFileSync(node, ['--input-type=module', '-e', script], {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		expect(JSON.parse(out.trim())).toEqual({
			params: 40_560_000,
			tokensPerStep: 491_520,
			error: ['EstimateError', 'params', true],
		});
	});
});
