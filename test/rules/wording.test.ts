import { describe, expect, it } from 'vitest';

import { lintFiles, summarise } from '../helpers/workspace.js';

function findingsFor(ruleId: string, statement: string, extra = ''): string[] {
  const yaml = `kind: competency\nid: c\nstatement: "${statement}"\n${extra}`;
  return summarise(lintFiles({ 'c.yaml': yaml }).findings, ruleId).map((line) => line.replace(/^c\.yaml:\d+:\d+ [\w-]+ /, ''));
}

describe('bloom-level', () => {
  it.each([
    ['Lists the OWASP Top 10 risks', 'evaluate', 'The verb "lists" suggests "remember", but the declared level is "evaluate".'],
    ['Designs a database schema for an online shop', 'remember', 'The verb "designs" suggests "create", but the declared level is "remember".'],
    ['Explains the impact of an injection flaw', 'create', 'The verb "explains" suggests "understand", but the declared level is "create".'],
    ['Audits a web page against WCAG 2.2', 'apply', 'The verb "audits" suggests "analyze" or "evaluate", but the declared level is "apply".'],
  ])('reports "%s" at %s', (statement, level, message) => {
    expect(findingsFor('bloom-level', statement, `level: ${level}\n`)).toEqual([message]);
  });

  it.each([
    ['Lists the OWASP Top 10 risks', 'remember'],
    ['Analyses a packet capture for exfiltration', 'analyse'],
    ['Analyses a packet capture for exfiltration', 'analyze'],
    ['Detects SQL injection in a sample web app', 'apply'],
    ['Builds a responsive user interface', 'create'],
    ['Understands TLS', 'create'],
  ])('accepts "%s" at %s', (statement, level) => {
    expect(findingsFor('bloom-level', statement, `level: ${level}\n`)).toEqual([]);
  });

  it('is information, and quiet without a level by default', () => {
    const { findings } = lintFiles({ 'c.yaml': 'kind: competency\nid: c\nstatement: Lists the OWASP risks\nlevel: create\n' });
    expect(findings.filter((finding) => finding.ruleId === 'bloom-level').map((finding) => finding.severity)).toEqual(['info']);
    expect(findingsFor('bloom-level', 'Lists the OWASP risks')).toEqual([]);
  });

  it('suggests a level with reportMissing', () => {
    const config = 'issuer: { id: https://b.example.org/i.json, name: I, url: https://example.org, email: a@example.org }\nbaseUrl: https://b.example.org/\nrules: { bloom-level: { reportMissing: true } }\n';
    const { findings } = lintFiles({ 'badgemap.yaml': config, 'c.yaml': 'kind: competency\nid: c\nstatement: Lists the OWASP risks\n' });
    expect(summarise(findings, 'bloom-level')).toEqual(['c.yaml:3:1 bloom-level The verb "lists" suggests "remember"; declare it with level: remember.']);
  });

  it('ignores levels of the config scale', () => {
    const config = 'issuer: { id: https://b.example.org/i.json, name: I, url: https://example.org, email: a@example.org }\nbaseUrl: https://b.example.org/\ncompetencyLevels: [foundation, expert]\n';
    const { findings } = lintFiles({ 'badgemap.yaml': config, 'c.yaml': 'kind: competency\nid: c\nstatement: Lists the OWASP risks\nlevel: expert\n' });
    expect(summarise(findings, 'bloom-level')).toEqual([]);
  });
});

describe('broad-competency', () => {
  it.each([
    ['Communication', '"Communication" names a topic, not something a person can do. Write what the learner does with it, such as "Builds a dashboard that answers a stakeholder\'s question".'],
    ['Data analytics', '"Data analytics" names a topic, not something a person can do. Write what the learner does with it, such as "Builds a dashboard that answers a stakeholder\'s question".'],
    ['Project management for agile teams', '"Project management for agile teams" names a topic, not something a person can do. Write what the learner does with it, such as "Builds a dashboard that answers a stakeholder\'s question".'],
    ['Communicates effectively', '"Communicates effectively" names an action with nothing it acts on. Say what the learner acts on, and in what setting.'],
    ['Reading', '"Reading" names a topic, not something a person can do. Write what the learner does with it, such as "Builds a dashboard that answers a stakeholder\'s question".'],
    ['Leads', '"Leads" names an action with nothing it acts on. Say what the learner acts on, and in what setting.'],
    // ESCO knowledge labels: a noun compound is a topic even when its words are unknown.
    ['solar energy', '"solar energy" names a topic, not something a person can do. Write what the learner does with it, such as "Builds a dashboard that answers a stakeholder\'s question".'],
    ['circuit diagrams', '"circuit diagrams" names a topic, not something a person can do. Write what the learner does with it, such as "Builds a dashboard that answers a stakeholder\'s question".'],
  ])('reports "%s"', (statement, message) => {
    expect(findingsFor('broad-competency', statement)).toEqual([message]);
  });

  it.each([
    'Manages a project budget of up to 50,000 euros',
    'Leads a team retrospective',
    'Understands communication',
    'Knit a scarf in brioche',
    'The principles of relational database design and normalisation',
    // ESCO writes every skill as a base-form verb and its object.
    'normalise data',
    'slaughter animals',
    'influence public policies',
    'insert semen',
    'depurate shellfish',
    'temper chocolate',
    'balance hydraulics of hot water systems',
    // An unknown word that an article follows is a verb by its place.
    'Sequence the genome',
  ])('accepts "%s"', (statement) => {
    expect(findingsFor('broad-competency', statement)).toEqual([]);
  });

  it('reads maxTopicWords from an override', () => {
    const config = 'issuer: { id: https://b.example.org/i.json, name: I, url: https://example.org, email: a@example.org }\nbaseUrl: https://b.example.org/\noverrides:\n  - files: ["legacy/**"]\n    rules: { broad-competency: { maxTopicWords: 1 } }\n';
    const files = {
      'badgemap.yaml': config,
      'legacy/c.yaml': 'kind: competency\nid: old\nstatement: Data analytics\n',
      'new/c.yaml': 'kind: competency\nid: new\nstatement: Data analytics\n',
    };
    expect(summarise(lintFiles(files).findings, 'broad-competency').map((line) => line.split(' ')[0])).toEqual(['new/c.yaml:3:12']);
  });
});

