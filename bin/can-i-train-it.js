#!/usr/bin/env node
// The `can-i-train-it` command: runs src/cli/main.ts, which Node runs as it is (type
// stripping, Node 22.18 and later). On an older Node it runs the project's pinned Node 24
// (the `node` devDependency) when it is installed, and otherwise says what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

if (process.features.typescript) {
	// Node keeps the compiled (and type-stripped) modules in its cache folder: later runs start faster.
	module.enableCompileCache?.();
	await import(entry);
} else {
	const pinned = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
	if (!existsSync(pinned)) {
		process.stderr.write(
			`can-i-train-it: Node ${process.versions.node} cannot run TypeScript; use Node 22.18 or newer, or run npm ci in the project to get its pinned Node 24\n`,
		);
		process.exit(2);
	}
	const child = spawnSync(pinned, [entry, ...process.argv.slice(2)], { stdio: 'inherit' });
	process.exit(child.status ?? 1);
}
