/**
 * The results card of the benchmark: verified figures (a failed check shows the failure, never
 * a number), the kernel chosen, the timer, the adapter, a chart, a comparison with the
 * catalogue's datasheet peaks, and the actions (copy, download, use in the calculators).
 */
import { useState } from 'preact/hooks';
import { configLabel } from '../bench/kernels.ts';
import type { CatalogGpu } from '../bench/catalog.ts';
import type { BenchResult, Measurement } from '../bench/result.ts';
import {
	formatBandwidth,
	formatDuration,
	formatFlop,
	formatFlopPerSecond,
	formatNumber,
	formatPercent,
} from '../format/index.ts';
import type { Locale } from '../i18n/locales.ts';
import BenchChart from './BenchChart.tsx';
import { fillTemplate, isolate } from './benchFill.ts';
import type { BenchStrings } from '../i18n/benchmark.ts';

type Props = {
	locale: Locale;
	strings: BenchStrings;
	result: BenchResult;
	catalog: CatalogGpu[];
	initialMatch: string | undefined;
	gpt2Flop: number;
	onUse: (result: BenchResult, catalogId?: string) => void;
};

const ok = (m: Measurement | null): m is Measurement => m !== null && m.verification.ok;

export default function BenchResults({
	locale,
	strings,
	result,
	catalog,
	initialMatch,
	gpt2Flop,
	onUse,
}: Props) {
	const s = strings.results;
	const [pick, setPick] = useState(initialMatch ?? '');
	const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
	const gpu = catalog.find((g) => g.id === pick);
	const json = JSON.stringify(result, null, 2);
	const { fp32, fp16, naive, tunedAtNaiveSize, speedup } = result.matmul;
	const { copy, triad } = result.bandwidth;
	const rate = (m: Measurement, x: number) =>
		m.kernel === 'copy' || m.kernel === 'triad'
			? formatBandwidth(x, locale)
			: formatFlopPerSecond(x, locale);

	const row = (name: string, label: string, m: Measurement | null, missing?: string) => (
		<tr key={name} data-figure={name} data-verified={m ? String(m.verification.ok) : undefined}>
			<th scope="row">{label}</th>
			{m === null ? (
				<td colSpan={2}>{missing ?? '—'}</td>
			) : !m.verification.ok ? (
				<td colSpan={2} class="bench-failed">
					{s.failed}
				</td>
			) : (
				<>
					<td>
						<bdi dir="ltr" class="bench-figure">
							{rate(m, m.medianPerSecond)}
						</bdi>{' '}
						<span class="bench-soft">({s.median})</span>
						<br />
						<span class="bench-soft">
							{s.best} <bdi dir="ltr">{rate(m, m.bestPerSecond)}</bdi> · {s.spread}{' '}
							<bdi dir="ltr">{formatPercent(m.cv, locale, { digits: 2 })}</bdi>
							{!m.stable && <> · {s.unstable}</>}
						</span>
					</td>
					<td>
						<span class="bench-ok">✓ {s.verified}</span>
						<br />
						<span class="bench-soft">
							{s.size}{' '}
							<bdi dir="ltr">
								{m.kernel === 'copy' || m.kernel === 'triad'
									? `${formatNumber(m.size / 2 ** 20, locale)} MiB`
									: `${m.size}³`}
							</bdi>
						</span>
					</td>
				</>
			)}
		</tr>
	);

	const share = (measured: number, peak: number | undefined) =>
		peak && peak > 0 ? formatPercent(measured / peak, locale, { digits: 2 }) : null;
	/** "40 % of the FP32 peak of …": a verified measurement over a catalog peak, or nothing. */
	const shareItem = (
		template: string,
		m: Measurement | null,
		peak: number | undefined,
		show: (x: number, locale: Locale) => string,
		extra: Record<string, string> = {},
	) => {
		const percent = ok(m) ? share(m.medianPerSecond, peak) : undefined;
		return (
			percent &&
			peak !== undefined && (
				<li>
					{fillTemplate(template, {
						percent: isolate(percent),
						...extra,
						peak: isolate(show(peak, locale)),
					})}
				</li>
			)
		);
	};

	const download = () => {
		const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
		const a = document.createElement('a');
		a.href = url;
		a.download = `gpu-benchmark-${result.date.slice(0, 10)}.json`;
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	};
	const copyJson = async () => {
		try {
			await navigator.clipboard.writeText(json);
			setCopyState('copied');
		} catch {
			setCopyState('failed');
		}
	};

	return (
		<section
			class="bench-results"
			aria-labelledby="bench-results-title"
			data-verified={String(result.verified)}
		>
			<h2 id="bench-results-title">{s.heading}</h2>
			{result.adapter.software && (
				<div class="bench-message bench-warning" role="note" data-software>
					<p>
						<strong>{strings.software.title}</strong>
					</p>
					<p>{strings.software.text}</p>
				</div>
			)}
			<div class="bench-table">
				<table>
					<tbody>
						{row('fp32', s.fp32, fp32)}
						{row('fp16', s.fp16, fp16, s.noFp16)}
						{row('naive', s.naive, naive)}
						<tr data-figure="speedup">
							<th scope="row">{s.speedup}</th>
							<td colSpan={2}>
								{speedup !== null && ok(naive) && ok(tunedAtNaiveSize) ? (
									<bdi dir="ltr" class="bench-figure">
										{formatNumber(speedup, locale, { digits: 2 })}×
									</bdi>
								) : (
									'—'
								)}
							</td>
						</tr>
						{row('copy', s.copy, copy)}
						{row('triad', s.triad, triad)}
					</tbody>
				</table>
			</div>

			{ok(fp32) && gpt2Flop > 0 && (
				<p class="bench-meaning">
					{fillTemplate(strings.meaning, {
						flop: isolate(formatFlop(gpt2Flop, locale)),
						time: isolate(formatDuration(gpt2Flop / fp32.medianPerSecond, locale)),
					})}
				</p>
			)}

			<div class="bench-catalog">
				<label for="bench-catalog-pick">{strings.catalog.label}</label>{' '}
				<select
					id="bench-catalog-pick"
					value={pick}
					onChange={(e) => setPick(e.currentTarget.value)}
				>
					<option value="">{strings.catalog.none}</option>
					{catalog.map((g) => (
						<option key={g.id} value={g.id}>
							{g.name}
						</option>
					))}
				</select>
				{initialMatch && pick === initialMatch && (
					<p class="bench-soft">{strings.catalog.detected}</p>
				)}
				{gpu && ok(fp32) && share(fp32.medianPerSecond, gpu.fp32) && (
					<ul class="bench-shares" role="list">
						{shareItem(strings.catalog.share, fp32, gpu.fp32, formatFlopPerSecond, {
							gpu: isolate(gpu.name),
						})}
						{shareItem(strings.catalog.shareFp16, fp16, gpu.fp16, formatFlopPerSecond)}
						{shareItem(
							strings.catalog.shareBandwidth,
							copy,
							gpu.bandwidthBytesPerSecond,
							formatBandwidth,
						)}
					</ul>
				)}
			</div>

			<BenchChart
				locale={locale}
				title={strings.chart.title}
				xLabel={strings.chart.x}
				yLabel={strings.chart.y}
				series={[
					{
						label: strings.chart.tuned,
						points: result.matmul.probe.tuned,
						className: 'bench-series-tuned',
					},
					{
						label: strings.chart.naive,
						points: result.matmul.probe.naive,
						className: 'bench-series-naive',
					},
				]}
			/>

			<dl class="bench-details">
				<dt>{s.config}</dt>
				<dd>
					<bdi dir="ltr">{fp32?.config ? configLabel(fp32.config) : '—'}</bdi>
					{fp16?.config && (
						<>
							{' '}
							· {s.configFp16} <bdi dir="ltr">{configLabel(fp16.config)}</bdi>
						</>
					)}
				</dd>
				<dt>{s.timer}</dt>
				<dd>
					{result.timer.kind === 'timestamp-query'
						? `${s.timestamps} (${
								result.timer.quantized && result.timer.quantumNs
									? fillTemplate(s.quantized, {
											step: isolate(`${formatNumber(result.timer.quantumNs / 1000, locale)} µs`),
										})
									: s.precise
							})`
						: s.wallClock}
				</dd>
				<dt>{s.adapter}</dt>
				<dd>
					<bdi>{result.adapter.name}</bdi>
					{result.adapter.vendor && (
						<span class="bench-soft">
							{' '}
							(
							<bdi dir="ltr">
								{[result.adapter.vendor, result.adapter.architecture].filter(Boolean).join(' · ')}
							</bdi>
							)
						</span>
					)}
				</dd>
				<dt>{s.browser}</dt>
				<dd>
					<bdi dir="ltr" class="bench-soft">
						{result.userAgent}
					</bdi>
				</dd>
				<dt>{s.duration}</dt>
				<dd>{formatDuration(result.seconds, locale)}</dd>
			</dl>
			<p class="bench-soft">
				{s.flopRule} {s.bytesRule}
			</p>

			<p class="bench-actions">
				<button type="button" class="bench-button" onClick={() => void copyJson()}>
					{strings.actions.copy}
				</button>
				<button type="button" class="bench-button" onClick={download}>
					{strings.actions.download}
				</button>
				{ok(fp32) && (
					<button
						type="button"
						class="bench-button bench-primary"
						onClick={() => onUse(result, gpu?.id)}
					>
						{strings.actions.use}
					</button>
				)}
				<span aria-live="polite">
					{copyState === 'copied'
						? strings.actions.copied
						: copyState === 'failed'
							? strings.actions.copyFailed
							: ''}
				</span>
			</p>
		</section>
	);
}
