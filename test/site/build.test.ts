import { createHash } from 'node:crypto';

import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';

import { buildSite, type SiteInput } from '../../src/site/build.js';
import type { SiteExtensions } from '../../src/site/extensions.js';
import { html } from '../../src/site/html.js';
import { attribute, elements, textOf, type Element, type Node } from '../helpers/html.js';
import { DEFAULT_CONFIG, lintFiles, PNG_BYTES, type FileMap } from '../helpers/workspace.js';

const COMPETENCIES = `
competencies:
  - { id: c1, statement: Explains the first thing, name: First thing, language: fr }
  - { id: c2, statement: Applies the second thing }
`;

/** A badge scored by rubric `r`; a test appends the rubric under `rubrics:`. */
const RUBRIC_BADGE = `${COMPETENCIES}
badges:
  - { id: b, name: B, description: d, image: badge.png, competencies: [c1, c2], rubric: r }
rubrics:
`;

function input(files: FileMap): SiteInput {
  const { workspace } = lintFiles({ 'badge.png': PNG_BYTES, ...files });
  return { model: workspace.model, config: workspace.config };
}

async function page(files: FileMap, path: string, extensions?: SiteExtensions) {
  const built = await buildSite({ ...input(files), ...(extensions === undefined ? {} : { extensions }) });
  const file = built.find((candidate) => candidate.path === path);
  if (file === undefined) throw new Error(`no page ${path} among ${built.map((candidate) => candidate.path).join(', ')}`);
  return parse(String(file.content));
}

/** A table as rows of cell texts, header cells included. */
function tableRows(table: Element): string[][] {
  return elements(table, 'tr').map((row) =>
    row.childNodes
      .filter((cell): cell is Element => 'tagName' in cell && (cell.tagName === 'th' || cell.tagName === 'td'))
      .map((cell) => textOf(cell).replace(/\s+/g, ' ').trim()),
  );
}

function sectionText(document: Node, id: string): string | undefined {
  const section = elements(document, 'section').find((candidate) => attribute(candidate, 'aria-labelledby') === id);
  return section === undefined ? undefined : textOf(section).replace(/\s+/g, ' ').trim();
}

describe('rubric tables', () => {
  it('put criteria in rows and shared levels in columns', async () => {
    const document = await page(
      {
        'd.yaml': `${RUBRIC_BADGE}  - id: r
    name: Shared levels
    criteria:
      - id: k1
        competency: c1
        name: Explains
        levels: [{ id: no, name: Not yet, points: 0, descriptor: Vague }, { id: yes, name: Meets, points: 2, descriptor: Clear }]
      - id: k2
        competency: c2
        description: Applies it
        levels: [{ id: no, name: Not yet, points: 0, descriptor: Wrong }, { id: yes, name: Meets, points: 1, descriptor: Right }]
    passing: { minimumPoints: 3, everyCriterionAtLeast: yes }
`,
      },
      'badges/b/index.html',
    );
    const tables = elements(document, 'table').filter((table) => attribute(table, 'class') === 'rubric');
    expect(tables).toHaveLength(1);
    expect(textOf(elements(tables[0] as Element, 'caption')[0] as Element)).toBe('Rubric "Shared levels": performance levels from lowest to highest');
    expect(tableRows(tables[0] as Element)).toEqual([
      ['Criterion', 'Not yet', 'Meets minimum to pass'],
      ['Explains Competency: First thing', 'Vague 0 points', 'Clear 2 points'],
      ['Applies it Competency: Applies the second thing', 'Wrong 0 points', 'Right 1 point'],
    ]);
    expect(sectionText(document, 'rubric')).toContain('To pass, a submission needs at least 3 points in total and at least "Meets" on every criterion.');
  });

  it('give each criterion its own table when levels differ', async () => {
    const document = await page(
      {
        'd.yaml': `${RUBRIC_BADGE}  - id: r
    name: Mixed levels
    criteria:
      - id: k1
        competency: c1
        levels: [{ id: no, name: No, points: 0 }, { id: yes, name: Yes, points: 1, descriptor: Done }]
      - id: k2
        competency: c2
        levels: [{ id: low, name: Low, points: 0 }, { id: mid, name: Mid, points: 1 }, { id: high, name: High, points: 2 }]
`,
      },
      'badges/b/index.html',
    );
    const tables = elements(document, 'table').filter((table) => attribute(table, 'class') === 'rubric');
    expect(tables.map((table) => tableRows(table))).toEqual([
      [['Level', 'Points', 'Descriptor'], ['No', '0 points', ''], ['Yes', '1 point', 'Done']],
      [['Level', 'Points', 'Descriptor'], ['Low', '0 points', ''], ['Mid', '1 point', ''], ['High', '2 points', '']],
    ]);
  });

  it('say so when the rubric has no criteria', async () => {
    const document = await page(
      {
        'd.yaml': `${COMPETENCIES}
badges:
  - { id: b, name: B, description: d, image: badge.png, competencies: [c1], rubric: r }
rubrics:
  - { id: r, name: Empty, criteria: [] }
`,
      },
      'badges/b/index.html',
    );
    expect(sectionText(document, 'rubric')).toBe('Rubric The rubric "Empty" has no criteria.');
  });
});

