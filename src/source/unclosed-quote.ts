/**
 * Finds where an unclosed quoted scalar starts. The YAML parser reports a missing closing
 * quote at the end of the text it swallowed, often past the last line, where the user
 * cannot see which quote is open.
 */
import { Lexer } from 'yaml';

/** The lexer's control tokens (document start, flow end, scalar marker), which are not in the text. */
const CONTROL_TOKENS = new Set(['\x02', '\x18', '\x1f']);

/** Returns the offset of the last opening quote whose scalar is not closed, if any. */
export function unclosedQuoteOffset(text: string): number | undefined {
  let offset = 0;
  let found: number | undefined;
  for (const token of new Lexer().lex(text)) {
    if (CONTROL_TOKENS.has(token)) continue;
    if ((token.startsWith('"') || token.startsWith("'")) && !isClosed(token)) found = offset;
    offset += token.length;
  }
  return found;
}

function isClosed(token: string): boolean {
  const quote = token[0] as string;
  if (token.length < 2 || !token.endsWith(quote)) return false;
  if (quote === "'") return true;
  // In double quotes, a backslash escapes the next character, so an odd run of them escapes the quote.
  const backslashes = /\\*$/.exec(token.slice(0, -1))?.[0].length ?? 0;
  return backslashes % 2 === 0;
}
