/**
 * GPT-2 (OpenAI checkpoints) and the nanoGPT configurations the notes use.
 *
 * GPT-2: LayerNorm, GELU MLP of 4·d, learned positions, biases, output head tied to the token
 * embedding; vocab 50,257, context 1,024. OpenAI never published GPT-2's training-token count
 * (WebText is described as 40 GB of text), so no `trainingTokens` here.
 */
import type { Model } from './types.ts';

const NANOGPT = 'https://github.com/karpathy/nanoGPT/blob/3adf61e154c3fe3fca428ad6bc3818b27a3b8291';

function gpt2(
	id: string,
	name: string,
	layers: number,
	heads: number,
	dModel: number,
	label: string,
	paper: string,
	line: number,
): Model {
	return {
		id,
		name,
		arch: { family: 'gpt2', layers, heads, dModel, vocab: 50257, context: 1024 },
		params: Number.parseFloat(label) * 1e6,
		paramsLabel: label,
		source: {
			url: `${NANOGPT}/model.py#L${line}`,
			note: `nanoGPT model.py line ${line} (GPT.from_pretrained config_args: n_layer ${layers}, n_head ${heads}, n_embd ${dModel}, comment "${label} params") and lines 222-224 (vocab 50257, block_size 1024, bias True); the ${label} label also in README.md lines 151-154. The GPT-2 paper (Radford et al. 2019, Table 2, via secondary transcriptions) printed ${paper} for this size; the released checkpoint has ${label}.`,
		},
	};
}

export const gpt2Models: readonly Model[] = [
	gpt2('gpt2', 'GPT-2 small (124M)', 12, 12, 768, '124M', '117M', 217),
	gpt2('gpt2-medium', 'GPT-2 medium (350M)', 24, 16, 1024, '350M', '345M', 218),
	gpt2('gpt2-large', 'GPT-2 large (774M)', 36, 20, 1280, '774M', '762M', 219),
	gpt2('gpt2-xl', 'GPT-2 XL (1.5B)', 48, 25, 1600, '1558M', '1542M', 220),
];

export const nanogptModels: readonly Model[] = [
	{
		id: 'nanogpt-gpt2-124m',
		name: 'nanoGPT GPT-2 124M (train_gpt2 config)',
		arch: {
			family: 'gpt2',
			layers: 12,
			heads: 12,
			dModel: 768,
			vocab: 50304,
			context: 1024,
			bias: false,
		},
		params: 124e6,
		paramsLabel: '124M',
		source: {
			url: `${NANOGPT}/config/train_gpt2.py`,
			note: 'nanoGPT config/train_gpt2.py (GPT-2 124M on OpenWebText) with train.py defaults: n_layer 12, n_head 12, n_embd 768, bias False ("do we use bias inside LayerNorm and Linear layers?"), block_size 1024, vocab 50304 (50257 padded up to a multiple of 64, model.py line 111, train.py line 155).',
		},
		archNote:
			'Padded vocab 50,304 and no biases: a few hundred thousand parameters off the OpenAI checkpoint.',
	},
	{
		id: 'nanogpt-note-40m',
		name: 'nanoGPT 40.56M (the nanoGPT note’s model)',
		arch: {
			family: 'gpt2',
			layers: 12,
			heads: 6,
			dModel: 384,
			vocab: 50304,
			context: 1024,
			bias: false,
		},
		params: 40.56e6,
		paramsLabel: '40.56M',
		source: {
			url: `${NANOGPT}/model.py`,
			note: 'secondary: the configuration as the nanoGPT note (seed 004, “Exigences pour une session d’entraînement NanoGPT”) reports it: n_layer 12, n_head 6, n_embd 384, no bias, block_size 1024, vocab 50304 (nanoGPT’s padded GPT-2 vocab); 40.56M is the count nanoGPT prints, which excludes the position table (model.py get_num_params, non_embedding=True).',
		},
		secondary: ['arch', 'params'],
		archNote:
			'Configuration as the note reports it (the run’s config file itself is not published).',
	},
];
