import { describe, expect, it } from 'vitest';

import { parseDirective } from '../../src/engine/directives.js';
import { lintFiles, summarise } from '../helpers/workspace.js';

const CONFIG = 'issuer: { id: https://b.example.org/i.json, name: I, url: https://example.org, email: a@example.org }\nbaseUrl: https://b.example.org/\n';

/** Findings of the wording rules and of unused-directive, the ones these cases exercise. */
function findings(files: Record<string, string>): string[] {
  const shown = new Set(['measurable-verb', 'broad-competency', 'unused-directive', 'duplicate-id', 'config']);
  return summarise(lintFiles(files).findings).filter((line) => shown.has(line.split(' ')[1] as string));
}

const VAGUE = 'statement: Understands TLS';
const TOPIC = 'statement: Communication';

describe('disable-next-line', () => {
  it('silences the named rule on the next line', () => {
    const yaml = `competencies:\n  - id: a\n    # badgemap-disable-next-line measurable-verb -- legacy wording\n    ${VAGUE}\n  - id: b\n    ${VAGUE}\n`;
    expect(findings({ 'c.yaml': yaml })).toEqual([
      'c.yaml:6:16 measurable-verb The statement starts with "understands", which an assessor cannot observe. Start with an observable verb such as "explains", "describes", "summarises", "classifies" or "compares".',
    ]);
  });

  it('skips blank lines and stacked directives', () => {
    const yaml = `kind: competency\nid: a\n# badgemap-disable-next-line measurable-verb\n\n# badgemap-disable-next-line broad-competency\n${TOPIC}\n`;
    expect(findings({ 'c.yaml': yaml })).toEqual([
      'c.yaml:3:30 unused-directive This directive silences no "measurable-verb" finding on the next line; remove "measurable-verb" from it.',
    ]);
  });

  it('silences every rule when none is named', () => {
    const yaml = `kind: competency\nid: a\n# badgemap-disable-next-line -- imported as is\n${TOPIC}\n`;
    expect(findings({ 'c.yaml': yaml })).toEqual([]);
  });

  it('leaves other rules on the same line', () => {
    const yaml = `kind: competency\nid: a\n# badgemap-disable-next-line measurable-verb\n${TOPIC}\n`;
    expect(findings({ 'c.yaml': yaml }).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      'c.yaml:3:30 unused-directive',
      'c.yaml:4:12 broad-competency',
    ]);
  });

  it('handles CRLF line endings', () => {
    const yaml = `kind: competency\r\nid: a\r\n# badgemap-disable-next-line measurable-verb\r\n\r\n${VAGUE}\r\n`;
    expect(findings({ 'c.yaml': yaml })).toEqual([]);
  });

  it('reports a directive on the last line', () => {
    const yaml = `kind: competency\nid: a\n${VAGUE}\n# badgemap-disable-next-line measurable-verb\n`;
    expect(findings({ 'c.yaml': yaml }).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      'c.yaml:3:12 measurable-verb',
      'c.yaml:4:30 unused-directive',
    ]);
  });

  it('works after content on a line', () => {
    const yaml = `kind: competency\nid: a # badgemap-disable-next-line measurable-verb\n${VAGUE}\n`;
    expect(findings({ 'c.yaml': yaml })).toEqual([]);
  });
});

describe('disable-file', () => {
  it('silences a rule in every document of the file', () => {
    const yaml = `# badgemap-disable-file measurable-verb, broad-competency -- imported framework\nkind: competency\nid: a\n${VAGUE}\n---\nkind: competency\nid: b\n${TOPIC}\n`;
    expect(findings({ 'c.yaml': yaml, 'd.yaml': `kind: competency\nid: d\n${VAGUE}\n` }).map((line) => line.split(' ')[0])).toEqual(['d.yaml:3:12']);
  });

  it('silences every rule when none is named, and reports it when nothing is found', () => {
    expect(findings({ 'c.yaml': `# badgemap-disable-file\nkind: competency\nid: a\n${VAGUE}\n` })).toEqual([]);
    expect(findings({ 'ci.yaml': '# badgemap-disable-file\nname: CI\non: [push]\n' })).toEqual([
      'ci.yaml:1:1 unused-directive This directive silences no finding in the file; remove it.',
    ]);
  });

  it('silences each place of a cross-file finding on its own', () => {
    const files = {
      'a.yaml': '# badgemap-disable-file duplicate-id\nkind: competency\nid: same\nstatement: Explains TLS to a product owner\n',
      'b.yaml': 'kind: competency\nid: same\nstatement: Explains TLS to a product owner\n',
    };
    expect(findings(files).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['b.yaml:2:5 duplicate-id']);
  });
});

