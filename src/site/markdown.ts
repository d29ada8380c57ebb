/**
 * Markdown from the definitions (descriptions and criteria narratives), rendered by
 * markdown-it with raw HTML off. Links and images keep only http, https and mailto URLs and
 * relative ones; anything else, `javascript:` included and however it is encoded, stays
 * text. Headings are shifted below the page's own, so a `#` in a description never competes
 * with the page title.
 */
import MarkdownIt from 'markdown-it';

import { Html, safeUrl } from './html.js';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

// Only full URLs become links on their own, never bare words that look like domain names.
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });

// markdown-it hands this the link after decoding entities and escapes, so `&#106;avascript:`
// is seen as `javascript:` here.
markdown.validateLink = (url) => safeUrl(url) !== undefined;

markdown.core.ruler.push('shift_headings', (state) => {
  const offset = typeof state.env.headingOffset === 'number' ? state.env.headingOffset : 0;
  for (const token of state.tokens) {
    if (token.type !== 'heading_open' && token.type !== 'heading_close') continue;
    const level = Math.min(6, Number(token.tag.slice(1)) + offset);
    token.tag = `h${level}`;
  }
});

// Header cells of Markdown tables name their column, for screen readers.
markdown.renderer.rules.th_open = (tokens, index, options, _env, renderer) => {
  tokens[index]?.attrSet('scope', 'col');
  return renderer.renderToken(tokens, index, options);
};

/**
 * Renders Markdown as HTML. `headingLevel` is the level of the section the text sits in;
 * its `#` headings start one below it.
 */
export function renderMarkdown(text: string, headingLevel: number): Html {
  return new Html(markdown.render(text, { headingOffset: headingLevel }));
}
