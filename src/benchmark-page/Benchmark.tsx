/**
 * The benchmark page's island (client:only: WebGPU exists only in the browser). Start, a
 * progress bar with the current step, cancel; the results card with verified figures only;
 * copy/download as JSON; history on this device; "use in calculators" through bench/stored.ts.
 * Errors (no WebGPU, lost device, out of memory) get a message and a retry.
 */
import type { ComponentType } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { matchCatalog, type CatalogGpu } from '../bench/catalog.ts';
import { toMeasuredGpu, type BenchResult } from '../bench/result.ts';
import type { BenchErrorKind, Progress, RunOptions } from '../bench/runner.ts';
import {
	addToHistory,
	clearHistory,
	clearMeasuredGpu,
	hasUnreadableData,
	readHistory,
	readMeasuredGpu,
	saveMeasuredGpu,
	type HistoryEntry,
	type MeasuredGpu,
} from '../bench/stored.ts';
import type { Locale } from '../i18n/locales.ts';
import type BenchResultsType from './BenchResults.tsx';
import type { BenchStrings } from '../i18n/benchmark.ts';
import { fillTemplate, isolate } from './benchFill.ts';
import { formatBandwidth, formatFlopPerSecond } from '../format/index.ts';

type Props = {
	locale: Locale;
	strings: BenchStrings;
	catalog: CatalogGpu[];
	/** Training FLOP of GPT-2 small's compute-optimal run (from the core, at build time). */
	gpt2Flop: number;
};

type State =
	| { kind: 'idle' }
	| { kind: 'running'; progress: Progress | null; paused: boolean }
	| { kind: 'done'; result: BenchResult }
	| { kind: 'error'; error: { kind: BenchErrorKind; message: string } };

/**
 * The kernels, the runner and the results card load when the reader starts a run (a dynamic
 * import): the page itself stays light.
 */
const loadRunner = () =>
	Promise.all([
		import('../bench/runner.ts'),
		import('../bench/adapter.ts'),
		import('./BenchResults.tsx'),
	]);

/**
 * `?quick` runs small sizes and few passes (tests, slow devices); `?max=N` caps the size;
 * `?tune=ms` gives the autotune more (or less) time.
 */
function optionsFromUrl(): RunOptions {
	const query = new URLSearchParams(location.search);
	const options: RunOptions = {};
	if (query.has('quick'))
		Object.assign(options, {
			maxSize: 256,
			passMs: 25,
			measuredPasses: 3,
			maxWarmupPasses: 4,
			tuneBudgetMs: 400,
			maxStreamBytes: 16 * 2 ** 20,
			// Small blocks only: a software adapter takes seconds to compile the large unrolled ones.
			configFilter: (c) => c.bm <= 64 && c.bn <= 64 && c.bk <= 8,
		} satisfies RunOptions);
	const tune = Number(query.get('tune'));
	if (tune > 0 && tune <= 600_000) options.tuneBudgetMs = tune;
	const max = Number(query.get('max'));
	if (Number.isInteger(max) && max >= 128) options.maxSize = Math.min(options.maxSize ?? max, max);
	return options;
}

function waitUntilVisible(onPause: (paused: boolean) => void): Promise<void> {
	if (typeof document === 'undefined' || document.visibilityState !== 'hidden')
		return Promise.resolve();
	onPause(true);
	return new Promise((resolve) => {
		const check = () => {
			if (document.visibilityState !== 'hidden') {
				document.removeEventListener('visibilitychange', check);
				onPause(false);
				resolve();
			}
		};
		document.addEventListener('visibilitychange', check);
	});
}

