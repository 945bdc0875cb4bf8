/**
 * Links on the built site: every internal link (an href starting with "/" or "#") reaches a file
 * in dist/, and its #fragment an element id on that page; every external link is a well-formed
 * https URL. Articles' links to the glossary and the methods page are checked here.
 */
import { describe, expect, it } from 'vitest';
import { distExists, fileForUrl, listPages, readDoc } from './site.ts';

const pages = distExists() ? listPages().filter((p) => p.url !== '/404.html') : [];

/** Ids on the page in `file` (cached through readDoc). */
const idsOf = (file: string) =>
	new Set([...readDoc(file).querySelectorAll('[id]')].map((el) => el.getAttribute('id')!));

describe.skipIf(!distExists())('links', () => {
	it('there are pages to check', () => {
		expect(pages.length).toBeGreaterThan(0);
	});

	for (const page of pages) {
		it(`${page.url}: internal links resolve, anchors included; external links are https`, () => {
			const broken: string[] = [];
			for (const a of readDoc(page.file).querySelectorAll('a[href]')) {
				const href = a.getAttribute('href')!;
				if (href.startsWith('#')) {
					const id = decodeURIComponent(href.slice(1));
					if (id && !idsOf(page.file).has(id)) broken.push(`${href} (no such id on this page)`);
				} else if (href.startsWith('/') && !href.startsWith('//')) {
					const file = fileForUrl(href);
					if (!file) {
						broken.push(`${href} (no file in dist/)`);
						continue;
					}
					const hash = href.split('#')[1];
					if (hash && !idsOf(file).has(decodeURIComponent(hash)))
						broken.push(`${href} (no id "${hash}" on that page)`);
				} else {
					let url: URL | undefined;
					try {
						url = new URL(href);
					} catch {
						url = undefined;
					}
					if (!url || url.protocol !== 'https:' || !url.hostname.includes('.'))
						broken.push(`${href} (not a well-formed https URL)`);
				}
			}
			expect(broken).toEqual([]);
		});
	}
});
