import { describe, expect, it } from 'vitest';

import { quote, renderDot } from '../../src/graph/dot.js';
import { mermaidText, renderMermaid } from '../../src/graph/mermaid.js';
import { buildPathwayGraph } from '../../src/graph/pathway.js';
import { inlineSvg, renderSvg } from '../../src/graph/svg.js';
import { lintFiles } from '../helpers/workspace.js';

/** Names that break a careless renderer: quotes, markup, Graphviz and Mermaid escapes, a trailing backslash. */
const NASTY_NAMES = [
  'Quote " inside',
  '<script>alert(1)</script>',
  'Ends with a backslash \\',
  'Escapes \\N \\G \\l \\"',
  'Hash #35; and #quot; and &amp;',
  'style: #x; classDef a fill:#f00;',
  'Back`tick` and |pipe| and ]bracket[',
  'Line\nbreak\tand tab',
  'Emoji 🎓 and accents éàü',
];

function nastyGraph() {
  const badges = NASTY_NAMES.map(
    (name, index) => `  - { id: b${index}, name: ${JSON.stringify(name)}, description: d, competencies: [], level: ${index + 1}${index > 0 ? `, prerequisites: [b${index - 1}]` : ''} }\n`,
  ).join('');
  return buildPathwayGraph(lintFiles({ 'd.yaml': `badges:\n${badges}` }).workspace.model, { competencies: false });
}

describe('Mermaid labels', () => {
  it.each([
    ['a "quote"', 'a #quot;quote#quot;'],
    ['<b>bold</b>', '#lt;b#gt;bold#lt;/b#gt;'],
    ['#1 & #2;', '#35;1 #amp; #35;2;'],
    ['back\\slash', 'back#92;slash'],
    ['`code`', '#96;code#96;'],
    ['line\nbreak', 'line break'],
    ['Web Security: Level 1', 'Web Security: Level 1'],
    ['style: x', 'style#58; x'],
  ])('%j is written as %j', (text, expected) => {
    expect(mermaidText(text)).toBe(expected);
  });

  it('keeps every label on its own line inside quotes', () => {
    const text = renderMermaid(nastyGraph());
    for (const line of text.trimEnd().split('\n')) {
      const label = /\("(.*)"\)$/.exec(line.trim())?.[1];
      if (label === undefined) continue;
      expect(label).not.toMatch(/["<>`\\]/);
    }
    expect(text.split('\n').filter((line) => line.includes('(')).length).toBeGreaterThanOrEqual(NASTY_NAMES.length);
  });
});

describe('DOT text', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['ends \\', '"ends \\\\"'],
    ['\\N', '"\\\\N"'],
    ['tab\there', '"tab here"'],
    ['&amp; & &lt;', '"&amp;amp; &amp; &amp;lt;"'],
  ])('quotes %j as %j', (text, expected) => {
    expect(quote(text)).toBe(expected);
  });

  it('is laid out by Graphviz with every name shown as written', async () => {
    const svg = await renderSvg(renderDot(nastyGraph()));
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => decodeXml(match[1] ?? ''));
    const shown = texts.join(' ').replace(/\s+/g, ' ');
    for (const name of NASTY_NAMES) {
      for (const word of name.replace(/\s+/g, ' ').split(' ')) expect(shown).toContain(word);
    }
    expect(svg).not.toContain('<script');
  });

  it('links nodes and prefixes element ids when asked', async () => {
    const dot = renderDot(nastyGraph(), { idPrefix: 'p1-', badgeLink: (id) => `badges/${id}/index.html` });
    const svg = inlineSvg(await renderSvg(dot));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('<!--');
    expect(svg).toContain('xlink:href="badges/b0/index.html"');
    const ids = [...svg.matchAll(/ id="([^"]*)"/g)].map((match) => decodeXml(match[1] ?? ''));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !id.startsWith('p1-') && !id.startsWith('a_p1-'))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

function decodeXml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
