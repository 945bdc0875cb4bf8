/** Unit constants the data files are written with. */
import { BYTES_PER_GIB } from '../core/index.ts';

/** 10^12: vendors print FLOP/s in tera; data is stored in FLOP/s. */
export const TERA = 1e12;
/** 10^9: memory bandwidth is printed in decimal GB/s; data is stored in bytes/s. */
export const GIGA = 1e9;
/**
 * 2³⁰ bytes: what a vendor's "GB" of device memory means (the convention is stated once, in
 * src/core/README.md, "Memory").
 */
export const GIB = BYTES_PER_GIB;
