/**
 * `npm run bench:native`: the benchmark's own WGSL kernels and runner (src/bench) through
 * Dawn's Node bindings (npm `webgpu`, prebuilt for Linux, macOS and Windows), so they run on a
 * GPU server without a browser. Prints the result as JSON on stdout, a summary on stderr.
 *
 *   node scripts/bench-native/run.ts [--quick] [--max N] [--adapter NAME]
 *                                    [--backend vulkan|metal|d3d12] [--swiftshader]
 *
 * The `webgpu` package lives in scripts/bench-native/node_modules, installed here on first use,
 * so the site's own `npm ci` is unchanged. To carry it to a GPU machine, copy
 * scripts/bench-native/ and src/ (the runner is src/bench/, the datasheet peaks src/data/) and
 * run this file with Node 22+.
 * Dawn needs the Vulkan loader (libvulkan.so.1) on Linux; `--swiftshader` borrows Chromium's
 * loader and SwiftShader (a CPU implementation) to check the path where no GPU is present.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		max: { type: 'string' },
		adapter: { type: 'string' },
		backend: { type: 'string' },
		swiftshader: { type: 'boolean', default: false },
	},
});

const CHROMIUM_LIB = '/usr/lib/chromium';
if (args.swiftshader && !process.env.VK_ICD_FILENAMES) {
	// The Vulkan loader reads these at load time: run again with them set.
	const env = {
		...process.env,
		LD_LIBRARY_PATH: [CHROMIUM_LIB, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
		VK_ICD_FILENAMES: join(CHROMIUM_LIB, 'vk_swiftshader_icd.json'),
	};
	const again = spawnSync(process.execPath, process.argv.slice(1), { env, stdio: 'inherit' });
	process.exit(again.status ?? 1);
}

const entry = join(here, 'node_modules', 'webgpu', 'index.js');
if (!existsSync(entry)) {
	console.error(
		'bench:native: installing the npm package webgpu into scripts/bench-native/ (once)…',
	);
	const npm = process.env.npm_execpath;
	const install = npm
		? spawnSync(process.execPath, [npm, 'install', '--no-audit', '--no-fund'], {
				cwd: here,
				stdio: 'inherit',
			})
		: spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
	if (install.status !== 0 || !existsSync(entry)) {
		console.error('bench:native: could not install webgpu (see npm’s message above)');
		process.exit(1);
	}
}

const { create, globals } = (await import(pathToFileURL(entry).href)) as {
	create: (flags: string[]) => GPU;
	globals: Record<string, unknown>;
};
Object.assign(globalThis, globals);
const { runBenchmark, BenchError } = await import('../../src/bench/runner.ts');
const { QUICK_RUN } = await import('../../src/bench/quick.ts');
const { matchCatalog, toCatalog } = await import('../../src/bench/catalog.ts');
const { gpus } = await import('../../src/data/index.ts');

const flags = [
	// Full-resolution GPU timestamps: no browser, no timing side channel to guard against.
	'disable-dawn-features=timestamp_quantization',
	...(args.adapter ? [`adapter=${args.adapter}`] : []),
	...(args.backend ? [`backend=${args.backend}`] : []),
];
const gpu = create(flags);
const quick = args.quick ? QUICK_RUN : {};
const max = args.max ? Number(args.max) : undefined;

try {
	const result = await runBenchmark(gpu, {
		...quick,
		...(max ? { maxSize: max } : {}),
		userAgent: `Node ${process.version}, Dawn (npm webgpu) ${flags.join(' ')}`,
		onProgress: (p) =>
			process.stderr.write(`\r${Math.round(p.fraction * 100)}% ${p.detail}`.padEnd(70)),
	});
	process.stderr.write('\n');
	console.log(JSON.stringify(result, null, 2));
	const g = (x: number | undefined) =>
		!x ? '—' : x >= 1e12 ? `${(x / 1e12).toFixed(2)} TFLOP/s` : `${(x / 1e9).toFixed(2)} GFLOP/s`;
	const gb = (x: number | undefined) => (x ? `${(x / 1e9).toFixed(2)} GB/s` : '—');
	const { fp32, fp16, speedup } = result.matmul;
	const match = matchCatalog(
		`${result.adapter.description} ${result.adapter.device}`,
		toCatalog(gpus),
	)[0];
	const pct = (x: number | undefined, peak: number | undefined) =>
		x && peak ? ` (${((100 * x) / peak).toFixed(1)} % of ${match!.name}’s datasheet)` : '';
	console.error(
		[
			`adapter: ${result.adapter.name}${result.adapter.software ? ' (software)' : ''}; verified: ${result.verified}`,
			`FP32 ${g(fp32?.medianPerSecond)} at n = ${fp32?.size}${pct(fp32?.medianPerSecond, match?.fp32)}; config ${JSON.stringify(fp32?.config)}`,
			`FP16 ${g(fp16?.medianPerSecond)}${result.matmul.fp16Skipped ? ` (${result.matmul.fp16Skipped})` : ''}`,
			`tuned ÷ naive: ${speedup?.toFixed(2) ?? '—'}`,
			`copy ${gb(result.bandwidth.copy?.medianPerSecond)}${pct(result.bandwidth.copy?.medianPerSecond, match?.bandwidthBytesPerSecond)}; triad ${gb(result.bandwidth.triad?.medianPerSecond)}`,
			`timer: ${result.timer.kind}${result.timer.quantized ? ` (rounded to ${result.timer.quantumNs} ns)` : ''}; ${result.seconds.toFixed(1)} s`,
		].join('\n'),
	);
	process.exit(result.verified ? 0 : 2);
} catch (error) {
	process.stderr.write('\n');
	if (error instanceof BenchError && error.kind === 'no-adapter')
		console.error(
			'bench:native: Dawn found no adapter. On Linux it needs the Vulkan loader (libvulkan.so.1) and a driver (NVIDIA, Mesa); without a GPU, --swiftshader runs the same path on the CPU through Chromium’s SwiftShader.',
		);
	else console.error(`bench:native: ${(error as Error).message}`);
	process.exit(1);
}