describe('badge pages', () => {
  const PATHWAY = `${COMPETENCIES}
badges:
  - { id: a, name: Alpha, description: d, image: badge.png, level: 1, competencies: [c1] }
  - { id: b, name: Beta, description: d, image: badge.png, level: 1, competencies: [c2] }
  - id: c
    name: Gamma
    description: d
    image: badge.png
    level: 2
    competencies: [c1, c2]
    prerequisites: [a, { anyOf: [a, b], minimum: 1 }]
    criteria: { url: "https://elsewhere.example.org/criteria/c" }
    review: { last: 2026-03-31, by: [lead] }
`;

  it('link prerequisites and groups to their pages', async () => {
    const document = await page({ 'd.yaml': PATHWAY }, 'badges/c/index.html');
    expect(sectionText(document, 'prerequisites')).toBe('Prerequisites Earn all of these first:Alpha (level 1)At least one of:Alpha (level 1)Beta (level 1)');
    const links = elements(document, 'a').map((link) => `${textOf(link)} → ${attribute(link, 'href')}`);
    expect(links).toContain('Alpha → ../a/index.html');
    expect(links).toContain('Beta → ../b/index.html');
    expect(links).toContain('First thing → ../../competencies/c1/index.html');
  });

  it('list the badges that build on one', async () => {
    const document = await page({ 'd.yaml': PATHWAY }, 'badges/a/index.html');
    expect(sectionText(document, 'next')).toBe('Builds towards Gamma (level 2)');
    expect(sectionText(document, 'prerequisites')).toBe('Prerequisites None: this badge can be the first one a learner earns.');
  });

  it('point to a criteria URL the badge sets itself', async () => {
    const document = await page({ 'd.yaml': PATHWAY }, 'badges/c/index.html');
    expect(sectionText(document, 'more-criteria')).toBe("More about the criteria The badge's Open Badges criteria link to https://elsewhere.example.org/criteria/c.");
  });

  it('state the review and when the next one is due', async () => {
    const document = await page({ 'badgemap.yaml': `${DEFAULT_CONFIG}review: { cadenceMonths: 11 }\n`, 'd.yaml': PATHWAY }, 'badges/c/index.html');
    expect(sectionText(document, 'review')).toBe('Review Last reviewed on 2026-03-31 by lead. Next review due by 2027-02-28 (every 11 months).');
  });

  it('name methods that look like Object members', async () => {
    const files = { 'd.yaml': `${COMPETENCIES}\nbadges:\n  - { id: a, name: A, description: d, image: badge.png, competencies: [c1], assessment: { methods: [constructor, to-string, live-qa] } }\n` };
    expect(sectionText(await page(files, 'badges/a/index.html'), 'assessment')).toBe('Assessment Methods: constructor, to string and live Q&A.');
  });

  it('carry the canonical URL that export points to', async () => {
    const document = await page({ 'd.yaml': PATHWAY }, 'badges/a/index.html');
    const canonical = elements(document, 'link').find((link) => attribute(link, 'rel') === 'canonical');
    expect(attribute(canonical as Element, 'href')).toBe('https://badges.example.org/badges/a/');
  });

  it('mark text in the definition language', async () => {
    const document = await page({ 'd.yaml': PATHWAY }, 'competencies/c1/index.html');
    expect(attribute(elements(document, 'html')[0] as Element, 'lang')).toBe('en');
    expect(attribute(elements(document, 'h1')[0] as Element, 'lang')).toBe('fr');
  });
});

