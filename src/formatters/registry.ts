/** Output formats by `--format` name. */
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
};
