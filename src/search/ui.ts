/**
 * The search dialog's behaviour, loaded on first use. Pagefind picks the index that matches
 * <html lang>, so results come only from the current language.
 */
type PagefindResult = { url: string; meta: { title?: string }; excerpt: string };
type Pagefind = {
	init(): Promise<void>;
	debouncedSearch(
		query: string,
		options?: object,
		ms?: number,
	): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
};

let pagefind: Promise<Pagefind> | undefined;
const started = new WeakSet<HTMLElement>();

function loadPagefind(): Promise<Pagefind> {
	// A URL outside the bundle: it exists only after `pagefind --site dist`.
	const url = '/pagefind/pagefind.js';
	pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
		await module.init();
		return module;
	});
	return pagefind;
}

export function startSearch(dialog: HTMLDialogElement): void {
	const input = dialog.querySelector<HTMLInputElement>('[data-search-input]')!;
	input.focus();
	if (started.has(dialog)) return;
	started.add(dialog);

	const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
	const list = dialog.querySelector<HTMLUListElement>('[data-search-results]')!;
	const strings = dialog.dataset as { loading: string; noResults: string; unavailable: string };

	status.textContent = strings.loading;
	const ready = loadPagefind().then(
		(p) => {
			status.textContent = '';
			return p;
		},
		() => {
			status.textContent = strings.unavailable;
			return undefined;
		},
	);

	const run = async () => {
		const engine = await ready;
		if (!engine) return;
		const query = input.value.trim();
		const search = await engine.debouncedSearch(query, {}, 200);
		if (search === null) return; // superseded by a newer keystroke
		const results = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
		list.replaceChildren(
			...results.map((r) => {
				const li = document.createElement('li');
				const a = document.createElement('a');
				a.href = r.url;
				a.textContent = r.meta.title ?? r.url;
				const p = document.createElement('p');
				// Pagefind's excerpt is the page's own text with <mark> around the matches.
				p.innerHTML = r.excerpt;
				li.append(a, p);
				return li;
			}),
		);
		status.textContent = query && results.length === 0 ? `${strings.noResults} “${query}”` : '';
	};
	input.addEventListener('input', () => void run());
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown') {
			event.preventDefault();
			list.querySelector('a')?.focus();
		}
	});
	list.addEventListener('keydown', (event) => {
		const links = [...list.querySelectorAll('a')];
		const i = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'ArrowDown' && i < links.length - 1) {
			event.preventDefault();
			links[i + 1]!.focus();
		} else if (event.key === 'ArrowUp') {
			event.preventDefault();
			(i > 0 ? links[i - 1]! : input).focus();
		}
	});
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close(); // click on the backdrop
	});
}
