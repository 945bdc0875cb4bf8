/**
 * Browser plumbing shared by the tests and screenshots.ts: a static file server over dist/ on
 * 127.0.0.1, Debian's
 * Chromium driven by playwright-core, and pages that record every problem (console errors,
 * page errors, failed or external requests, CSP violations).
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page,
} from 'playwright-core';
import { DIST } from '../dist/site.ts';

// ---------------------------------------------------------------- Chromium

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium in a container; WebGPU runs on SwiftShader for the benchmark page. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--enable-unsafe-webgpu',
	'--use-webgpu-adapter=swiftshader',
];

export const inCI = process.env.CI === 'true';
export const hasChromium = existsSync(CHROMIUM);

export const missingMessage = `Chromium not found at ${CHROMIUM}: install it with \`apt-get install chromium\`; browser tests skipped`;

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

// ---------------------------------------------------------------- static server

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.wasm': 'application/wasm',
	'.wgsl': 'text/plain; charset=utf-8',
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

export type StaticServer = {
	/** "http://127.0.0.1:PORT" */
	origin: string;
	/** Every path requested, in order (for "was X loaded?" checks). */
	requests: string[];
	close(): Promise<void>;
};

/**
 * Serves `root` like a static host: directory → index.html, "/dir" → 301 "/dir/",
 * unknown path → root/404.html with status 404.
 */
export async function startServer(root = DIST): Promise<StaticServer> {
	const base = resolve(root);
	const requests: string[] = [];
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		requests.push(url.pathname);
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end('bad request');
			return;
		}
		let file = resolve(base, `.${pathname}`);
		if (file !== base && !file.startsWith(base + sep)) {
			res.writeHead(403).end('forbidden');
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!pathname.endsWith('/')) {
				res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		let status = 200;
		if (!existsSync(file) || !statSync(file).isFile()) {
			status = 404;
			file = join(base, '404.html');
			if (!existsSync(file)) {
				res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
				return;
			}
		}
		const body = readFileSync(file);
		res.writeHead(status, {
			'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
			'Content-Length': body.length,
			'Cache-Control': 'no-cache',
		});
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		requests,
		close: () =>
			new Promise<void>((ok, fail) => {
				server.closeAllConnections();
				server.close((err) => (err ? fail(err) : ok()));
			}),
	};
}

// ---------------------------------------------------------------- checked pages

export type CheckedPage = {
	page: Page;
	context: BrowserContext;
	/** Problems seen so far: console errors, page errors, failed, external or blocked requests, CSP violations. */
	problems: string[];
	/** URLs the page requested (same origin), in order. */
	requested: string[];
	close(): Promise<void>;
};

// Runs in the page before any of its own scripts: CSP violations become console errors.
const CSP_LISTENER = `
document.addEventListener('securitypolicyviolation', (e) => {
	console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') +
		' at ' + e.sourceFile + ':' + e.lineNumber);
});
`;

/**
 * A new context and page that record problems. Requests to any host other than the server are
 * aborted and recorded. `allow` lists console messages that are expected (e.g. the 404 page's
 * own "Failed to load resource" for the document).
 */
export async function openPage(
	browser: Browser,
	server: StaticServer,
	options: BrowserContextOptions & { allow?: RegExp[] } = {},
): Promise<CheckedPage> {
	const { allow = [], ...contextOptions } = options;
	const context = await browser.newContext({ baseURL: server.origin, ...contextOptions });
	const page = await context.newPage();
	const problems: string[] = [];
	const requested: string[] = [];
	const note = (text: string) => {
		const short = text.replace(/(data:[\w/+.-]+;base64,)[\w+/=]{20,}/g, '$1…');
		if (!allow.some((re) => re.test(short)))
			problems.push(short.length > 400 ? `${short.slice(0, 400)}…` : short);
	};
	// A navigation (meta refresh, link click) cancels the previous document's pending requests:
	// those ERR_ABORTED failures are not problems. An abort is recorded at once and withdrawn if
	// a navigation follows its request, so `problems` is one live array (destructuring it early
	// still sees what comes later).
	let navigations = 0;
	const navigationAt = new WeakMap<object, number>();
	const pendingAborts: string[] = [];
	page.on('framenavigated', (frame) => {
		if (frame !== page.mainFrame()) return;
		navigations++;
		for (const text of pendingAborts.splice(0)) {
			const i = problems.indexOf(text);
			if (i >= 0) problems.splice(i, 1);
		}
	});
	await context.addInitScript(CSP_LISTENER);
	await context.route(
		(url) => url.origin !== server.origin && !/^(data|blob|about):/.test(url.href),
		(route) => {
			note(`external request: ${route.request().url()}`);
			return route.abort('blockedbyclient');
		},
	);
	page.on('console', (msg) => {
		if (msg.type() === 'error') note(`console error: ${msg.text()} (${msg.location().url})`);
		else if (/Content Security Policy/i.test(msg.text()))
			note(`console ${msg.type()}: ${msg.text()}`);
	});
	page.on('pageerror', (error) => note(`page error: ${error.message}`));
	page.on('request', (req) => {
		navigationAt.set(req, navigations);
		if (req.url().startsWith(server.origin)) requested.push(new URL(req.url()).pathname);
	});
	page.on('requestfailed', (req) => {
		if (!req.url().startsWith(server.origin)) return; // already reported as external
		const text = `request failed: ${req.url()} (${req.failure()?.errorText})`;
		if (req.failure()?.errorText === 'net::ERR_ABORTED') {
			if ((navigationAt.get(req) ?? 0) < navigations) return;
			pendingAborts.push(text);
		}
		note(text);
	});
	page.on('response', (res) => {
		if (res.status() >= 400) note(`HTTP ${res.status()}: ${res.url()}`);
	});
	return {
		page,
		context,
		problems,
		requested,
		close: () => context.close(),
	};
}

/** Runs `fn` over `items` with at most `limit` at a time. */
export async function pool<T, R>(
	items: T[],
	limit: number,
	fn: (item: T) => Promise<R>,
): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await fn(items[i]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

// ---------------------------------------------------------------- accessibility

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The WCAG AA rules that depend on colours: what a second colour scheme can change. */
export const AXE_COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Serious and critical axe-core violations on the page (or inside `include`), one line each:
 * every WCAG 2.2 AA rule, or only `rules` (e.g. the colour rules, for a second colour scheme).
 */
export async function axeViolations(
	page: Page,
	include?: string,
	rules?: string[],
): Promise<string[]> {
	// Only violations are read: axe skips gathering every passing node (a third of its time here).
	let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
	builder = rules ? builder.withRules(rules) : builder.withTags(AXE_TAGS);
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) =>
			v.nodes.map(
				(n) =>
					`${v.impact} ${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`,
			),
		);
}
