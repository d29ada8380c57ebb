/**
 * Markdown from the definitions (descriptions and criteria narratives), rendered by
 * markdown-it with raw HTML off. Links and images keep only http, https and mailto URLs and
 * relative ones; anything else, `javascript:` included and however it is encoded, stays
 * text. Headings are shifted below the page's own, so a `#` in a description never competes
 * with the page title.
 */
import { createRequire } from 'node:module';

import type MarkdownIt from 'markdown-it';

import { Html, safeUrl } from './html.js';

// markdown-it is loaded on first use, so that commands other than `site` do not pay for it.
const require = createRequire(import.meta.url);
type Renderer = InstanceType<typeof MarkdownIt>;
let markdown: Renderer | undefined;

function markdownRenderer(): Renderer {
  if (markdown !== undefined) return markdown;
  const MarkdownItClass = require('markdown-it') as typeof MarkdownIt;
  const renderer = new MarkdownItClass({ html: false, linkify: true, typographer: false });

  // Only full URLs become links on their own, never bare words that look like domain names.
  renderer.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });

  // markdown-it hands this the link after decoding entities and escapes, so `&#106;avascript:`
  // is seen as `javascript:` here.
  renderer.validateLink = (url) => safeUrl(url) !== undefined;

  renderer.core.ruler.push('shift_headings', (state) => {
    const offset = typeof state.env.headingOffset === 'number' ? state.env.headingOffset : 0;
    for (const token of state.tokens) {
      if (token.type !== 'heading_open' && token.type !== 'heading_close') continue;
      const level = Math.min(6, Number(token.tag.slice(1)) + offset);
      token.tag = `h${level}`;
    }
  });

  // Header cells of Markdown tables name their column, for screen readers.
  renderer.renderer.rules.th_open = (tokens, index, options, _env, self) => {
    tokens[index]?.attrSet('scope', 'col');
    return self.renderToken(tokens, index, options);
  };

  markdown = renderer;
  return renderer;
}

/**
 * Renders Markdown as HTML. `headingLevel` is the level of the section the text sits in;
 * its `#` headings start one below it.
 */
export function renderMarkdown(text: string, headingLevel: number): Html {
  return new Html(markdownRenderer().render(text, { headingOffset: headingLevel }));
}
