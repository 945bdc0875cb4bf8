/** A released model's config.json with some keys changed, for test/core/hf-config-*.test.ts. */
import { HF_CONFIGS, type HfRepo } from './hf-configs.ts';

/** A config.json with some keys changed (undefined removes one). */
export function changed(repo: HfRepo, change: Record<string, unknown>): Record<string, unknown> {
	const c: Record<string, unknown> = { ...HF_CONFIGS[repo] };
	for (const [k, v] of Object.entries(change)) {
		if (v === undefined) delete c[k];
		else c[k] = v;
	}
	return c;
}
