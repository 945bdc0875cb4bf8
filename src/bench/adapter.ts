/**
 * Who ran the benchmark: the WebGPU adapter's self-description, the WebGL renderer string
 * (which often names the chip where WebGPU gives only a vendor and an architecture), and
 * whether the adapter is software (SwiftShader, llvmpipe, WARP) rather than a GPU.
 */

export type AdapterIdentity = {
	vendor: string;
	architecture: string;
	device: string;
	description: string;
	/** WebGL's unmasked renderer string, where the browser gives one. */
	renderer: string | null;
	/** The adapter says it is a fallback (software or otherwise limited) adapter. */
	isFallbackAdapter: boolean;
	/** Software rendering, flagged from any of the fields above. */
	software: boolean;
	/** The most specific human name found. */
	name: string;
};

/** Software renderers by the name readers know them by. */
const SOFTWARE_NAMES: [RegExp, string][] = [
	[/swiftshader/i, 'SwiftShader'],
	[/llvmpipe/i, 'llvmpipe'],
	[/lavapipe/i, 'lavapipe'],
	[/basic render|\bwarp\b/i, 'Microsoft WARP'],
];

const SOFTWARE = /swiftshader|llvmpipe|lavapipe|softpipe|\bwarp\b|basic render|software/i;

/** Whether any identification string or the fallback flag says "software adapter". */
export function isSoftwareAdapter(fields: {
	vendor?: string;
	architecture?: string;
	device?: string;
	description?: string;
	renderer?: string | null;
	isFallbackAdapter?: boolean;
}): boolean {
	if (fields.isFallbackAdapter) return true;
	return [
		fields.vendor,
		fields.architecture,
		fields.device,
		fields.description,
		fields.renderer,
	].some((s) => typeof s === 'string' && SOFTWARE.test(s));
}

/**
 * The chip's name inside an ANGLE renderer string:
 * "ANGLE (NVIDIA, NVIDIA GeForce RTX 4060 Direct3D11 vs_5_0 ps_5_0, D3D11)" → "NVIDIA GeForce RTX 4060",
 * "ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)" → "Apple M2".
 * Other strings are returned trimmed; empty ones give null.
 */
export function chipFromRenderer(renderer: string | null | undefined): string | null {
	if (!renderer) return null;
	let s = renderer.trim();
	const angle = /^ANGLE \((.*)\)$/.exec(s);
	if (angle) {
		const parts = angle[1]!.split(', ');
		s = (parts.length >= 2 ? parts[1]! : parts[0]!).trim();
		s = s.replace(/^ANGLE \w+ Renderer:\s*/, '');
	}
	s = s
		.replace(/\s+(Direct3D\d+|vs_\d_\d|ps_\d_\d|\(0x[0-9a-f]+\)|OpenGL.*|Vulkan.*|D3D\d+.*)/gi, '')
		.replace(/\s+/g, ' ')
		.trim();
	return s || null;
}

/** Assembles an identity from the adapter's info and the WebGL renderer string. */
export function identify(
	info: {
		vendor?: string;
		architecture?: string;
		device?: string;
		description?: string;
		isFallbackAdapter?: boolean;
	},
	renderer: string | null,
): AdapterIdentity {
	const fields = {
		vendor: info.vendor ?? '',
		architecture: info.architecture ?? '',
		device: info.device ?? '',
		description: info.description ?? '',
	};
	const chip = chipFromRenderer(renderer);
	const everything = [...Object.values(fields), renderer ?? ''].join(' ');
	const softwareName = SOFTWARE_NAMES.find(([re]) => re.test(everything))?.[1];
	const name =
		(softwareName ?? (chip && !/^(Apple GPU|Google SwiftShader)$/i.test(chip) ? chip : null)) ||
		fields.description ||
		[fields.vendor, fields.architecture].filter(Boolean).join(' ') ||
		chip ||
		'unknown adapter';
	return {
		...fields,
		renderer,
		isFallbackAdapter: info.isFallbackAdapter === true,
		software: isSoftwareAdapter({ ...fields, renderer, isFallbackAdapter: info.isFallbackAdapter }),
		name,
	};
}

/** The identity of a WebGPU adapter (its info, or the device's where the adapter has none). */
export function identifyAdapter(
	adapter: GPUAdapter,
	device: GPUDevice,
	renderer: string | null,
): AdapterIdentity {
	const info = adapter.info ?? device.adapterInfo;
	return identify(
		{
			vendor: info?.vendor,
			architecture: info?.architecture,
			device: info?.device,
			description: info?.description,
			isFallbackAdapter:
				(info as { isFallbackAdapter?: boolean } | undefined)?.isFallbackAdapter ??
				(adapter as { isFallbackAdapter?: boolean }).isFallbackAdapter,
		},
		renderer,
	);
}

/** WebGL's unmasked renderer string in a browser (null elsewhere or when hidden). */
export function webglRenderer(): string | null {
	try {
		if (typeof document === 'undefined') return null;
		const gl = document.createElement('canvas').getContext('webgl');
		if (!gl) return null;
		const ext = gl.getExtension('WEBGL_debug_renderer_info');
		const value = gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
		gl.getExtension('WEBGL_lose_context')?.loseContext();
		return typeof value === 'string' && value ? value : null;
	} catch {
		return null;
	}
}
