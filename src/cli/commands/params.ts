/** `params`: the exact parameter count of a model or a config.json, by part. */
import { paramCounts } from '../../core/index.ts';
import type { Command } from '../command.ts';
import { MODEL_OPTIONS, readModel } from '../inputs.ts';

export const params: Command = {
	name: 'params',
	summary: {
		en: 'exact parameter count of a model, by part',
		fr: 'nombre exact de paramètres d’un modèle, par partie',
		hi: 'किसी मॉडल के पैरामीटर की सटीक संख्या, भाग के अनुसार',
		ar: 'العدد الدقيق لمعاملات نموذج، حسب الجزء',
	},
	options: MODEL_OPTIONS,
	run({ values, locale, s, f }) {
		const m = readModel(values, locale);
		const { total, active, breakdown: b } = paramCounts(m.arch);
		const embeddings = b.tokenEmbedding + b.positionEmbedding;
		const rows = [
			{ label: s.label.model, value: m.name },
			{ label: s.label.params, value: f.count(total) },
		];
		if (active !== total) rows.push({ label: s.label.activeParams, value: f.count(active) });
		rows.push(
			{ label: s.label.embeddings, value: f.plain(embeddings) },
			{ label: s.label.attention, value: f.plain(b.attention) },
			{ label: s.label.mlp, value: f.plain(b.mlp) },
			{ label: s.label.norms, value: f.plain(b.norms) },
		);
		if (b.head > 0) rows.push({ label: s.label.head, value: f.plain(b.head) });
		return {
			inputs: { ...m.source, context: m.arch.context },
			results: {
				params: total,
				activeParams: active,
				breakdown: {
					tokenEmbedding: b.tokenEmbedding,
					positionEmbedding: b.positionEmbedding,
					attention: b.attention,
					mlp: b.mlp,
					norms: b.norms,
					head: b.head,
				},
				publishedParams: m.model?.params ?? null,
				publishedLabel: m.model?.paramsLabel ?? null,
			},
			conventions: { count: 'exact, from the architecture; every expert included in params' },
			rows,
			notes: [s.paramsConvention],
		};
	},
};
