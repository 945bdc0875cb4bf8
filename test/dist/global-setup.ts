/**
 * The built project's global set-up: its tests read dist/, so without a build they fail at once
 * with one line that says what to run (they used to skip in silence, even in CI).
 */
import { distExists, DIST } from './site.ts';

export default function setup(): void {
	if (!distExists()) {
		throw new Error(
			`${DIST} has no built site: run \`npm run build\` before \`npm run test:built\``,
		);
	}
}