describe('directive problems', () => {
  it.each([
    ['an unknown rule', '# badgemap-disable-next-line measurable-verbs', 'c.yaml:3:30 unused-directive Unknown rule "measurable-verbs" in a suppression directive. Did you mean "measurable-verb"?'],
    ['an unknown directive', '# badgemap-disable-line measurable-verb', 'c.yaml:3:3 unused-directive Unknown directive "badgemap-disable-line". Did you mean "badgemap-disable-file"?'],
    ['an enable directive', '# badgemap-enable measurable-verb', 'c.yaml:3:3 unused-directive Unknown directive "badgemap-enable". Use badgemap-disable-next-line or badgemap-disable-file.'],
    ['rules without commas', '# badgemap-disable-next-line measurable-verb broad-competency', 'c.yaml:3:30 unused-directive Cannot read the rule list "measurable-verb broad-competency": separate rule ids with commas, and put a reason after " -- ".'],
    ['a rule that cannot be silenced', '# badgemap-disable-next-line measurable-verb, unused-directive', 'c.yaml:3:47 unused-directive "unused-directive" findings cannot be silenced by a comment; fix them, or set the rule in badgemap.yaml.'],
  ])('reports %s', (_, directive, expected) => {
    const yaml = `kind: competency\nid: a\n${directive}\n${VAGUE}\n`;
    expect(findings({ 'c.yaml': yaml }).filter((line) => line.includes('unused-directive'))).toEqual([expected]);
  });

  it('ignores directives inside block scalars and strings', () => {
    const yaml = 'kind: competency\nid: a\ndescription: |\n  # badgemap-disable-file\n  text\nname: "# badgemap-disable-file"\nstatement: Understands TLS\n';
    expect(findings({ 'c.yaml': yaml }).map((line) => line.split(' ')[1])).toEqual(['measurable-verb']);
  });

  it('ignores ordinary comments that mention badgemap', () => {
    const yaml = '# badgemap-generated from the skills sheet\nkind: competency\nid: a\nstatement: Explains TLS to a product owner\n';
    expect(findings({ 'c.yaml': yaml })).toEqual([]);
  });

  it('reports a directive whose rule is off as unused, unless unused-directive is off', () => {
    const yaml = `kind: competency\nid: a\n# badgemap-disable-next-line measurable-verb\n${VAGUE}\n`;
    expect(findings({ 'badgemap.yaml': `${CONFIG}rules: { measurable-verb: off }\n`, 'c.yaml': yaml })).toHaveLength(1);
    expect(findings({ 'badgemap.yaml': `${CONFIG}rules: { measurable-verb: off, unused-directive: off }\n`, 'c.yaml': yaml })).toEqual([]);
  });

  it('works in the config file', () => {
    const config = `# badgemap-disable-file insecure-url -- staging issuer\nissuer: { id: https://b.example.org/i.json, name: I, url: "http://example.org", email: a@example.org }\nbaseUrl: https://b.example.org/\n`;
    const { findings: all } = lintFiles({ 'badgemap.yaml': config });
    expect(summarise(all, 'insecure-url')).toEqual([]);
    expect(summarise(all, 'unused-directive')).toEqual([]);
  });
});

describe('parseDirective', () => {
  const at = (text: string) => parseDirective({ text, ownLine: true, range: { start: { line: 1, column: 1 }, end: { line: 1, column: text.length + 2 } } });

  it('reads rules and a reason', () => {
    const parsed = at(' badgemap-disable-next-line  a-rule,b-rule -- because -- really');
    expect(parsed !== undefined && 'directive' in parsed ? parsed.directive.rules.map((rule) => [rule.id, rule.range.start.column]) : parsed).toEqual([
      ['a-rule', 31],
      ['b-rule', 38],
    ]);
    expect(parsed !== undefined && 'directive' in parsed ? parsed.directive.reason : undefined).toBe('because -- really');
  });

  it('reads a reason without rules', () => {
    const parsed = at(' badgemap-disable-file -- generated');
    expect(parsed !== undefined && 'directive' in parsed ? parsed.directive.rules : parsed).toEqual([]);
  });

  it('rejects a dangling comma', () => {
    const parsed = at(' badgemap-disable-file a-rule,');
    expect(parsed !== undefined && 'malformed' in parsed ? parsed.malformed.problem : parsed).toBe('badRuleList');
  });
});
