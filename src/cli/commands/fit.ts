/**
 * `fit`: the site's "Can I train it?" for a model on some GPUs: parameters, tokens, compute,
 * time, GPU-hours, cost, energy, CO₂, memory per GPU against the card, the verdict and the
 * largest micro-batch that fits. The same chain of core calls as the site's calculator:
 * countParams → (tokens or compute-optimal tokens) → flopsPerToken × tokens (flopsForTokens)
 * → trainingTime → gpuHours (× price) → energy → trainingMemory and maxBatchThatFits.
 */
import { energy, gpuHours, trainingTime } from '../../core/index.ts';
import { UsageError, quantity, type OptionSpecs } from '../args.ts';
import type { Command } from '../command.ts';
import { COMPUTE_OPTIONS, MEMORY_OPTIONS, readCompute, readMemory } from '../compute.ts';
import { hardwareConventions, hardwareNote, hardwareRows } from '../hardware.ts';
import { GPU_OPTIONS, readHardware } from '../inputs.ts';
import { memoryPart } from '../memory.ts';
import { fill } from '../strings.ts';

/** The site calculator's defaults for electricity: $0.15 per kWh, 400 g CO₂ per kWh. */
const KWH_PRICE = 0.15;
const GRAMS_CO2_PER_KWH = 400;
/** The site calculator's largest price per GPU-hour. */
const PRICE_MAX = 1e6;

const COST_OPTIONS: OptionSpecs = {
	watts: { type: 'string', value: 'W' },
	price: { type: 'string', value: 'USD' },
	'kwh-price': { type: 'string', value: 'USD' },
	co2: { type: 'string', value: 'G' },
};

// The memory model needs an architecture: no bare --params here.
const { params: _params, ...withArchitecture } = COMPUTE_OPTIONS;

export const fit: Command = {
	name: 'fit',
	summary: {
		en: 'can I train it? compute, time, cost, energy and memory against the GPU',
		fr: 'puis-je l’entraîner ? calcul, durée, coût, énergie et mémoire face au GPU',
		hi: 'क्या मैं इसे प्रशिक्षित कर सकता हूँ? गणना, समय, लागत, ऊर्जा और GPU के सामने मेमोरी',
		ar: 'هل أستطيع تدريبه؟ الحساب والمدة والكلفة والطاقة والذاكرة مقابل البطاقة',
	},
	options: { ...withArchitecture, ...GPU_OPTIONS, ...MEMORY_OPTIONS, ...COST_OPTIONS },
	run(ctx) {
		const { values, locale, s, f } = ctx;
		const c = readCompute(ctx);
		if (c.model === undefined) throw new UsageError('name a model: --model ID or --config FILE');
		const hw = readHardware(values, locale);
		const seconds = trainingTime({
			flops: c.flop,
			peakFlopsPerSecond: hw.peakFlopPerSecond,
			devices: hw.devices,
			utilization: hw.mfu,
		});
		const hours = gpuHours(seconds, hw.devices);
		const typed = quantity(values, 'price', locale);
		if (typed !== undefined && !(typed >= 0 && typed <= PRICE_MAX)) {
			throw new UsageError(
				`--price must be a number of dollars per GPU-hour from 0 to ${PRICE_MAX}`,
			);
		}
		const price = typed ?? hw.gpu.price?.usdPerHour;
		const cost = price === undefined ? null : hours * price;
		const watts = quantity(values, 'watts', locale) ?? hw.gpu.watts;
		const kwhPrice = quantity(values, 'kwh-price', locale) ?? KWH_PRICE;
		const co2 = quantity(values, 'co2', locale) ?? GRAMS_CO2_PER_KWH;
		const power =
			watts === undefined
				? null
				: energy({
						watts,
						seconds,
						devices: hw.devices,
						pue: 1,
						pricePerKWh: kwhPrice,
						gramsCO2PerKWh: co2,
					});
		const settings = readMemory(ctx, c.model, hw.precision, hw.devices);
		const mem = memoryPart(ctx, settings, hw.gpu);
		const hwc = hardwareConventions(hw);
		const notes = [...c.notes, hardwareNote(ctx, hw), mem.note];
		if (power !== null && watts !== undefined) {
			notes.push(
				fill(s.energyConvention, {
					watts: `${f.plain(watts)} W`,
					kwh: f.usd(kwhPrice),
					co2: f.plain(co2),
				}),
			);
		}
		return {
			inputs: {
				...c.inputs,
				...hwc.inputs,
				...settings.inputs,
				usdPerGpuHour: price ?? null,
				watts: watts ?? null,
				usdPerKWh: kwhPrice,
				gramsCO2PerKWh: co2,
			},
			results: {
				params: c.params,
				tokens: c.tokens,
				flopPerToken: c.flopPerToken,
				flop: c.flop,
				peakFlopPerSecond: hw.peakFlopPerSecond,
				seconds,
				gpuHours: hours,
				costUsd: cost,
				energyJoules: power?.joules ?? null,
				energyKWh: power?.kWh ?? null,
				energyCostUsd: power?.cost ?? null,
				co2Grams: power?.co2Grams ?? null,
				...mem.results,
			},
			conventions: { flopCount: c.flopCount, tokensFit: c.fit, ...hwc.conventions },
			rows: [
				...c.rows,
				...hardwareRows(ctx, hw),
				{ label: s.label.time, value: f.time(seconds) },
				{ label: s.label.gpuHours, value: f.number(hours) },
				...(cost === null ? [] : [{ label: s.label.cost, value: f.usd(cost) }]),
				...(power === null
					? []
					: [
							{
								label: s.label.energy,
								value: `${f.number(power.kWh)} kWh${power.cost === null ? '' : ` · ${f.usd(power.cost)}`}`,
							},
							{
								label: s.label.co2,
								value: `${f.number((power.co2Grams ?? 0) / 1000)} kg CO₂`,
							},
						]),
				...mem.rows,
			],
			notes,
		};
	},
};
