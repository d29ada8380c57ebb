import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';

import type { OutputFile } from '../../src/export/output.js';
import { buildSite } from '../../src/site/build.js';
import { attribute, elements, textOf } from '../helpers/html.js';
import { DEFAULT_CONFIG, lintFiles, PNG_BYTES } from '../helpers/workspace.js';

/** Markdown and HTML tricks that must come out as text, or as no link at all. */
const TRICKS = [
  '<script>alert("description")</script>',
  '[click](javascript:alert(1))',
  '[upper](JaVaScRiPt:alert(2))',
  '[entity](&#106;avascript:alert(3))',
  '[tab](java&#x09;script:alert(4))',
  '<javascript:alert(5)>',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==)',
  '![image](javascript:alert(7))',
  '<img src=x onerror=alert(8)>',
  '&lt;script&gt;alert(9)&lt;/script&gt;',
  '[ref]\n\n[ref]: javascript:alert(10)',
  '[slashes](/\\evil.example.org)',
  '[installer](ms-appinstaller:?source=https://evil.example.org/x)',
].join('\n\n');

const SCRIPT_TEXT = '<script>alert("text")</script>';

const FILES = {
  'badgemap.yaml': DEFAULT_CONFIG.replace('name: Example Issuer', `name: ${JSON.stringify(`Issuer ${SCRIPT_TEXT}`)}`),
  'badge.png': PNG_BYTES,
  'd.yaml': `
competencies:
  - id: c1
    statement: ${JSON.stringify(`Writes ${SCRIPT_TEXT} safely`)}
    description: ${JSON.stringify(TRICKS)}
    alignments:
      - { name: ${JSON.stringify(SCRIPT_TEXT)}, url: "https://example.org/a?x=1&y=\\"2\\"", description: ${JSON.stringify(SCRIPT_TEXT)} }
    tags: [${JSON.stringify(SCRIPT_TEXT)}]
    review: { last: 2026-01-31, cadenceMonths: 1, by: [${JSON.stringify(SCRIPT_TEXT)}] }
badges:
  - id: first
    name: ${JSON.stringify(`First ${SCRIPT_TEXT}`)}
    description: ${JSON.stringify(TRICKS)}
    image: badge.png
    level: 1
    competencies: [c1]
    evidence:
      - { type: report, description: ${JSON.stringify(SCRIPT_TEXT)} }
    rubric: r1
    criteria: { narrative: ${JSON.stringify(TRICKS)} }
    humanCode: ${JSON.stringify(SCRIPT_TEXT)}
  - id: second
    name: "Second <b onmouseover=alert(1)>"
    description: Builds on the first.
    image: badge.png
    level: 2
    competencies: [c1]
    prerequisites: [first]
rubrics:
  - id: r1
    name: ${JSON.stringify(`Rubric ${SCRIPT_TEXT}`)}
    criteria:
      - id: k1
        competency: c1
        name: ${JSON.stringify(SCRIPT_TEXT)}
        levels:
          - { id: "no", name: ${JSON.stringify(SCRIPT_TEXT)}, points: 0, descriptor: ${JSON.stringify(SCRIPT_TEXT)} }
          - { id: "yes", name: "Yes", points: 1, descriptor: "[x](javascript:alert(1))" }
    passing: { everyCriterionAtLeast: "yes" }
`,
};

async function buildPages(): Promise<OutputFile[]> {
  const { workspace, findings } = lintFiles(FILES);
  expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  return buildSite({ model: workspace.model, config: workspace.config });
}

const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'background'];

describe('site escaping', () => {
  it('writes no script, event handler or unsafe URL on any page', async () => {
    const pages = (await buildPages()).filter((file) => file.path.endsWith('.html'));
    expect(pages.map((page) => page.path).sort()).toEqual([
      'badges/first/index.html',
      'badges/second/index.html',
      'competencies/c1/index.html',
      'coverage/index.html',
      'index.html',
    ]);

    for (const page of pages) {
      const document = parse(String(page.content));
      expect(elements(document, 'script'), page.path).toEqual([]);
      for (const tag of ['iframe', 'object', 'embed', 'form', 'base', 'b']) expect(elements(document, tag), `${page.path} <${tag}>`).toEqual([]);

      for (const element of elements(document)) {
        for (const { name, prefix, value } of element.attrs) {
          const fullName = prefix === undefined ? name : `${prefix}:${name}`;
          expect(name.startsWith('on'), `${page.path} ${element.tagName} ${fullName}`).toBe(false);
          if (!URL_ATTRIBUTES.includes(fullName)) continue;
          const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
          expect(scheme === undefined || ['http', 'https', 'mailto'].includes(scheme), `${page.path} ${fullName}="${value}"`).toBe(true);
          expect(value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase(), `${page.path} ${fullName}`).not.toContain('javascript:');
          expect(value.startsWith('//'), `${page.path} ${fullName}="${value}"`).toBe(false);
        }
      }
    }
  });

  it('shows Markdown link tricks as text', async () => {
    const page = (await buildPages()).find((file) => file.path === 'badges/first/index.html');
    const text = textOf(parse(String(page?.content)));
    for (const visible of [
      '<script>alert("description")</script>',
      '[click](javascript:alert(1))',
      '[upper](JaVaScRiPt:alert(2))',
      '<javascript:alert(5)>',
      '<img src=x onerror=alert(8)>',
      '<script>alert(9)</script>',
      '[installer](ms-appinstaller:?source=https://evil.example.org/x)',
    ]) {
      expect(text).toContain(visible);
    }
  });

  it('shows every plain value as text, exactly as written', async () => {
    const pages = await buildPages();
    const text = (path: string) => textOf(parse(String(pages.find((file) => file.path === path)?.content)));

    const badge = text('badges/first/index.html');
    for (const value of [`First ${SCRIPT_TEXT}`, `Writes ${SCRIPT_TEXT} safely`, `Rubric ${SCRIPT_TEXT}`, `Issuer ${SCRIPT_TEXT}`, SCRIPT_TEXT]) {
      expect(badge).toContain(value);
    }
    expect(text('badges/second/index.html')).toContain('Second <b onmouseover=alert(1)>');
    expect(text('competencies/c1/index.html')).toContain(`Last reviewed on 2026-01-31 by ${SCRIPT_TEXT}. Next review due by 2026-02-28 (every month).`);
    expect(text('index.html')).toContain('First <script>alert("text")</script>');
  });

  it('keeps an alignment URL with quotes inside its attribute', async () => {
    const page = (await buildPages()).find((file) => file.path === 'competencies/c1/index.html');
    const links = elements(parse(String(page?.content)), 'a').map((link) => attribute(link, 'href'));
    expect(links).toContain('https://example.org/a?x=1&y="2"');
  });
});
