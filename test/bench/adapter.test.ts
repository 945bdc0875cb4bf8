import { describe, expect, it } from 'vitest';
import { chipFromRenderer, identify, isSoftwareAdapter } from '../../src/bench/adapter.ts';

describe('adapter identification', () => {
	it('reads the chip out of ANGLE renderer strings (examples from research/webgpu.md)', () => {
		expect(
			chipFromRenderer('ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)'),
		).toBe('Apple M2');
		expect(
			chipFromRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 4060 Direct3D11 vs_5_0 ps_5_0, D3D11)'),
		).toBe('NVIDIA GeForce RTX 4060');
		expect(chipFromRenderer('Apple GPU')).toBe('Apple GPU');
		expect(chipFromRenderer('')).toBeNull();
		expect(chipFromRenderer(null)).toBeNull();
	});

	it('flags software adapters from any field', () => {
		// What Chromium 156 reports for SwiftShader in this project's CI.
		expect(
			isSoftwareAdapter({ vendor: 'google', architecture: 'swiftshader', isFallbackAdapter: true }),
		).toBe(true);
		expect(isSoftwareAdapter({ renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)' })).toBe(true);
		expect(isSoftwareAdapter({ description: 'Microsoft Basic Render Driver' })).toBe(true);
		expect(isSoftwareAdapter({ isFallbackAdapter: true })).toBe(true);
		expect(isSoftwareAdapter({ vendor: 'nvidia', architecture: 'ampere' })).toBe(false);
	});

	it('names a real GPU from WebGL, and a software one from WebGPU', () => {
		const rtx = identify(
			{ vendor: 'nvidia', architecture: 'lovelace', isFallbackAdapter: false },
			'ANGLE (NVIDIA, NVIDIA GeForce RTX 4070 Direct3D11 vs_5_0 ps_5_0, D3D11)',
		);
		expect(rtx).toMatchObject({ name: 'NVIDIA GeForce RTX 4070', software: false });
		const swift = identify(
			{ vendor: 'google', architecture: 'swiftshader', isFallbackAdapter: true },
			null,
		);
		expect(swift).toMatchObject({ name: 'SwiftShader', software: true });
		const angle = identify(
			{ vendor: 'google', architecture: 'swiftshader', isFallbackAdapter: true },
			'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
		);
		expect(angle.name).toBe('SwiftShader');
		expect(identify({ description: 'llvmpipe (LLVM 15.0.6, 256 bits)' }, null)).toMatchObject({
			name: 'llvmpipe',
			software: true,
		});
		const safari = identify(
			{ vendor: 'apple', architecture: 'apple', description: 'apple' },
			'Apple GPU',
		);
		expect(safari.name).toBe('apple');
		expect(identify({}, null).name).toBe('unknown adapter');
	});
});
