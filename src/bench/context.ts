/** What the steps of one run share: the device, its work and clock, the settings, progress. */
import type { Session } from './device.ts';
import type { Work } from './dispatch.ts';
import type { Report, Settings } from './options.ts';
import type { Clock } from './timing.ts';

export type RunContext = {
	session: Session;
	work: Work;
	clock: Clock;
	opt: Settings;
	progress: Report;
};
