/**
 * The catalogue an island offers: the slim GPUs and models (English names) of
 * `virtual:calculator-catalog` (catalog-plugin.ts), one chunk every island on a page shares,
 * with the page's own model names laid over them. A test or a page may still pass its own
 * `gpus` and `models` props.
 */
import { gpus as catalogGpus, models as catalogModels } from 'virtual:calculator-catalog';
import type { GpuOption, ModelOption } from './options.ts';

/** What an island's props say about the catalogue (all optional). */
export type CatalogProps = {
	/** The GPUs offered (default: the catalogue's). */
	gpus?: readonly GpuOption[];
	/** The models offered (default: the catalogue's, named by `modelNames`). */
	models?: readonly ModelOption[];
	/** Model names in the page's language, by id, where they differ from the English ones. */
	modelNames?: Readonly<Record<string, string>>;
};

/** The catalogue's models named in the page's language (one list per `names` object). */
const named = new WeakMap<object, readonly ModelOption[]>();
function localModels(names: Readonly<Record<string, string>> | undefined): readonly ModelOption[] {
	if (!names) return catalogModels;
	let list = named.get(names);
	if (!list) {
		list = catalogModels.map((m) => (names[m.id] ? { ...m, name: names[m.id] } : m));
		named.set(names, list);
	}
	return list;
}

/** An island's props with the catalogue filled in. */
export type WithCatalog<P> = P & { gpus: readonly GpuOption[]; models: readonly ModelOption[] };

/** The props with the catalogue filled in: `gpus` and `models` always set. */
export function withCatalog<P extends CatalogProps>(props: P): WithCatalog<P> {
	return {
		...props,
		gpus: props.gpus ?? catalogGpus,
		models: props.models ?? localModels(props.modelNames),
	};
}