export default function Benchmark({ locale, strings, catalog, gpt2Flop }: Props) {
	const id = useId();
	const [supported, setSupported] = useState<boolean | null>(null);
	const [state, setState] = useState<State>({ kind: 'idle' });
	const [history, setHistory] = useState<HistoryEntry[]>([]);
	const [measured, setMeasured] = useState<MeasuredGpu | null>(null);
	const [saveFailed, setSaveFailed] = useState(false);
	const [unreadable, setUnreadable] = useState(false);
	const [maxSize, setMaxSize] = useState<number | undefined>(undefined);
	const controller = useRef<AbortController | null>(null);
	const [Results, setResults] = useState<ComponentType<
		Parameters<typeof BenchResultsType>[0]
	> | null>(null);
	const status = useRef<HTMLDivElement>(null);

	useEffect(() => {
		setSupported(typeof navigator !== 'undefined' && 'gpu' in navigator && !!navigator.gpu);
		setUnreadable(hasUnreadableData());
		setHistory(readHistory());
		setMeasured(readMeasuredGpu());
		return () => controller.current?.abort();
	}, []);

	const start = async (smaller = false) => {
		const abort = new AbortController();
		controller.current = abort;
		const base = optionsFromUrl();
		const cap = smaller
			? Math.max(128, Math.floor((maxSize ?? base.maxSize ?? 8192) / 2))
			: base.maxSize;
		setMaxSize(cap);
		setState({ kind: 'running', progress: null, paused: false });
		setSaveFailed(false);
		try {
			const [{ runBenchmark }, { webglRenderer }, results] = await loadRunner();
			setResults(() => results.default);
			const result = await runBenchmark(navigator.gpu, {
				...base,
				maxSize: cap,
				maxStreamBytes: smaller ? (base.maxStreamBytes ?? 256 * 2 ** 20) / 4 : base.maxStreamBytes,
				renderer: webglRenderer(),
				signal: abort.signal,
				onProgress: (progress) => setState((s) => (s.kind === 'running' ? { ...s, progress } : s)),
				waitUntilVisible: () =>
					waitUntilVisible((paused) =>
						setState((s) => (s.kind === 'running' ? { ...s, paused } : s)),
					),
			});
			const summary = toMeasuredGpu(result);
			if (summary) setHistory(addToHistory(summary));
			setState({ kind: 'done', result });
		} catch (error) {
			const kind = (error as { kind?: BenchErrorKind } | null)?.kind ?? 'failed';
			// A failed dynamic import (offline, new deploy) lands here too, as 'failed'.
			setState({
				kind: 'error',
				error: { kind, message: String((error as Error | null)?.message ?? error) },
			});
		} finally {
			controller.current = null;
		}
		status.current?.focus();
	};

	const use = (result: BenchResult, catalogId?: string) => {
		const gpu = toMeasuredGpu(result, catalogId);
		const ok = gpu !== null && saveMeasuredGpu(gpu);
		setSaveFailed(!ok);
		setMeasured(readMeasuredGpu());
	};
	const stopUsing = () => {
		clearMeasuredGpu();
		setMeasured(null);
	};

	if (supported === null) return <div class="bench" aria-busy="true" />;
	if (!supported)
		return (
			<section
				class="bench bench-message"
				aria-labelledby={`${id}-nowebgpu`}
				data-state="no-webgpu"
			>
				<h2 id={`${id}-nowebgpu`}>{strings.noWebgpu.title}</h2>
				<p>{strings.noWebgpu.text}</p>
			</section>
		);

	const dateText = (iso: string) =>
		new Intl.DateTimeFormat(locale, {
			dateStyle: 'medium',
			timeStyle: 'short',
			numberingSystem: 'latn',
		}).format(new Date(iso));

	return (
		<div class="bench" data-state={state.kind}>
			<div class="bench-controls">
				{state.kind === 'running' ? (
					<button type="button" class="bench-button" onClick={() => controller.current?.abort()}>
						{strings.cancel}
					</button>
				) : (
					<button type="button" class="bench-button bench-primary" onClick={() => void start()}>
						{state.kind === 'idle' ? strings.start : strings.again}
					</button>
				)}
			</div>

			<div class="bench-status" ref={status} tabIndex={-1} aria-live="polite">
				{state.kind === 'running' && (
					<div class="bench-progress">
						<label for={`${id}-progress`}>
							{state.paused
								? strings.paused
								: state.progress
									? strings.steps[state.progress.step]
									: strings.running}
						</label>
						<progress
							id={`${id}-progress`}
							max={100}
							value={Math.round((state.progress?.fraction ?? 0) * 100)}
							aria-label={strings.progress}
						/>
					</div>
				)}
				{state.kind === 'error' && (
					<div class="bench-message bench-error" role="alert" data-error={state.error.kind}>
						<p>
							{strings.errors[state.error.kind]}
							{state.error.kind === 'failed' && (
								<>
									{' '}
									<code dir="ltr">{state.error.message}</code>
								</>
							)}
						</p>
						<p class="bench-actions">
							<button type="button" class="bench-button" onClick={() => void start()}>
								{strings.retry}
							</button>
							{(state.error.kind === 'out-of-memory' || state.error.kind === 'device-lost') && (
								<button type="button" class="bench-button" onClick={() => void start(true)}>
									{strings.retrySmaller}
								</button>
							)}
						</p>
					</div>
				)}
			</div>

			{state.kind === 'done' && Results && (
				<Results
					locale={locale}
					strings={strings}
					result={state.result}
					catalog={catalog}
					initialMatch={matchCatalog(state.result.adapter.name, catalog)[0]?.id}
					gpt2Flop={gpt2Flop}
					onUse={use}
				/>
			)}

			{unreadable && (
				<p class="bench-message bench-warning" data-unreadable>
					{strings.unreadable}{' '}
					<button
						type="button"
						class="bench-button"
						onClick={() => {
							clearMeasuredGpu();
							clearHistory();
							setUnreadable(false);
							setMeasured(null);
							setHistory([]);
						}}
					>
						{strings.history.clear}
					</button>
				</p>
			)}
			{measured && (
				<p class="bench-using" data-measured>
					{fillTemplate(strings.actions.using, {
						name: isolate(measured.name),
						date: dateText(measured.date),
					})}{' '}
					<button type="button" class="bench-button" onClick={stopUsing}>
						{strings.actions.clear}
					</button>
				</p>
			)}
			{saveFailed && <p class="bench-message bench-error">{strings.actions.notSaved}</p>}

			<section class="bench-history" aria-labelledby={`${id}-history`}>
				<h2 id={`${id}-history`}>{strings.history.heading}</h2>
				{history.length === 0 ? (
					<p>{strings.history.empty}</p>
				) : (
					<>
						<div class="bench-table">
							<table>
								<thead>
									<tr>
										<th scope="col">{strings.history.date}</th>
										<th scope="col">{strings.history.adapter}</th>
										<th scope="col">{strings.history.fp32}</th>
										<th scope="col">{strings.history.bandwidth}</th>
									</tr>
								</thead>
								<tbody>
									{history.map((h) => (
										<tr key={h.id}>
											<td>{dateText(h.date)}</td>
											<td>
												<bdi>{h.name}</bdi>
											</td>
											<td>
												<bdi dir="ltr">{formatFlopPerSecond(h.fp32FlopsPerSecond, locale)}</bdi>
											</td>
											<td>
												{h.bandwidthBytesPerSecond ? (
													<bdi dir="ltr">{formatBandwidth(h.bandwidthBytesPerSecond, locale)}</bdi>
												) : (
													'—'
												)}
											</td>
										</tr>
									))}
								</tbody>
							</table>
						</div>
						<button
							type="button"
							class="bench-button"
							onClick={() => {
								clearHistory();
								setHistory([]);
							}}
						>
							{strings.history.clear}
						</button>
					</>
				)}
			</section>
		</div>
	);
}
