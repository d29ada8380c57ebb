import { describe, expect, it } from 'vitest';

import { DEFAULT_CONFIG, lintFiles, summarise } from '../helpers/workspace.js';

const RULE = 'competency-overlap';

function overlapFindings(yaml: string, rules = ''): string[] {
  const files = { 'c.yaml': yaml, ...(rules === '' ? {} : { 'badgemap.yaml': `${DEFAULT_CONFIG}rules:\n${rules}` }) };
  return summarise(lintFiles(files).findings, RULE);
}

/** A plural list of competencies, one `id: statement` pair per line. */
function competencies(entries: Record<string, string>, extra: Record<string, string> = {}): string {
  const items = Object.entries(entries).map(([id, statement]) => {
    const more = extra[id] === undefined ? '' : `\n    ${extra[id]}`;
    return `  - id: ${id}\n    statement: ${JSON.stringify(statement)}${more}`;
  });
  return `competencies:\n${items.join('\n')}\n`;
}

describe('competency-overlap', () => {
  it('reports a near-duplicate pair at both statements', () => {
    const yaml = competencies({
      fw1: 'Configures the firewall of a Linux server to block unused inbound ports',
      fw2: 'Configures a firewall to block unused inbound ports on a Linux server',
      tests: 'Writes automated tests for the main user journeys of a web application',
    });
    expect(overlapFindings(yaml)).toEqual([
      'c.yaml:3:16 competency-overlap Statement is close to that of competency "fw2" (similarity 1.00): "Configures the firewall of a Linux server to block unused inbound ports" ~ "Configures a firewall to block unused inbound ports on a Linux server". Shared words: configures, firewall, linux, server, block, unused, inbound, ports. No word differs. Merge them, or add "fw2" to distinctFrom if they differ on purpose.',
      'c.yaml:5:16 competency-overlap Statement is close to that of competency "fw1" (similarity 1.00): "Configures a firewall to block unused inbound ports on a Linux server" ~ "Configures the firewall of a Linux server to block unused inbound ports". Shared words: configures, firewall, block, unused, inbound, ports, linux, server. No word differs. Merge them, or add "fw1" to distinctFrom if they differ on purpose.',
    ]);
  });

  it('names the words only one statement has', () => {
    const yaml = competencies({
      a: 'Writes automated end-to-end tests that cover the main user journeys of a web application and runs them in the build pipeline before each release',
      b: 'Writes automated end-to-end tests that cover the key user journeys of a web application and runs them in the build pipeline before every release',
    });
    const [first] = overlapFindings(yaml);
    expect(first).toContain('(similarity 0.82)');
    expect(first).toContain(
      'Shared words: writes, automated, end, tests, cover, user, journeys, web, application, runs, build, pipeline, release. Only here: main. Only in "b": key.',
    );
  });

  it('points each finding at the other statement', () => {
    const yaml = competencies({ a: 'Writes SQL queries that join three tables', b: 'Writes a SQL query that joins three tables' });
    const { findings } = lintFiles({ 'c.yaml': yaml });
    const [first] = findings.filter((finding) => finding.ruleId === RULE);
    expect(first?.definitionId).toBe('a');
    expect(first?.related).toEqual([
      { message: 'Competency "b" is defined here.', file: '/repo/c.yaml', range: { start: { line: 5, column: 16 }, end: { line: 5, column: 60 } } },
    ]);
  });

  it('reports identical statements once per competency, naming the others', () => {
    const yaml = competencies({ k1: 'Key Ideas and Details', k2: 'Key ideas and details.', k3: 'key ideas  and details', other: 'Craft and Structure' });
    expect(overlapFindings(yaml)).toEqual([
      'c.yaml:3:16 competency-overlap Statement is the same as that of competencies "k2" and "k3" (similarity 1.00): "Key Ideas and Details". Merge them, or list one in the other\'s distinctFrom if they differ on purpose.',
      'c.yaml:5:16 competency-overlap Statement is the same as that of competencies "k1" and "k3" (similarity 1.00): "Key ideas and details". Merge them, or list one in the other\'s distinctFrom if they differ on purpose.',
      'c.yaml:7:16 competency-overlap Statement is the same as that of competencies "k1" and "k2" (similarity 1.00): "key ideas and details". Merge them, or list one in the other\'s distinctFrom if they differ on purpose.',
    ]);
  });

  it('names at most three identical ones and counts the rest', () => {
    const yaml = competencies(Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((id) => [id, 'Key Ideas and Details'])));
    expect(overlapFindings(yaml)[0]).toContain('the same as that of competencies "b", "c", "d" and 1 more');
  });

  it('reports a near pair once per competency of an identical group', () => {
    const yaml = competencies({
      w1: 'Write opinion pieces on topics or texts, supporting a point of view with reasons.',
      w2: 'Write opinion pieces on topics or texts, supporting a point of view with reasons.',
      w3: 'Write opinion pieces on topics or texts, supporting a point of view with reasons and information.',
    });
    const findings = overlapFindings(yaml).map((line) => line.slice(0, line.indexOf(': "')));
    expect(findings).toEqual([
      'c.yaml:3:16 competency-overlap Statement is close to that of competency "w3" (similarity 0.86)',
      'c.yaml:3:16 competency-overlap Statement is the same as that of competency "w2" (similarity 1.00)',
      'c.yaml:5:16 competency-overlap Statement is close to that of competency "w3" (similarity 0.86)',
      'c.yaml:5:16 competency-overlap Statement is the same as that of competency "w1" (similarity 1.00)',
      'c.yaml:7:16 competency-overlap Statement is close to that of competency "w1" and 1 more with the same statement (similarity 0.86)',
    ]);
  });

  it('lists every member of the other group as related', () => {
    const yaml = competencies({ a: 'Key Ideas and Details', b: 'Key Ideas and Details', c: 'Key idea and the details' });
    const { findings } = lintFiles({ 'c.yaml': yaml });
    const atC = findings.filter((finding) => finding.ruleId === RULE && finding.definitionId === 'c');
    expect(atC.map((finding) => finding.related.map((related) => related.message))).toEqual([
      ['Competency "a" is defined here.', 'Competency "b" is defined here.'],
    ]);
  });

  it.each<{ name: string; extra: Record<string, string> }>([
    { name: 'on the first competency', extra: { a: 'distinctFrom: [b]' } },
    { name: 'on the second competency', extra: { b: 'distinctFrom: [a]' } },
  ])('stays quiet about a pair dismissed by distinctFrom $name', ({ extra }) => {
    const yaml = competencies(
      { a: 'Administers medication to adult patients following the five rights', b: 'Administers medication to adult patients following the five rights of administration' },
      extra,
    );
    expect(overlapFindings(yaml)).toEqual([]);
  });

  it('dismisses only the listed pair of an identical group', () => {
    const yaml = competencies({ a: 'Key Ideas and Details', b: 'Key Ideas and Details', c: 'Key Ideas and Details' }, { a: 'distinctFrom: [b]' });
    expect(overlapFindings(yaml).map((line) => line.slice(0, line.indexOf(' (similarity')))).toEqual([
      'c.yaml:3:16 competency-overlap Statement is the same as that of competency "c"',
      'c.yaml:6:16 competency-overlap Statement is the same as that of competency "c"',
      'c.yaml:8:16 competency-overlap Statement is the same as that of competencies "a" and "b"',
    ]);
  });

  it.each([
    { name: 'a different action', a: 'Configures a firewall for a small office network', b: 'Audits a firewall for a small office network' },
    { name: 'a different population', a: 'Administers medication to adult patients', b: 'Administers medication to pediatric patients' },
    { name: 'a different grade', a: 'Reads texts at grade 4 level with fluency', b: 'Reads texts at grade 5 level with fluency' },
    { name: 'a different version', a: 'Applies the WCAG 2.1 success criteria to a web form', b: 'Applies the WCAG 2.2 success criteria to a web form' },
    { name: 'C++ and C#', a: 'Writes C++ programs that manage memory without leaks', b: 'Writes C# programs that manage memory without leaks' },
    { name: 'unrelated statements', a: 'Detects SQL injection in a web application', b: 'Prevents SQL injection with parameter binding' },
  ])('passes $name', ({ a, b }) => {
    expect(overlapFindings(competencies({ a, b }))).toEqual([]);
  });

  it.each([
    { name: 'British and American spelling', a: 'Analyses customer feedback to prioritise product improvements', b: 'Analyzes customer feedback to prioritize product improvements' },
    { name: 'an acronym and its expansion', a: 'Configures a VPN connection between two branch offices', b: 'Configures a virtual private network connection between two branch offices' },
    { name: 'a two-letter acronym defined in the repository', a: 'Maintains a CI pipeline for the test suite', b: 'Maintains a continuous integration (CI) pipeline for the test suite' },
    { name: 'a learning-outcome frame', a: 'By the end of the module, learners will be able to conduct a risk assessment for a construction site', b: 'Conducts a risk assessment for a construction site' },
    { name: 'inflections', a: 'Writes a SQL query that joins three tables and filters the result by date', b: 'Writes SQL queries that join three tables and filter the results by date' },
  ])('reports $name', ({ a, b }) => {
    expect(overlapFindings(competencies({ a, b }))).toHaveLength(2);
  });

  describe('options', () => {
    const paraphrase = competencies({ a: 'Sets up a firewall on a home router', b: 'Configures a firewall on a home router' });

    it('reports a paraphrase once its words are declared synonyms', () => {
      expect(overlapFindings(paraphrase)).toEqual([]);
      const findings = overlapFindings(paraphrase, '  competency-overlap: { synonyms: [["set up", "configure"]] }\n');
      expect(findings).toHaveLength(2);
      expect(findings[0]).toContain('(similarity 1.00)');
      expect(findings[0]).toContain('Shared words: sets up/configures, firewall, home, router.');
    });

    it('reports less above a higher threshold and more below a lower one', () => {
      const yaml = competencies({
        a: 'Write opinion pieces on topics or texts, supporting a point of view with reasons.',
        b: 'Write opinion pieces on topics or texts, supporting a point of view with reasons and information.',
      });
      expect(overlapFindings(yaml)[0]).toContain('(similarity 0.86)');
      expect(overlapFindings(yaml, '  competency-overlap: { threshold: 0.9 }\n')).toEqual([]);
      expect(overlapFindings(paraphrase, '  competency-overlap: { threshold: 0.4 }\n')).toHaveLength(2);
    });

    it('ignores the words listed in ignoreWords', () => {
      const yaml = competencies({ a: 'Uses Acme tools to plan a sprint', b: 'Uses tools to plan a sprint' });
      expect(overlapFindings(yaml)).toEqual([]);
      expect(overlapFindings(yaml, '  competency-overlap: { ignoreWords: [Acme] }\n')).toHaveLength(2);
    });

    it('stops matching acronyms when acronyms is false', () => {
      const yaml = competencies({ a: 'Configures a VPN connection between two branch offices', b: 'Configures a virtual private network connection between two branch offices' });
      expect(overlapFindings(yaml, '  competency-overlap: { acronyms: false }\n')).toEqual([]);
    });

    it('is silenced by severity off', () => {
      expect(overlapFindings(competencies({ a: 'Key Ideas and Details', b: 'Key Ideas and Details' }), '  competency-overlap: off\n')).toEqual([]);
    });

    it('is silenced on one side by an override naming its id', () => {
      const config = `${DEFAULT_CONFIG}overrides:\n  - files: ["c.yaml"]\n    ids: [a]\n    rules: { competency-overlap: off }\n`;
      const yaml = competencies({ a: 'Key Ideas and Details', b: 'Key Ideas and Details' });
      const findings = summarise(lintFiles({ 'badgemap.yaml': config, 'c.yaml': yaml }).findings, RULE);
      expect(findings.map((line) => line.slice(0, 40))).toEqual(['c.yaml:5:16 competency-overlap Statement']);
    });

    it.each([
      { name: 'a threshold of 0', rules: '  competency-overlap: { threshold: 0 }\n' },
      { name: 'a threshold above 1', rules: '  competency-overlap: { threshold: 1.5 }\n' },
      { name: 'a synonym group of one', rules: '  competency-overlap: { synonyms: [[configure]] }\n' },
      { name: 'a synonym without a letter', rules: '  competency-overlap: { synonyms: [["--", configure]] }\n' },
      { name: 'an unknown option', rules: '  competency-overlap: { treshold: 0.9 }\n' },
    ])('rejects $name in the config', ({ rules }) => {
      expect(() => lintFiles({ 'badgemap.yaml': `${DEFAULT_CONFIG}rules:\n${rules}`, 'c.yaml': 'competencies: []\n' })).toThrow(/config has findings/);
    });
  });

  describe('languages', () => {
    it('compares statements only within one language', () => {
      const yaml = competencies(
        { en: 'Manage musical staff', fr: 'Manage musical staff' },
        { fr: 'language: fr' },
      );
      expect(overlapFindings(yaml)).toEqual([]);
    });

    it('stems French statements', () => {
      const yaml = competencies(
        { a: 'Gérer le personnel musical des orchestres', b: 'Gère les personnels musicaux de l’orchestre' },
        { a: 'language: fr', b: 'language: fr-CA' },
      );
      expect(overlapFindings(yaml)).toHaveLength(2);
    });

    it('takes the language from the config', () => {
      const config = `${DEFAULT_CONFIG}language: de\n`;
      const yaml = competencies({ a: 'Plant die Einsätze des Personals', b: 'Plant den Einsatz des Personals' });
      expect(summarise(lintFiles({ 'badgemap.yaml': config, 'c.yaml': yaml }).findings, RULE)).toHaveLength(2);
    });

    it('compares text without spaces in character pairs', () => {
      const yaml = competencies(
        { a: '能够为小型办公室网络配置家庭路由器的防火墙并记录日志', b: '能够为小型办公室网络配置家庭路由器的防火墙和记录日志' },
        { a: 'language: zh', b: 'language: zh' },
      );
      expect(overlapFindings(yaml)).toHaveLength(2);
    });

    it('compares a language without a stemmer word by word', () => {
      const yaml = competencies({ a: 'Zarządza personelem muzycznym orkiestry', b: 'zarządza personelem muzycznym orkiestry.' }, { a: 'language: pl', b: 'language: pl' });
      expect(overlapFindings(yaml)[0]).toContain('is the same as that of competency "b"');
    });
  });

  it('compares only the first definition of a duplicated id', () => {
    const yaml = competencies({ a: 'Key Ideas and Details', b: 'Craft and Structure' }) + '  - id: a\n    statement: Key Ideas and Details\n';
    expect(overlapFindings(yaml)).toEqual([]);
  });

  it('skips a statement made only of stop words without crashing', () => {
    const yaml = competencies({ a: 'To be or not to be', b: 'The one and the other', c: '!!!' });
    expect(overlapFindings(yaml)).toEqual([]);
  });
});