describe('site extensions', () => {
  const FILES = { 'd.yaml': `${COMPETENCIES}\nbadges:\n  - { id: a, name: Alpha, description: d, image: badge.png, competencies: [c1] }\n` };

  it('add sections to badge, competency and catalogue pages', async () => {
    const extensions: SiteExtensions = {
      badgeSections: (badge) => [{ id: 'pass-rates', heading: 'Pass rates', body: html`<p>${badge.id}: 80% ${'<script>x</script>'}</p>` }],
      competencySections: (competency) => [{ id: 'pass-rates', heading: 'Pass rates', body: html`<p>${competency.id}: 75%</p>` }],
      catalogueSections: () => [{ id: 'pass-rates', heading: 'Pass rates', body: html`<p>All badges</p>` }],
    };
    expect(sectionText(await page(FILES, 'badges/a/index.html', extensions), 'pass-rates')).toBe('Pass rates a: 80% <script>x</script>');
    expect(sectionText(await page(FILES, 'competencies/c1/index.html', extensions), 'pass-rates')).toBe('Pass rates c1: 75%');
    expect(sectionText(await page(FILES, 'index.html', extensions), 'pass-rates')).toBe('Pass rates All badges');
  });

  it('reject a section id the page already uses', async () => {
    const extensions: SiteExtensions = { badgeSections: () => [{ id: 'rubric', heading: 'Again', body: html`` }] };
    await expect(buildSite({ ...input(FILES), extensions })).rejects.toThrow('Site section id "rubric" is used twice on one page.');
  });

  it('reject a section id that is no fragment', async () => {
    const extensions: SiteExtensions = { catalogueSections: () => [{ id: 'two words', heading: 'X', body: html`` }] };
    await expect(buildSite({ ...input(FILES), extensions })).rejects.toThrow('Invalid site section id "two words"');
  });
});

describe('site paths', () => {
  it('reject ids that differ only in letter case', async () => {
    const files = { 'd.yaml': 'badges:\n  - { id: Alpha, name: A, description: d, image: badge.png, competencies: [] }\n  - { id: alpha, name: B, description: d, image: badge.png, competencies: [] }\n' };
    await expect(buildSite(input(files))).rejects.toThrow('"badges/Alpha/index.html" and "badges/alpha/index.html" differ only in letter case');
  });

  it('reject an issuer id that a page would overwrite', async () => {
    const files = { 'badgemap.yaml': DEFAULT_CONFIG.replace('issuer.json', 'index.html'), 'd.yaml': COMPETENCIES };
    await expect(buildSite(input(files))).rejects.toThrow('the issuer id points to "index.html", which is a page of the site');
  });

  it('copy each image once under images/', async () => {
    const files = { 'd.yaml': `${COMPETENCIES}\nbadges:\n  - { id: a, name: A, description: d, image: badge.png, competencies: [] }\n  - { id: b, name: B, description: d, image: ./badge.png, competencies: [] }\n` };
    const built = await buildSite(input(files));
    const hash = createHash('sha256').update(PNG_BYTES).digest('hex').slice(0, 12);
    expect(built.filter((file) => file.path.startsWith('images/')).map((file) => file.path)).toEqual([`images/${hash}.png`]);
  });

  it('use an http image as given', async () => {
    const files = { 'd.yaml': 'badges:\n  - { id: a, name: A, description: d, image: "https://cdn.example.org/a.png", competencies: [] }\n' };
    const document = await page(files, 'badges/a/index.html');
    expect(elements(document, 'img').map((image) => attribute(image, 'src'))).toEqual(['https://cdn.example.org/a.png']);
  });

  it('need the base URL', async () => {
    const files = { 'badgemap.yaml': 'issuer: { name: X }\n', 'd.yaml': COMPETENCIES };
    await expect(buildSite(input(files))).rejects.toThrow('Cannot build the site without baseUrl');
  });
});
