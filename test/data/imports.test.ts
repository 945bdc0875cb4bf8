/**
 * No import cycles in the core, the data or the formatter (issue 6: gpus.ts ↔ gpus-*.ts and
 * models.ts ↔ models-*.ts imported each other for their types; the types now live in
 * src/data/types.ts), type-only imports included.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { describe, expect, it } from 'vitest';

const roots = ['src/core', 'src/data', 'src/format'];

function files(): string[] {
	return roots.flatMap((root) =>
		readdirSync(root)
			.filter((f) => f.endsWith('.ts'))
			.map((f) => resolve(root, f)),
	);
}

/** Relative imports of a file, `import type` included (the lexer sees them once types are kept). */
function imports(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	const specifiers = [...source.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+'([^']+)'/gms)].map(
		(m) => m[1],
	);
	const [lexed] = parse(source.replace(/\bimport type\b/g, 'import'));
	const all = new Set([...specifiers, ...lexed.map((i) => i.n ?? '')]);
	return [...all].filter((s) => s.startsWith('.')).map((s) => join(dirname(file), s));
}

describe('imports', () => {
	it('form no cycle in src/core, src/data and src/format', async () => {
		await init;
		const graph = new Map(files().map((f) => [f, imports(f)]));
		const state = new Map<string, 'visiting' | 'done'>();
		const cycles: string[] = [];
		const visit = (file: string, path: string[]) => {
			if (state.get(file) === 'done' || !graph.has(file)) return;
			if (state.get(file) === 'visiting') {
				cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
				return;
			}
			state.set(file, 'visiting');
			for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
			state.set(file, 'done');
		};
		for (const file of graph.keys()) visit(file, []);
		expect(cycles).toEqual([]);
		expect(graph.size).toBeGreaterThan(20);
	});
});
