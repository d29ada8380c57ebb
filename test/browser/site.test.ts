/// <reference lib="dom" />
// The callbacks handed to page.evaluate run in the browser, so they are typed against the DOM.
/**
 * Opens the site of the bundled example in Debian's Chromium. The tests follow links with
 * JavaScript off, both from a local server below a path prefix and from disk. They check the
 * rubric table against its definition file and the pass-rate chart and table, run axe-core on
 * every kind of page, check the print style and save the screenshots the docs show.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { serveFolder, type StaticServer } from '../helpers/static-server.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const EXAMPLES = path.join(PROJECT_ROOT, 'examples');
const TIMEOUT = 120_000;

const missing = fs.existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing (Debian package chromium); .ci/run installs it`;

interface RubricFile {
  rubrics: { id: string; name: string; criteria: { description: string; competency: string; levels: { id: string; name: string; points: number; descriptor: string }[] }[]; passing: { everyCriterionAtLeast: string } }[];
}

async function launch(options: { javaScript: boolean }): Promise<BrowserContext> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    javaScriptEnabled: options.javaScript,
    // axe-core is injected as a script, which the pages' own policy forbids.
    bypassCSP: options.javaScript,
    viewport: { width: 1100, height: 900 },
  });
}

describe.skipIf(missing !== undefined)('site in a browser', () => {
  let out: string;
  let server: StaticServer;
  let browser: BrowserContext;

  beforeAll(async () => {
    out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-browser-')), 'public');
    const result = runCli(['site', '--out', out, '--results', 'assessment/results-2026.csv', '--today', '2026-12-04'], { cwd: EXAMPLES });
    expect(result.status).toBe(0);
    server = await serveFolder(out, '/program/');
    browser = await launch({ javaScript: false });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('follows the catalogue to a badge and to its prerequisite', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    expect(await page.title()).toBe('Badge catalogue · Example University Digital Credentials');
    expect(await page.locator('script').count()).toBe(0);

    await page.locator('#badges ~ *, section[aria-labelledby="badges"]').getByRole('link', { name: 'Secure Coding: Prevents Injection Attacks' }).click();
    expect(page.url()).toBe(`${server.url}badges/secure-coding-injection/index.html`);
    expect(await page.locator('h1').textContent()).toBe('Secure Coding: Prevents Injection Attacks');

    await page.locator('section[aria-labelledby="prerequisites"]').getByRole('link', { name: 'Web Security: Injection Detection (Level 1)' }).click();
    expect(page.url()).toBe(`${server.url}badges/injection-detection-1/index.html`);
    expect(await page.locator('h1').textContent()).toBe('Web Security: Injection Detection (Level 1)');

    const next = await page.locator('section[aria-labelledby="next"] a').allTextContents();
    expect(next).toEqual(['Secure Coding: Prevents Injection Attacks', 'Web Release Reviewer']);
    await page.close();
  }, TIMEOUT);

  it('shows the rubric as written in its definition file', async () => {
    const file = parseYaml(fs.readFileSync(path.join(EXAMPLES, 'rubrics/web-security.yaml'), 'utf8')) as RubricFile;
    const rubric = file.rubrics.find((candidate) => candidate.id === 'secure-coding');
    if (rubric === undefined) throw new Error('rubric secure-coding not found in examples/rubrics/web-security.yaml');

    const page = await browser.newPage();
    await page.goto(`${server.url}badges/secure-coding-injection/index.html`);
    const table = page.locator('section[aria-labelledby="rubric"] table');
    expect(await table.locator('caption').textContent()).toBe(`Rubric "${rubric.name}": performance levels from lowest to highest`);

    const headers = await table.locator('thead th').allInnerTexts();
    const levels = rubric.criteria[0]?.levels ?? [];
    expect(headers.map(normalise)).toEqual(['Criterion', ...levels.map((level) => (level.id === rubric.passing.everyCriterionAtLeast ? `${level.name} minimum to pass` : level.name))]);
    expect(await table.locator('th[scope="col"]').count()).toBe(levels.length + 1);

    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(rubric.criteria.length);
    for (const [index, criterion] of rubric.criteria.entries()) {
      const row = rows.nth(index);
      expect(normalise(await row.locator('th[scope="row"]').innerText())).toMatch(new RegExp(`^${escapeRegExp(criterion.description)} Competency: `));
      const cells = (await row.locator('td').allInnerTexts()).map(normalise);
      expect(cells).toEqual(criterion.levels.map((level) => `${level.descriptor} ${level.points} ${level.points === 1 ? 'point' : 'points'}`));
    }
    await page.close();
  }, TIMEOUT);

  it('works opened from disk, through the pathway graph', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
    await page.locator('figure.pathway svg a').filter({ hasText: 'Web Release Reviewer' }).click();
    expect(page.url()).toBe(pathToFileURL(path.join(out, 'badges/web-release-reviewer/index.html')).href);
    expect(await page.locator('h1').textContent()).toBe('Web Release Reviewer');
    expect(await page.locator('img').first().evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);

    await page.locator('section[aria-labelledby="competencies"]').getByRole('link').first().click();
    expect(page.url()).toBe(pathToFileURL(path.join(out, 'competencies/release-checklist-review/index.html')).href);
    await page.getByRole('link', { name: 'Competency coverage' }).first().click();
    expect(await page.locator('h1').textContent()).toBe('Competency coverage');
    await page.close();
  }, TIMEOUT);

  it('hides navigation and spells out links when printed', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}competencies/sqli-detect/index.html`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header ul').evaluate((element) => getComputedStyle(element).display)).toBe('none');
    const after = await page.locator('main a[href^="http"]').first().evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toContain('https://frameworks.example.org/nice/K0070');
    await page.close();
  }, TIMEOUT);

  it('shows the pass-rate chart beside a table of the same rates', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}badges/injection-detection-1/index.html`);
    const section = page.locator('section[aria-labelledby="pass-rates"]');
    const chart = section.getByRole('img', { name: 'Pass rate of badge Web Security: Injection Detection (Level 1) by period' });
    expect(await chart.count()).toBe(1);
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(100);

    const rows = await section.locator('table tbody tr').allInnerTexts();
    expect(rows.map(normalise)).toEqual([
      '2026-Q1 40 25 62.5% –',
      '2026-Q2 40 24 60.0% -2.5 points since 2026-Q1',
      '2026-Q3 40 26 65.0% +5.0 points since 2026-Q2',
      '2026-Q4 40 39 97.5% +32.5 points since 2026-Q3',
    ]);
    expect(await section.locator('li').count()).toBe(2);
    await section.screenshot({ path: path.join(PROJECT_ROOT, 'docs/site-pass-rates.png') });
    await page.close();
    expect(fs.statSync(path.join(PROJECT_ROOT, 'docs/site-pass-rates.png')).size).toBeGreaterThan(10_000);
  }, TIMEOUT);

  it('saves screenshots of the catalogue and a badge page', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.screenshot({ path: path.join(PROJECT_ROOT, 'docs/site-catalogue.png'), fullPage: true });
    await page.goto(`${server.url}badges/secure-coding-injection/index.html`);
    await page.screenshot({ path: path.join(PROJECT_ROOT, 'docs/site-badge.png'), fullPage: true });
    await page.close();
    expect(fs.statSync(path.join(PROJECT_ROOT, 'docs/site-catalogue.png')).size).toBeGreaterThan(10_000);
  }, TIMEOUT);

  describe('Mermaid', () => {
    let scriptBrowser: BrowserContext;
    const mermaidSource = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

    beforeAll(async () => {
      scriptBrowser = await launch({ javaScript: true });
    }, TIMEOUT);

    afterAll(async () => {
      await scriptBrowser?.close();
    });

    /** Renders Mermaid text with the strict security level GitHub uses, and returns the text the picture shows. */
    async function renderMermaid(text: string): Promise<string> {
      const page = await scriptBrowser.newPage();
      await page.setContent('<!DOCTYPE html><html lang="en"><body><div id="picture"></div></body></html>');
      await page.addScriptTag({ path: mermaidSource });
      const shown = await page.evaluate(async (source) => {
        const mermaid = (window as unknown as { mermaid: { initialize(config: object): void; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
        const { svg } = await mermaid.render('pathway', source);
        const picture = document.getElementById('picture') as HTMLElement;
        picture.innerHTML = svg;
        return { text: picture.textContent ?? '', scripts: picture.querySelectorAll('script').length, bold: picture.querySelectorAll('b').length };
      }, text);
      await page.close();
      expect(shown.scripts).toBe(0);
      expect(shown.bold).toBe(0);
      return shown.text.replace(/\s+/g, ' ');
    }

    it('renders the committed pathway', async () => {
      const text = await renderMermaid(fs.readFileSync(path.join(PROJECT_ROOT, 'docs/pathway.mmd'), 'utf8'));
      for (const label of ['Level 1', 'Level 2', 'Web Release Reviewer', 'Web Security: Injection Detection (Level 1)', 'any 1 of']) expect(text).toContain(label);
    }, TIMEOUT);

    it('renders cycles and unknown badges with names as text', async () => {
      const result = runCli(['graph'], { cwd: path.join(PROJECT_ROOT, 'test/fixtures/pathway-problems') });
      const text = await renderMermaid(result.stdout);
      for (const label of ['Practice "hands-on" <b>', 'Unknown badge: intro-typo', 'any 1 of', 'cycle']) expect(text).toContain(label);
    }, TIMEOUT);
  });

  describe('accessibility', () => {
    let axeBrowser: BrowserContext;
    const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

    beforeAll(async () => {
      axeBrowser = await launch({ javaScript: true });
    }, TIMEOUT);

    afterAll(async () => {
      await axeBrowser?.close();
    });

    it.each([
      '',
      'badges/secure-coding-injection/index.html',
      'badges/web-release-reviewer/index.html',
      'badges/injection-detection-1/index.html',
      'competencies/sqli-detect/index.html',
      'competencies/pc-shared-decision/index.html',
      'coverage/index.html',
    ])(
      'axe finds nothing serious on /%s',
      async (target) => {
        const page = await axeBrowser.newPage();
        await page.goto(`${server.url}${target}`);
        const violations = await runAxe(page, axeSource);
        const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
        expect(serious.map(describeViolation)).toEqual([]);
        expect(violations.map(describeViolation)).toEqual([]);
        await page.close();
      },
      TIMEOUT,
    );
  });
});

if (missing !== undefined) {
  describe('site in a browser', () => {
    it.skip(`skipped: ${missing}`, () => {});
  });
}

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function runAxe(page: Page, source: string): Promise<Violation[]> {
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.map((node) => ({ target: node.target })) }));
  });
}

function describeViolation(violation: Violation): string {
  return `${violation.impact ?? 'unknown'} ${violation.id}: ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
