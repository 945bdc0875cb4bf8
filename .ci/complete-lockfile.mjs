// Completes package-lock.json with the optional platform packages (other OSes and CPUs) that
// the registry reachable from our machines does not list, e.g. @pagefind/darwin-arm64@1.6.0 or
// @astrojs/compiler-binding-win32-x64-msvc@0.5.1. npm leaves them out of the lockfile, and
// `npm ci` then refuses the lockfile as out of sync ("Missing: … from lock file").
//
// Each added entry names its version, os, cpu and libc, so npm skips it on every other
// platform without fetching anything. Run it after any dependency change:
//   node .ci/complete-lockfile.mjs && npm ci
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

/** os/cpu/libc from a platform package's name: "…-linux-arm64-musl", "@pagefind/darwin-x64". */
function platformOf(name) {
	const m =
		/[-/](android|darwin|linux|win32|windows|freebsd|wasm32)-(arm64|x64|wasi)(?:-(gnu|musl|msvc))?$/.exec(
			name,
		);
	if (!m) return null;
	const [, os, cpu, abi] = m;
	if (os === 'wasm32') return { cpu: ['wasm32'] };
	const entry = { cpu: [cpu], os: [os === 'windows' ? 'win32' : os] };
	if (abi === 'gnu') entry.libc = ['glibc'];
	if (abi === 'musl') entry.libc = ['musl'];
	return entry;
}

/** Where Node would find `dep` from the package at `path`: its own node_modules, then each ancestor's. */
function resolve(path, dep) {
	const parts = path.split('/node_modules/');
	for (let i = parts.length; i >= 0; i--) {
		const base = parts.slice(0, i).join('/node_modules/');
		const key = base ? `${base}/node_modules/${dep}` : `node_modules/${dep}`;
		if (packages[key]) return key;
	}
	return null;
}

const added = [];
for (const [path, meta] of Object.entries(packages)) {
	for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
		const found = resolve(path, dep);
		if (found && packages[found].version === version) continue;
		const platform = platformOf(dep);
		if (!platform) continue; // not a platform binary (sharp, fsevents): npm handles those
		// a copy of another version is in the way: nest ours under the package; otherwise hoist
		const key = found ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
		packages[key] = { version, dev: meta.dev ?? true, optional: true, ...platform };
		added.push(`${key}@${version}`);
	}
}

lock.packages = Object.fromEntries(
	Object.entries(packages).sort(([a], [b]) =>
		a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0,
	),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
	added.length
		? `added ${added.length} entries:\n${added.join('\n')}`
		: 'lockfile already complete',
);
