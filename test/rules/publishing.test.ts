import { describe, expect, it } from 'vitest';

import { privateHostKind } from '../../src/rules/insecure-url.js';
import { findMojibake } from '../../src/rules/lexicon/characters.js';
import { lintFiles, summarise } from '../helpers/workspace.js';

function findings(ruleId: string, files: Record<string, string>): string[] {
  return summarise(lintFiles(files).findings, ruleId);
}

describe('insecure-url', () => {
  it('reports http and private hosts in config, badges and alignments', () => {
    const config =
      'issuer: { id: "http://badges.example.org/issuer.json", name: I, url: "http://localhost:8080", email: a@example.org }\nbaseUrl: "http://badges.example.org/"\n';
    const badge =
      'kind: badge\nid: b\nname: B\ndescription: D\ncompetencies: [c]\nimage: "https://10.0.0.5/b.png"\ncriteria: { url: "https://intranet/b" }\n' +
      'alignments:\n  - { name: A, url: "https://[::1]/a" }\n---\nkind: competency\nid: c\nstatement: Detects flaws in a web app\n' +
      'alignments:\n  - { name: K, url: "http://frameworks.example.org/k" }\n';
    expect(findings('insecure-url', { 'badgemap.yaml': config, 'b.yaml': badge })).toEqual([
      'b.yaml:6:8 insecure-url "https://10.0.0.5/b.png" points at 10.0.0.5, a private network address, which nobody outside your network can reach. Publish it under a public host.',
      'b.yaml:7:18 insecure-url "https://intranet/b" points at intranet, an intranet name, which nobody outside your network can reach. Publish it under a public host.',
      'b.yaml:9:21 insecure-url "https://[::1]/a" points at [::1], a loopback address, which nobody outside your network can reach. Publish it under a public host.',
      'b.yaml:15:21 insecure-url "http://frameworks.example.org/k" uses http:. Published ids, links and images must use https:, or browsers and verifiers block or flag them.',
      'badgemap.yaml:1:15 insecure-url "http://badges.example.org/issuer.json" uses http:. Published ids, links and images must use https:, or browsers and verifiers block or flag them.',
      'badgemap.yaml:1:70 insecure-url "http://localhost:8080" points at localhost, the local machine, which nobody outside your network can reach. Publish it under a public host.',
      'badgemap.yaml:2:10 insecure-url "http://badges.example.org/" uses http:. Published ids, links and images must use https:, or browsers and verifiers block or flag them.',
    ]);
  });

  it('accepts public https URLs, local images and allowed hosts', () => {
    const badge = 'kind: badge\nid: b\nname: B\ndescription: D\ncompetencies: []\nimage: images/b.png\ncriteria: { url: "https://staging/b" }\n';
    const config = 'issuer: { id: https://b.example.org/i.json, name: I, url: https://example.org, email: a@example.org }\nbaseUrl: https://b.example.org/\nrules: { insecure-url: { allowHosts: [staging] } }\n';
    expect(findings('insecure-url', { 'badgemap.yaml': config, 'b.yaml': badge })).toEqual([]);
  });

  it.each([
    ['localhost', 'the local machine'],
    ['api.localhost', 'the local machine'],
    ['127.0.0.2', 'a loopback address'],
    ['172.16.4.1', 'a private network address'],
    ['172.32.0.1', undefined],
    ['192.168.1.10', 'a private network address'],
    ['169.254.169.254', 'a link-local address'],
    ['100.64.0.1', 'a shared (carrier-grade NAT) address'],
    ['[fd00::1]', 'a private network address'],
    ['[fe80::1]', 'a link-local address'],
    ['[::ffff:7f00:1]', 'a loopback address'],
    ['printer.local', 'a private network name'],
    ['badges.example.org', undefined],
    ['8.8.8.8', undefined],
  ])('classifies %s', (host, expected) => {
    expect(privateHostKind(host)).toBe(expected);
  });
});

