/** A few lines of source around a position, with a marker under the reported range. */
import type { Range } from '../finding.js';
import type { Styles } from './types.js';

const CONTEXT_LINES = 1;
const MAX_WIDTH = 160;

export function codeFrame(lines: readonly string[], range: Range, styles: Styles): string {
  const line = range.start.line;
  if (line < 1 || line > lines.length) return '';

  const first = Math.max(1, line - CONTEXT_LINES);
  const last = Math.min(lines.length, line + CONTEXT_LINES);
  const gutterWidth = String(last).length;
  const { offset, text } = window(expandTabs(lines[line - 1] ?? ''), range.start.column - 1);
  const output: string[] = [];

  for (let number = first; number <= last; number++) {
    const gutter = String(number).padStart(gutterWidth);
    const content = number === line ? text : window(expandTabs(lines[number - 1] ?? ''), offset, true).text;
    const marker = number === line ? '>' : ' ';
    output.push(styles.dim(`${marker} ${gutter} | `) + content.trimEnd());

    if (number === line) {
      const start = Math.max(0, range.start.column - 1 - offset);
      const end = range.end.line === line ? range.end.column - 1 - offset : text.trimEnd().length;
      const width = Math.max(1, Math.min(end, text.length) - start);
      output.push(styles.dim(`  ${' '.repeat(gutterWidth)} | `) + ' '.repeat(start) + styles.error('^'.repeat(width)));
    }
  }

  return output.join('\n');
}

function expandTabs(text: string): string {
  return text.replace(/\t/g, '  ');
}

/** Cuts a long line to a window around `column`, so the marker stays on screen. */
function window(text: string, column: number, fixedOffset = false): { offset: number; text: string } {
  if (text.length <= MAX_WIDTH) return { offset: 0, text };
  const offset = fixedOffset ? column : Math.max(0, Math.min(column - 20, text.length - MAX_WIDTH));
  return { offset, text: text.slice(offset, offset + MAX_WIDTH) };
}
