/** The hardware part of a report: rows, the MFU convention worded, and the inputs echoed. */
import type { Context } from './command.ts';
import type { Hardware } from './inputs.ts';
import type { Row } from './output.ts';
import { fill } from './strings.ts';

export function hardwareRows({ s, f }: Context, hw: Hardware): Row[] {
	return [
		{ label: s.label.gpu, value: hw.gpu.name },
		{ label: s.label.peak, value: f.rate(hw.peakFlopPerSecond) },
	];
}

/** "40% MFU of the BF16 dense peak (165 TFLOP/s per GPU), 1 GPU(s)". */
export function hardwareNote({ s, f }: Context, hw: Hardware): string {
	return fill(s.mfuOf, {
		mfu: f.percent(hw.mfu),
		precision: hw.precision.toUpperCase(),
		peak: f.rate(hw.peakFlopPerSecond),
		devices: f.plain(hw.devices),
	});
}

export function hardwareConventions(hw: Hardware) {
	return {
		inputs: { gpu: hw.gpu.id, precision: hw.precision, devices: hw.devices, mfu: hw.mfu },
		conventions: { peak: `${hw.precision} dense`, mfu: hw.mfu },
	};
}