describe('compound-competency', () => {
  it.each([
    ['Writes unit tests for a module and deploys the service to production', 'The statement joins 2 independent actions ("writes" and "deploys"). Split it into one competency per action, so each can be assessed on its own.'],
    ['Plans, builds and deploys a web application', 'The statement joins 3 independent actions ("plans", "builds" and "deploys"). Split it into one competency per action, so each can be assessed on its own.'],
    ['Writes unit tests that cover every branch and deploys the service to production', 'The statement joins 2 independent actions ("writes" and "deploys"). Split it into one competency per action, so each can be assessed on its own.'],
    ['Design a database schema; write the migration scripts', 'The statement joins 2 independent actions ("design" and "write"). Split it into one competency per action, so each can be assessed on its own.'],
    ['Configures a firewall, documents the rule set and trains the help desk', 'The statement joins 3 independent actions ("configures", "documents" and "trains"). Split it into one competency per action, so each can be assessed on its own.'],
    // A possessive ("its public API") names what the second action acts on, so the two stay separate tasks.
    ['Writes unit tests for a module and documents its public API', 'The statement joins 2 independent actions ("writes" and "documents"). Split it into one competency per action, so each can be assessed on its own.'],
    // Verbs that are also plural nouns count as verbs where a clause starts: after a comma or "and", with an object after them.
    ['Writes SQL queries and designs database schemas', 'The statement joins 2 independent actions ("writes" and "designs"). Split it into one competency per action, so each can be assessed on its own.'],
    ['Writes tests, documents changes', 'The statement joins 2 independent actions ("writes" and "documents"). Split it into one competency per action, so each can be assessed on its own.'],
    ['Interviews users and writes personas', 'The statement joins 2 independent actions ("interviews" and "writes"). Split it into one competency per action, so each can be assessed on its own.'],
    ['Monitors vital signs, administers medication and records fluid balance', 'The statement joins 3 independent actions ("monitors", "administers" and "records"). Split it into one competency per action, so each can be assessed on its own.'],
    ['Tests a web form and reports defects to the developers', 'The statement joins 2 independent actions ("tests" and "reports"). Split it into one competency per action, so each can be assessed on its own.'],
    // "tunes" is not in the lexicon; its place in the list of clauses makes it a verb.
    ['Writes SQL queries, designs schemas, tunes indexes and administers backups', 'The statement joins 4 independent actions ("writes", "designs", "tunes" and "administers"). Split it into one competency per action, so each can be assessed on its own.'],
  ])('reports "%s"', (statement, message) => {
    expect(findingsFor('compound-competency', statement)).toEqual([message]);
  });

  it.each([
    'Detects and documents SQL injection vulnerabilities in a sample web app',
    'Audits a web page against WCAG 2.2 level AA and fixes every failure it finds',
    'Manages budgets, plans and reports for a small team',
    'Uses Python, SQL and R to clean a survey dataset',
    'Rewrites database queries with parameter binding so that injected input cannot change them',
    'Reviews a pull request, flagging each code path that builds a query',
    'Compare and contrast two texts on the same topic',
    // A noun in a list is followed by a comma, "and" or a preposition, not by an object.
    'Writes tests, documents and reports for a small team',
    'Keeps patient notes and records up to date',
    'Collects blood samples and labels them for the laboratory',
    'Reviews a release candidate against a security checklist and blocks the release when an item fails',
    'Consult a dictionary to find the pronunciation of a word or clarify its precise meaning',
    'Develop a rehabilitation programme to help patients rebuild their skills and restore their confidence',
    'Writes a release risk report that ranks open issues by user impact and names an owner for each',
    'Use text features and search tools to locate information relevant to a given topic',
    'Conduct short research projects, drawing on several sources and generating additional related, focused questions',
    'Participate in shared research projects (e.g., read a number of books on a single topic)',
  ])('accepts "%s"', (statement) => {
    expect(findingsFor('compound-competency', statement)).toEqual([]);
  });

  it('allows more actions with maxActions', () => {
    const config = 'issuer: { id: https://b.example.org/i.json, name: I, url: https://example.org, email: a@example.org }\nbaseUrl: https://b.example.org/\nrules: { compound-competency: { maxActions: 2 } }\n';
    const files = { 'badgemap.yaml': config, 'c.yaml': 'kind: competency\nid: c\nstatement: Writes unit tests for a module and deploys the service to production\n' };
    expect(summarise(lintFiles(files).findings, 'compound-competency')).toEqual([]);
  });
});
