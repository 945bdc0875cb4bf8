/**
 * The sub-commands, in the order help lists them. Adding one (finetune, infer) = one file in
 * this folder exporting a `Command`, and one line here.
 */
import type { Command } from '../command.ts';
import { params } from './params.ts';
import { flops } from './flops.ts';
import { memory } from './memory.ts';
import { fit } from './fit.ts';
import { time } from './time.ts';
import { optimal } from './optimal.ts';
import { plan } from './plan.ts';

export const commands: readonly Command[] = [params, flops, memory, fit, time, optimal, plan];
