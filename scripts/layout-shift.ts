/**
 * Cumulative layout shift of a page as a throttled phone sees it: Chrome DevTools Protocol
 * network and CPU throttling (Lighthouse's mobile preset: 150 ms round trip, 1.6 Mbit/s down,
 * 4× slower CPU, a 412 × 823 screen), then the page's `layout-shift` entries summed the way
 * Chrome's CLS is (largest session window: shifts less than 1 s apart, at most 5 s long).
 * Used by `npm run bench:cls` (scripts/bench-cls.ts).
 */
import type { Browser } from 'playwright-core';

/** Lighthouse's mobile throttling ("Slow 4G" and a mid-range phone's CPU). */
export const PHONE = {
	viewport: { width: 412, height: 823 },
	deviceScaleFactor: 1.75,
	isMobile: true,
	hasTouch: true,
	latencyMs: 150,
	downloadBitsPerSecond: 1.6e6,
	uploadBitsPerSecond: 750e3,
	cpuSlowdown: 4,
} as const;

export type Shift = { value: number; startTime: number; sources: string[] };
export type LayoutShiftResult = { cls: number; total: number; shifts: Shift[] };

// Runs before the page's own scripts: records every layout shift not caused by input.
const RECORD_SHIFTS = `
window.__shifts = [];
new PerformanceObserver((list) => {
	for (const e of list.getEntries()) {
		if (e.hadRecentInput) continue;
		window.__shifts.push({
			value: e.value,
			startTime: e.startTime,
			sources: (e.sources || []).map((s) => {
				const n = s.node;
				if (!n) return '?';
				const el = n.nodeType === 1 ? n : n.parentElement;
				if (!el) return '#text';
				return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
					(el.classList.length ? '.' + [...el.classList].slice(0, 2).join('.') : '') +
					(n.nodeType === 3 ? ' (text)' : '');
			}),
		});
	}
}).observe({ type: 'layout-shift', buffered: true });
`;

/** Chrome's CLS: the largest sum of a session window (gaps < 1 s, window ≤ 5 s). */
export function sessionWindowCls(shifts: readonly Shift[]): number {
	let best = 0;
	let current = 0;
	let windowStart = -Infinity;
	let last = -Infinity;
	for (const s of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
		if (s.startTime - last >= 1000 || s.startTime - windowStart >= 5000) {
			current = 0;
			windowStart = s.startTime;
		}
		current += s.value;
		last = s.startTime;
		best = Math.max(best, current);
	}
	return best;
}

/**
 * Loads `url` (absolute) on an emulated throttled phone in a fresh context (empty cache) and
 * returns its layout shifts once the page, its fonts and a quiet second have passed.
 */
export async function measureLayoutShift(
	browser: Browser,
	url: string,
	options: { colorScheme?: 'light' | 'dark'; settleMs?: number } = {},
): Promise<LayoutShiftResult> {
	const context = await browser.newContext({
		viewport: PHONE.viewport,
		deviceScaleFactor: PHONE.deviceScaleFactor,
		isMobile: PHONE.isMobile,
		hasTouch: PHONE.hasTouch,
		colorScheme: options.colorScheme ?? 'light',
	});
	try {
		await context.addInitScript(RECORD_SHIFTS);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: PHONE.latencyMs,
			downloadThroughput: PHONE.downloadBitsPerSecond / 8,
			uploadThroughput: PHONE.uploadBitsPerSecond / 8,
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
		await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		// Let late font swaps and layout settle: wait until no shift for a quiet second.
		const settle = options.settleMs ?? 1500;
		let count = -1;
		for (let i = 0; i < 10; i++) {
			await page.waitForTimeout(settle);
			const now = await page.evaluate(
				() => (window as unknown as { __shifts: Shift[] }).__shifts.length,
			);
			if (now === count) break;
			count = now;
		}
		const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
		return {
			cls: sessionWindowCls(shifts),
			total: shifts.reduce((sum, s) => sum + s.value, 0),
			shifts,
		};
	} finally {
		await context.close();
	}
}
