/** The one error a benchmark run ends with. */
export type BenchErrorKind =
	'no-adapter' | 'device-lost' | 'out-of-memory' | 'cancelled' | 'failed';

/** Why a run ended early. `kind` picks the message the page shows. */
export class BenchError extends Error {
	readonly kind: BenchErrorKind;
	constructor(kind: BenchErrorKind, message: string) {
		super(message);
		this.kind = kind;
		this.name = 'BenchError';
	}
}