describe('text-encoding', () => {
  it.each([
    ['mojibake', 'statement: "Writes a rÃ©sumÃ© for a job"', 'c.yaml:3:12 text-encoding "statement" contains "Ã©", which looks like "é" saved as UTF-8 and read back as Windows-1252. Replace it with "é", and check the tool that exported the file.'],
    ['each kind of mojibake in a field', 'statement: "Greets customers â€™politely and Ã© rÃ©sumÃ©"', [
      'c.yaml:3:12 text-encoding "statement" contains "Ã©", which looks like "é" saved as UTF-8 and read back as Windows-1252. Replace it with "é", and check the tool that exported the file.',
      'c.yaml:3:12 text-encoding "statement" contains "â€™", which looks like "’" saved as UTF-8 and read back as Windows-1252. Replace it with "’", and check the tool that exported the file.',
    ]],
    ['a curly quote as mojibake', 'statement: "Explains the learnerâ€™s plan"', 'c.yaml:3:12 text-encoding "statement" contains "â€™", which looks like "’" saved as UTF-8 and read back as Windows-1252. Replace it with "’", and check the tool that exported the file.'],
    ['a zero-width space', 'statement: "Explains\\u200b the plan"', 'c.yaml:3:12 text-encoding "statement" contains a zero-width space (U+200B) at character 9; it is invisible and makes equal-looking text differ. Remove it.'],
    ['a non-breaking space', 'statement: "Explains\\u00a0the plan"', 'c.yaml:3:12 text-encoding "statement" contains a non-breaking space (U+00A0) at character 9; it looks like a space but does not match one in search, sorting or ids. Use a plain space.'],
    ['a replacement character', 'statement: "Explains the \\ufffd plan"', 'c.yaml:3:12 text-encoding "statement" contains the replacement character U+FFFD at character 14: text here was lost when bytes that were not UTF-8 were read. Retype it from the source.'],
    ['a control character', 'statement: "Explains\\u0007 the plan"', 'c.yaml:3:12 text-encoding "statement" contains the control character U+0007 at character 9. Remove it.'],
    ['a Mac Roman character read as Latin-1', 'statement: "Visits the Mus\\u008ee d\'Orsay"', 'c.yaml:3:12 text-encoding "statement" contains U+008E at character 15, a control character left when text in a single-byte encoding is read as Latin-1; it was probably "é" in Mac Roman or "Ž" in Windows-1252. Retype it, and check the tool that exported the file.'],
    ['trailing space in a statement', 'statement: "Explains the plan "', 'c.yaml:3:12 text-encoding "statement" has trailing white space: "Explains the plan ". Remove it; it shows in exports and breaks comparisons.'],
  ])('reports %s', (_, line, expected) => {
    expect(findings('text-encoding', { 'c.yaml': `kind: competency\nid: c\n${line}\n` })).toEqual([expected].flat());
  });

  // A ">" or "|" block keeps one final line break (clip chomping), and "|+" keeps them all. That is YAML's layout, not the author's white space.
  it.each([
    ['a folded block', 'statement: >\n  Writes a test plan for a web form\n  that covers every input field\n'],
    ['a literal block', 'statement: |\n  Writes a test plan for a web form\n'],
    ['a kept block', 'statement: |+\n  Writes a test plan for a web form\n\n'],
    ['a block name', 'name: >\n  Test planning\n'],
  ])('accepts the final line break of %s', (_, lines) => {
    expect(findings('text-encoding', { 'c.yaml': `kind: competency\nid: c\n${lines}` })).toEqual([]);
  });

  it('reports spaces before the final line break of a block', () => {
    expect(findings('text-encoding', { 'c.yaml': 'kind: competency\nid: c\nstatement: |\n  Writes a test plan \n' })).toEqual([
      'c.yaml:3:12 text-encoding "statement" has trailing white space: "Writes a test plan \\n". Remove it; it shows in exports and breaks comparisons.',
    ]);
  });

  it('names the chomping indicator for a block id', () => {
    expect(findings('text-encoding', { 'c.yaml': 'kind: competency\nid: >\n  c\nstatement: Writes a test plan for a web form\n' })).toEqual([
      'c.yaml:2:5 text-encoding "id" has trailing white space: "c\\n". Remove it; ids are compared exactly, so this one matches no reference. Write a block id as ">-" or "|-", which drops the final line break.',
    ]);
  });

  it('reports white space around ids and references', () => {
    const yaml = 'kind: badge\nid: " b"\nname: B\ndescription: D\ncompetencies: ["c\\t", "d\\ne"]\n';
    expect(findings('text-encoding', { 'b.yaml': yaml })).toEqual([
      'b.yaml:2:5 text-encoding "id" has leading white space: " b". Remove it; ids are compared exactly, so this one matches no reference.',
      'b.yaml:5:16 text-encoding "competencies[0]" has trailing white space: "c\\t". Remove it; ids are compared exactly, so this one matches no reference.',
      'b.yaml:5:23 text-encoding "competencies[1]" contains a line break or tab inside an id: "d\\ne". Ids are single words or phrases on one line.',
    ]);
  });

  it('accepts clean text, accents and Markdown line breaks', () => {
    const yaml = 'kind: badge\nid: b\nname: Résumé writing\ndescription: |\n  Writes a résumé.\n  Ça marche — “quoted”.\ncompetencies: []\n';
    expect(findings('text-encoding', { 'b.yaml': yaml })).toEqual([]);
  });

  it('allows non-breaking spaces in prose with the option', () => {
    const config = 'issuer: { id: https://b.example.org/i.json, name: I, url: https://example.org, email: a@example.org }\nbaseUrl: https://b.example.org/\nrules: { text-encoding: { allowNonBreakingSpaces: true } }\n';
    const yaml = 'kind: badge\nid: b\nname: B\ndescription: "Prix\\u00a0: 10\\u00a0€"\ncompetencies: ["c\\u00a0"]\n';
    expect(findings('text-encoding', { 'badgemap.yaml': config, 'b.yaml': yaml }).map((line) => line.split(' ')[0])).toEqual(['b.yaml:5:16']);
  });

  it.each([
    ['café', undefined],
    ['CafÃ©', 'é'],
    ['naÃ¯ve', 'ï'],
    ['â€œquotedâ€\u009d', '“'],
    ['Ã…ngstrÃ¶m', 'Å'],
    ['ðŸ˜€', '😀'],
  ])('repairs %s', (text, repaired) => {
    expect(findMojibake(text)?.repaired).toBe(repaired);
  });
});
