import { describe, expect, test } from 'vitest';
import { EstimateError } from '../../src/core/index.ts';
import {
	byteUnit,
	formatBandwidth,
	formatBytes,
	formatCO2,
	formatEnergy,
	formatFlop,
	formatFlopPerSecond,
	formatParams,
	formatPower,
	formatSI,
} from '../../src/format/index.ts';
import { LOCALES, t, unmarked } from '../helpers/text.ts';

describe('FLOP and FLOP/s with SI prefixes', () => {
	test('English', () => {
		expect(formatFlop(2.55e18, 'en')).toBe(t('2.55_EFLOP'));
		expect(formatFlop(1.2e15, 'en')).toBe(t('1.2_PFLOP'));
		expect(formatFlop(3.14e23, 'en')).toBe(t('314_ZFLOP'));
		expect(formatFlopPerSecond(4.009e13, 'en')).toBe(t('40.1_TFLOP/s'));
		expect(formatFlopPerSecond(312e12, 'en')).toBe(t('312_TFLOP/s'));
		expect(formatFlopPerSecond(989.4e12, 'en')).toBe(t('989_TFLOP/s'));
	});

	test('the decimal separator follows the locale; symbols do not', () => {
		expect(formatFlop(2.55e18, 'fr')).toBe(t('2,55_EFLOP'));
		expect(formatFlopPerSecond(4.009e13, 'fr')).toBe(t('40,1_TFLOP/s'));
		expect(formatFlopPerSecond(4.009e13, 'hi')).toBe(t('40.1_TFLOP/s'));
		expect(unmarked(formatFlopPerSecond(4.009e13, 'ar'))).toBe(t('40.1_TFLOP/s'));
	});

	test('every prefix from k to Y, and what lies beyond', () => {
		const prefixes = ['k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];
		prefixes.forEach((p, i) => {
			expect(formatSI(Number(`1.5e${3 * (i + 1)}`), 'FLOP', 'en')).toBe(t(`1.5_${p}FLOP`));
		});
		expect(formatFlop(312, 'en')).toBe(t('312_FLOP'));
		expect(formatFlop(1.2e27, 'en')).toBe(t('1.2_×_10²⁷_FLOP'));
		expect(formatFlop(1.2e27, 'fr')).toBe(t('1,2_×_10²⁷_FLOP'));
	});

	test('a value that rounds to 1000 takes the next prefix', () => {
		expect(formatFlopPerSecond(999.7e12, 'en')).toBe(t('1_PFLOP/s'));
		expect(formatFlopPerSecond(999.4e12, 'en')).toBe(t('999_TFLOP/s'));
	});

	test('a forced prefix keeps every integer digit, grouped', () => {
		expect(formatSI(1.287e9, 'Wh', 'en', { prefix: 'M' })).toBe(t('1,287_MWh'));
		expect(formatSI(1.287e9, 'Wh', 'fr', { prefix: 'M' })).toBe(t('1~287_MWh'));
		expect(() => formatSI(1, 'W', 'en', { prefix: 'X' as 'k' })).toThrow(EstimateError);
	});
});

describe('formatParams', () => {
	test('magnitude words in each language: k, M, B, T in English', () => {
		expect(formatParams(124_439_808, 'en')).toBe(t('124_M'));
		expect(formatParams(1.5e9, 'en')).toBe(t('1.5_B'));
		expect(formatParams(1.2e12, 'en')).toBe(t('1.2_T'));
		expect(formatParams(50_000, 'en')).toBe(t('50_k'));
		expect(formatParams(768, 'en')).toBe('768');
		expect(formatParams(1_557_611_200, 'en', { digits: 2 })).toBe(t('1.6_B'));
	});

	test('French: milliard (Md) for 10⁹ and billion (Bn) for 10¹², never B', () => {
		// A French "billion" is 10¹² (the long scale, Académie française; CLDR's compact "Md", "Bn").
		expect(formatParams(124_439_808, 'fr')).toBe(t('124_M'));
		expect(formatParams(1.5e9, 'fr')).toBe(t('1,5_Md'));
		expect(formatParams(175e9, 'fr')).toBe(t('175_Md'));
		expect(formatParams(1.2e12, 'fr')).toBe(t('1,2_Bn'));
		expect(formatParams(50_000, 'fr')).toBe(t('50_k'));
		for (const x of [1e9, 1.5e9, 7e9, 70e9, 175e9, 405e9, 999e9]) {
			expect(formatParams(x, 'fr')).not.toMatch(/B(?!n)/);
		}
	});

	test('Hindi and Arabic: the words of their technical press', () => {
		expect(formatParams(175e9, 'hi')).toBe(t('175_बिलियन'));
		expect(formatParams(7e6, 'hi')).toBe(t('7_मिलियन'));
		expect(formatParams(50_000, 'hi')).toBe(t('50_हज़ार'));
		expect(formatParams(1.2e12, 'hi')).toBe(t('1.2_ट्रिलियन'));
		expect(unmarked(formatParams(175e9, 'ar'))).toBe(t('175_مليار'));
		expect(unmarked(formatParams(7e6, 'ar'))).toBe(t('7_ملايين'));
		expect(unmarked(formatParams(50_000, 'ar'))).toBe(t('50_ألف'));
		expect(unmarked(formatParams(1.2e12, 'ar'))).toBe(t('1.2_تريليون'));
	});

	test('Arabic: a count whose plural category is few (3 to 10, 103 to 110) takes the plural', () => {
		const ar = (x: number, digits?: number) => unmarked(formatParams(x, 'ar', { digits }));
		expect(ar(10e9)).toBe(t('10_مليارات'));
		expect(ar(3e6)).toBe(t('3_ملايين'));
		expect(ar(5e3)).toBe(t('5_آلاف'));
		expect(ar(4e12)).toBe(t('4_تريليونات'));
		expect(ar(7e9)).toBe(t('7_مليارات'));
		// 9.996 B shows as 10: the plural follows the number shown
		expect(ar(9.996e9)).toBe(t('10_مليارات'));
		expect(ar(1.5e9)).toBe(t('1.5_مليار'));
		expect(ar(12e9)).toBe(t('12_مليار'));
		expect(ar(11e9)).toBe(t('11_مليار'));
		expect(ar(2e9)).toBe(t('2_مليار'));
		expect(ar(1e9)).toBe(t('1_مليار'));
		expect(ar(3.5e9)).toBe(t('3.5_مليار'));
		expect(ar(10.5e9)).toBe(t('10.5_مليار'));
		expect(ar(3.04e9, 2)).toBe(t('3_مليارات'));
		expect(ar(3.04e9)).toBe(t('3.04_مليار'));
		// Intl.PluralRules' "few": a count ending in 3 to 10 above 100 takes the plural too
		expect(ar(103e9)).toBe(t('103_مليارات'));
		expect(ar(110e9)).toBe(t('110_مليارات'));
		expect(ar(111e9)).toBe(t('111_مليار'));
		// other languages have no plural form here
		expect(formatParams(10e9, 'hi')).toBe(t('10_बिलियन'));
		expect(formatParams(10e9, 'fr')).toBe(t('10_Md'));
	});

	test('compact: Intl words', () => {
		expect(formatParams(1.5e9, 'en', { compact: true })).toBe('1.5B');
		expect(formatParams(1.5e9, 'fr', { compact: true })).toBe(t('1,5_Md'));
	});
});

describe('formatBytes and formatBandwidth', () => {
	test('binary and decimal as the caller says', () => {
		expect(formatBytes(12 * 2 ** 30, 'en', { system: 'binary' })).toBe(t('12_GiB'));
		expect(formatBytes(12 * 2 ** 30, 'en', { system: 'decimal' })).toBe(t('12.9_GB'));
		expect(formatBytes(80e9, 'en', { system: 'decimal' })).toBe(t('80_GB'));
		expect(formatBytes(1.5e3, 'hi', { system: 'decimal' })).toBe(t('1.5_kB'));
		expect(formatBytes(2 ** 20, 'ar', { system: 'binary' })).toBe(t('1_MiB'));
		expect(unmarked(formatBytes(80e9, 'ar', { system: 'decimal' }))).toBe(t('80_GB'));
		expect(formatBytes(12 * 2 ** 30, 'hi', { system: 'binary' })).toBe(t('12_GiB'));
		expect(formatBytes(512, 'en', { system: 'binary' })).toBe(t('512_B'));
		// at most three integer digits: 1000 KiB is shown in MiB
		expect(formatBytes(1000 * 1024, 'en', { system: 'binary' })).toBe(t('0.977_MiB'));
	});

	test('French writes octets: o, ko, Mo, Go, To and Kio, Mio, Gio, Tio', () => {
		expect(formatBytes(80 * 2 ** 30, 'fr', { system: 'binary' })).toBe(t('80_Gio'));
		expect(formatBytes(1.5 * 2 ** 30, 'fr', { system: 'binary' })).toBe(t('1,5_Gio'));
		expect(formatBytes(2 ** 20, 'fr', { system: 'binary' })).toBe(t('1_Mio'));
		expect(formatBytes(2 ** 10, 'fr', { system: 'binary' })).toBe(t('1_Kio'));
		expect(formatBytes(2 ** 40, 'fr', { system: 'binary' })).toBe(t('1_Tio'));
		expect(formatBytes(80e9, 'fr', { system: 'decimal' })).toBe(t('80_Go'));
		expect(formatBytes(2.79e12, 'fr', { system: 'decimal' })).toBe(t('2,79_To'));
		expect(formatBytes(1.5e6, 'fr', { system: 'decimal' })).toBe(t('1,5_Mo'));
		expect(formatBytes(1.5e3, 'fr', { system: 'decimal' })).toBe(t('1,5_ko'));
		expect(formatBytes(512, 'fr', { system: 'binary' })).toBe(t('512_o'));
		expect(formatBytes(1000 * 1024, 'fr', { system: 'binary' })).toBe(t('0,977_Mio'));
	});

	test('byteUnit gives the symbol for text around a number', () => {
		expect(byteUnit('GiB', 'fr')).toBe('Gio');
		expect(byteUnit('GB', 'fr')).toBe('Go');
		expect(byteUnit('B', 'fr')).toBe('o');
		expect(byteUnit('kB', 'fr')).toBe('ko');
		expect(byteUnit('KiB', 'fr')).toBe('Kio');
		expect(byteUnit('TB/s', 'fr')).toBe('To/s');
		for (const locale of ['en', 'hi', 'ar'] as const) {
			expect(byteUnit('GiB', locale)).toBe('GiB');
			expect(byteUnit('TB/s', locale)).toBe('TB/s');
			expect(byteUnit('B', locale)).toBe('B');
		}
		expect(() => byteUnit('Go' as 'GB', 'fr')).toThrow(EstimateError);
		expect(() => byteUnit('FLOP' as 'GB', 'en')).toThrow(EstimateError);
		expect(() => byteUnit('GiB', 'xx' as 'en')).toThrow(EstimateError);
	});

	test('the system must be stated', () => {
		expect(() => formatBytes(1, 'en', {} as { system: 'binary' })).toThrow(EstimateError);
	});

	test('bandwidth', () => {
		expect(formatBandwidth(3.35e12, 'en')).toBe(t('3.35_TB/s'));
		expect(formatBandwidth(3.35e12, 'fr')).toBe(t('3,35_To/s'));
		expect(formatBandwidth(900e9, 'fr')).toBe(t('900_Go/s'));
		expect(formatBandwidth(2 ** 30, 'fr', { system: 'binary' })).toBe(t('1_Gio/s'));
		expect(unmarked(formatBandwidth(3.35e12, 'ar'))).toBe(t('3.35_TB/s'));
		expect(formatBandwidth(3.35e12, 'hi')).toBe(t('3.35_TB/s'));
		expect(formatBandwidth(2 ** 30, 'en', { system: 'binary' })).toBe(t('1_GiB/s'));
	});
});

describe('energy, power, CO₂', () => {
	test('energy from kWh', () => {
		expect(formatEnergy(452, 'en')).toBe(t('452_kWh'));
		expect(formatEnergy(1_287_000, 'en')).toBe(t('1.29_GWh'));
		expect(formatEnergy(1_287_000, 'fr', { prefix: 'M' })).toBe(t('1~287_MWh'));
		expect(formatEnergy(0.5, 'en')).toBe(t('500_Wh'));
	});

	test('power in W', () => {
		expect(formatPower(700, 'en')).toBe(t('700_W'));
		expect(formatPower(1.2e6, 'fr')).toBe(t('1,2_MW'));
	});

	test('CO₂ in kg, then tonnes', () => {
		expect(formatCO2(12.5, 'fr')).toBe(t('12,5_kg_CO₂'));
		expect(formatCO2(552_000, 'en')).toBe(t('552_t_CO₂'));
		expect(formatCO2(1_234_000, 'en')).toBe(t('1,234_t_CO₂'));
		expect(formatCO2(1_234_000, 'hi')).toBe(t('1,234_t_CO₂'));
	});
});

test.each(LOCALES)('%s: non-finite quantities throw EstimateError', (locale) => {
	for (const bad of [NaN, Infinity, -Infinity]) {
		expect(() => formatFlop(bad, locale)).toThrow(EstimateError);
		expect(() => formatFlopPerSecond(bad, locale)).toThrow(EstimateError);
		expect(() => formatParams(bad, locale)).toThrow(EstimateError);
		expect(() => formatParams(bad, locale, { compact: true })).toThrow(EstimateError);
		expect(() => formatBytes(bad, locale, { system: 'binary' })).toThrow(EstimateError);
		expect(() => formatBandwidth(bad, locale)).toThrow(EstimateError);
		expect(() => formatEnergy(bad, locale)).toThrow(EstimateError);
		expect(() => formatPower(bad, locale)).toThrow(EstimateError);
		expect(() => formatCO2(bad, locale)).toThrow(EstimateError);
	}
});
