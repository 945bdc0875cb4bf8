/**
 * The core's boundary, as ESLint enforces it (eslint.config.js, no-restricted-imports): nothing
 * outside src/core imports its files other than index.ts, and nothing inside imports anything
 * outside it (issue 6).
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function restricted(code: string, file: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
	return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// ESLint's first lintText loads the whole typed config: seconds on a busy machine.
describe('the core is imported through its index only', { timeout: 60_000 }, () => {
	it('a file outside the core may not import core internals', async () => {
		const code = "import { inRange } from '../core/validate.ts';\nexport const x = inRange;\n";
		expect(await restricted(code, 'src/data/example.ts')).toHaveLength(1);
		expect(
			await restricted(code.replace('validate.ts', 'index.ts'), 'src/data/example.ts'),
		).toEqual([]);
	});

	it('the core imports nothing outside itself: no ../, no packages', async () => {
		const code =
			"import { gpus } from '../data/index.ts';\nimport fc from 'fast-check';\n" +
			"import { LIMITS } from './limits.ts';\nexport const x = [gpus, fc, LIMITS];\n";
		expect(await restricted(code, 'src/core/example.ts')).toHaveLength(2);
	});
});
