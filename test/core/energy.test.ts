import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { energy, EstimateError } from '../../src/core/index.ts';

describe('energy', () => {
	it('the nanoGPT note: 20 h at 200 W = 4 kWh', () => {
		// 200 W · 72,000 s = 14.4 MJ = 4 kWh
		const e = energy({ watts: 200, seconds: 20 * 3600 });
		expect(e.kWh).toBeCloseTo(4, 12);
		expect(e.joules).toBe(14_400_000);
		expect(e.cost).toBeNull();
		expect(e.co2Grams).toBeNull();
	});

	it('Llama 2 7B: 184,320 GPU-hours at 400 W = 73,728 kWh (model card)', () => {
		// 184,320 h · 0.4 kW = 73,728 kWh; at 0.15 per kWh 11,059.2; at 400 g/kWh 29.49 t
		const e = energy({
			watts: 400,
			seconds: 184_320 * 3600,
			pricePerKWh: 0.15,
			gramsCO2PerKWh: 400,
		});
		expect(e.kWh).toBeCloseTo(73_728, 6);
		expect(e.cost).toBeCloseTo(11_059.2, 6);
		expect(e.co2Grams! / 1e6).toBeCloseTo(29.4912, 6);
	});

	it('devices and PUE multiply', () => {
		// 8 devices · 700 W · 1 h · PUE 1.2 = 6.72 kWh
		const e = energy({ watts: 700, devices: 8, seconds: 3600, pue: 1.2 });
		expect(e.kWh).toBeCloseTo(6.72, 12);
	});

	it('a free, carbon-free supply gives 0 cost and 0 CO2', () => {
		const e = energy({ watts: 100, seconds: 10, pricePerKWh: 0, gramsCO2PerKWh: 0 });
		expect(e.cost).toBe(0);
		expect(e.co2Grams).toBe(0);
	});

	it('is linear: twice the time is twice the energy (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1, max: 2000, noNaN: true }),
				fc.double({ min: 1, max: 1e9, noNaN: true }),
				fc.double({ min: 1, max: 3, noNaN: true }),
				(watts, seconds, pue) => {
					const a = energy({ watts, seconds, pue, pricePerKWh: 0.2 });
					const b = energy({ watts, seconds: seconds * 2, pue, pricePerKWh: 0.2 });
					expect(b.kWh / a.kWh).toBeCloseTo(2, 12);
					expect(a.cost).toBeCloseTo(a.kWh * 0.2, 9);
				},
			),
		);
	});

	it('throws EstimateError for bad inputs', () => {
		const ok = { watts: 200, seconds: 3600 };
		for (const [field, bad] of [
			['watts', 0],
			['watts', -200],
			['watts', 1e9],
			['seconds', NaN],
			['seconds', Infinity],
			['devices', 0.5],
			['pue', 0.9],
			['pue', 10],
			['pricePerKWh', -0.1],
			['gramsCO2PerKWh', NaN],
		] as const) {
			try {
				energy({ ...ok, [field]: bad });
				expect.unreachable(`${field}=${bad}`);
			} catch (e) {
				expect(e).toBeInstanceOf(EstimateError);
				expect((e as EstimateError).field).toBe(field);
			}
		}
	});

	it('a positive run never shows 0 kWh: 5e-324 s at 1 W is refused, naming seconds', () => {
		// 1 W × 5e-324 s = 5e-324 J; ÷ 3.6e6 J/kWh is below the smallest double, so it would be 0.
		expect(5e-324 / 3.6e6).toBe(0);
		try {
			energy({ watts: 1, seconds: 5e-324 });
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(EstimateError);
			expect((e as EstimateError).field).toBe('seconds');
			expect((e as Error).message).toMatch(/too small/);
		}
		// The shortest time trainingTime returns (1 FLOP at 1e18 FLOP/s × 1e8 devices = 1e-26 s)
		// at a milliwatt: 1e-29 J = 2.78e-36 kWh, positive.
		expect(energy({ watts: 0.001, seconds: 1e-26 }).kWh).toBeCloseTo(1e-29 / 3.6e6, 45);
	});

	it('a cost or emissions that would underflow for a positive price are refused; a zero price is 0', () => {
		// 1e-300 s at 1 mW: 1e-303 J = 2.8e-310 kWh (subnormal, positive); × 1e-20 per kWh → 0.
		const tiny = { watts: 0.001, seconds: 1e-300 };
		expect(energy(tiny).kWh).toBeGreaterThan(0);
		expect(() => energy({ ...tiny, pricePerKWh: 1e-20 })).toThrow(/cost is too small/);
		expect(() => energy({ ...tiny, gramsCO2PerKWh: 1e-20 })).toThrow(
			/emissions figure is too small/,
		);
		expect(energy({ ...tiny, pricePerKWh: 0 }).cost).toBe(0);
	});
});
