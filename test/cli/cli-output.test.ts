/**
 * The command line's output: its table in each language with the site's number formatting, its
 * conventions, each command's JSON against a schema (test/helpers/cli-schemas.ts), its lists of
 * the catalogue and its help. The spawns (~0.2 s each) run concurrently.
 */
import { describe, expect, it } from 'vitest';
import { formatPlain } from '../../src/format/index.ts';
import { gpus, models } from '../../src/data/index.ts';
import { cli, json } from '../helpers/cli.ts';
import { SCHEMAS, violations } from '../helpers/cli-schemas.ts';

// Each test spawns Node (0.1–0.3 s alone); on a busy two-core machine a spawn can take seconds.
describe.concurrent('can-i-train-it', { timeout: 30_000 }, () => {
	it('prints its table in each language with the site’s number formatting', async () => {
		const runs = await Promise.all(
			(['en', 'fr', 'hi', 'ar'] as const).map((lang) =>
				cli('params', '--model', 'gpt2', '--lang', lang).then((r) => [lang, r] as const),
			),
		);
		const label = { en: 'Parameters', fr: 'Paramètres', hi: 'पैरामीटर', ar: 'المعاملات' };
		for (const [lang, r] of runs) {
			expect(r.code).toBe(0);
			expect(r.stdout).toContain(label[lang]);
			expect(r.stdout).toContain(formatPlain(124_439_808, lang));
		}
		// Hand-written groupings: French narrow no-break spaces, Hindi lakhs.
		expect(runs[1][1].stdout).toContain('124\u202f439\u202f808');
		expect(runs[2][1].stdout).toContain('12,44,39,808');
	});

	it('names its conventions: which FLOP count, which fit, which peak, which MFU', async () => {
		const r = await cli('fit', '--model', 'gpt2', '--gpu', 'h100-sxm');
		expect(r.plain).toContain('6N + attention (PaLM, nanoGPT)');
		expect(r.stdout).toContain('Epoch AI fit (Besiroglu et al. 2024)');
		expect(r.plain).toContain('40% MFU of the BF16 dense peak');
	});

	for (const [command, [args, schema]] of Object.entries(SCHEMAS)) {
		it(`${command} --json matches its schema (SI units in the keys, inputs echoed)`, async () => {
			const doc = await json(...args);
			expect(doc.command).toBe(command);
			expect(violations(doc, schema)).toEqual([]);
		});
	}

	it('--list gpus and --list models list the whole catalogue', async () => {
		const [g, m, table] = await Promise.all([
			json('--list', 'gpus'),
			json('--list', 'models'),
			cli('--list', 'gpus'),
		]);
		expect((g.gpus as { id: string }[]).map((x) => x.id)).toEqual(gpus.map((x) => x.id));
		expect((m.models as { id: string }[]).map((x) => x.id)).toEqual(models.map((x) => x.id));
		expect(table.stdout).toContain('rtx-4090');
	});

	it('--help describes the tool and every command, and each command’s options', async () => {
		const names = Object.keys(SCHEMAS);
		const [tool, ...each] = await Promise.all([
			cli('--help'),
			...names.map((c) => cli(c, '--help', '--lang', 'fr')),
		]);
		expect(tool.code).toBe(0);
		for (const c of names) expect(tool.stdout).toContain(`  ${c} `);
		for (const [i, r] of each.entries()) {
			expect(r.code, names[i]).toBe(0);
			expect(r.stdout).toContain(`can-i-train-it ${names[i]}`);
			expect(r.stdout).toContain('--lang');
			expect(r.stdout).toContain('Options');
		}
	});
});
