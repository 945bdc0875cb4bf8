/**
 * A calculator's inputs and results as a file (JSON or CSV), made in the browser. Loaded by the
 * export buttons when pressed (ui.tsx Tools), so the calculators do not carry it.
 */
import type { Row } from './rows.ts';

/** A file for the reader, made in the browser (no request). */
function download(name: string, type: string, content: string) {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const csvCell = (v: unknown) => {
	const s = v === undefined || v === null ? '' : String(v);
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Inputs and results as JSON (numbers in SI units, texts as shown). */
export function exportJson(name: string, inputs: Record<string, string>, rows: readonly Row[]) {
	return JSON.stringify(
		{
			calculator: name,
			link: typeof location === 'undefined' ? '' : location.href,
			inputs,
			results: rows.map((r) => ({
				key: r.key,
				label: r.label,
				value: r.raw ?? null,
				text: r.value ?? null,
				reason: r.value === undefined ? (r.reason ?? null) : null,
			})),
		},
		null,
		2,
	);
}

export function exportCsv(inputs: Record<string, string>, rows: readonly Row[]) {
	const lines = [['kind', 'key', 'label', 'value', 'text'].join(',')];
	for (const [key, value] of Object.entries(inputs)) {
		lines.push(['input', key, key, value, value].map(csvCell).join(','));
	}
	for (const r of rows) {
		lines.push(['result', r.key, r.label, r.raw ?? '', r.value ?? '—'].map(csvCell).join(','));
	}
	return `${lines.join('\r\n')}\r\n`;
}

/** Downloads `name`.json or `name`.csv. */
export function save(
	kind: 'json' | 'csv',
	name: string,
	inputs: Record<string, string>,
	rows: readonly Row[],
) {
	if (kind === 'json') download(`${name}.json`, 'application/json', exportJson(name, inputs, rows));
	else download(`${name}.csv`, 'text/csv', exportCsv(inputs, rows));
}
