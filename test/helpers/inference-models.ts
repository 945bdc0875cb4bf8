/** The binary gigabyte and the two Llama models of src/data the test/core/inference-*.test.ts files use. */
import { modelById } from '../../src/data/index.ts';

export const GiB = 2 ** 30;
export const llama31_8b = modelById('llama3.1-8b').arch;
export const llama2_7b = modelById('llama2-7b').arch;
