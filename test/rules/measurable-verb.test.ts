import { describe, expect, it } from 'vitest';

import { analyseStatement } from '../../src/rules/statement.js';
import { verbBase } from '../../src/rules/lexicon/verbs.js';
import { lintFiles, summarise } from '../helpers/workspace.js';

function statementFindings(statement: string, extra = ''): string[] {
  const yaml = `kind: competency\nid: c\nstatement: "${statement}"\n${extra}`;
  return summarise(lintFiles({ 'c.yaml': yaml }).findings, 'measurable-verb');
}

describe('measurable-verb', () => {
  it.each([
    ['Understands how SQL injection works', 'The statement starts with "understands", which an assessor cannot observe. Start with an observable verb such as "explains", "describes", "summarises", "classifies" or "compares".'],
    ['The learner will be able to understand TLS', 'The statement starts with "understand", which an assessor cannot observe. Start with an observable verb such as "explain", "describe", "summarise", "classify" or "compare".'],
    ['Knows the OWASP Top 10', 'The statement starts with "knows", which an assessor cannot observe. Start with an observable verb such as "lists", "defines", "identifies", "states" or "describes".'],
    ['Learns about secure coding', 'The statement starts with "learns about", which an assessor cannot observe. Start with an observable verb such as "describes", "explains" or "applies".'],
    ['Is familiar with Git branching', 'The statement starts with "is familiar with", which an assessor cannot observe. Start with an observable verb such as "identifies", "recognises" or "describes".'],
    ['Be aware of phishing risks', 'The statement starts with "be aware of", which an assessor cannot observe. Start with an observable verb such as "identify", "recognise" or "describe".'],
    ['Appreciates the role of documentation', 'The statement starts with "appreciates", which an assessor cannot observe. Start with an observable verb such as "explains why", "justifies" or "evaluates".'],
    ['Demonstrates an understanding of data privacy law', 'The statement starts with "demonstrates an understanding of", which an assessor cannot observe. Start with an observable verb such as "explains", "describes", "summarises", "classifies" or "compares".'],
    ['Has a sound knowledge of accounting standards', 'The statement starts with "has a sound knowledge of", which an assessor cannot observe. Start with an observable verb such as "lists", "defines", "identifies", "states" or "describes".'],
    ['By the end of the module, students will know the main HTTP verbs', 'The statement starts with "know", which an assessor cannot observe. Start with an observable verb such as "list", "define", "identify", "state" or "describe".'],
    ['Demonstrate command of the conventions of standard English grammar', 'The statement starts with "demonstrate command of", which an assessor cannot observe. Start with an observable verb such as "perform", "apply" or "produce".'],
    ['The principles of relational database design and normalisation', 'The statement starts with "the", not an action verb. Start with what the learner does, such as "explains", "configures" or "designs".'],
    ['Integration of third-party payment providers into web shops', 'The statement starts with "integration", not an action verb. Start with what the learner does, such as "explains", "configures" or "designs".'],
    ['Becomes comfortable with Excel', 'The statement starts with "becomes comfortable with", which an assessor cannot observe. Start with an observable verb such as "performs", "applies" or "produces".'],
    ['Works well in a team', 'The statement starts with "works well in", which an assessor cannot observe. Start with an observable verb such as "contributes", "coordinates" or "resolves".'],
  ])('reports "%s"', (statement, message) => {
    expect(statementFindings(statement)).toEqual([`c.yaml:3:12 measurable-verb ${message}`]);
  });

  // weak-criteria reports attendance and completion in badges, and this rule reports them in competency statements.
  it.each([
    ['Attends a workshop on fire safety', 'attends a workshop', '"applies", "performs" or "produces"'],
    ['Completes the online module on data protection', 'completes the online module', '"applies", "performs" or "produces"'],
    ['Participates in team meetings', 'participates in team meetings', '"applies", "performs" or "produces"'],
    ['Watches a video on hand hygiene', 'watches a video', '"applies", "performs" or "produces"'],
    ['Students will attend three lectures on ethics', 'attend three lectures', '"apply", "perform" or "produce"'],
  ])('reports attendance in "%s"', (statement, phrase, suggestions) => {
    expect(statementFindings(statement)).toEqual([
      `c.yaml:3:12 measurable-verb The statement starts with "${phrase}", which certifies attendance or completion, not a competency. Start with what the learner can do afterwards, such as ${suggestions}.`,
    ]);
  });

  it.each([
    'Detects and documents SQL injection vulnerabilities in a sample web app',
    'The learner will be able to analyse a network capture for signs of exfiltration',
    'By the end of the module, students can configure a firewall rule set for a small office',
    'Students will be able to: configure TLS on nginx',
    'Independently configures a CI pipeline that runs the test suite on every push',
    'Analyses a dataset of 10,000 rows and reports its three main trends',
    'Organising a stand-up meeting so that each member speaks for at most two minutes',
    'manage musical staff',
    'Cite strong and thorough textual evidence to support analysis of what the text says',
    'Modelled a business process in BPMN for an order-to-cash flow',
    'Demonstrates the ability to triage incoming tickets by severity',
    'Data analytics',
    'Knitting a scarf in a two-colour brioche stitch for a pattern test',
    'Attends to a patient who reports chest pain within two minutes',
    'Completes a tax return for a sole trader',
    'participate in governmental tenders',
    'Participate in collaborative conversations with diverse partners about grade 1 topics',
    'Watches a patient for signs of sepsis and escalates them',
    // A word that ends like a noun is a verb when an article or possessive follows it.
    'Balance the hydraulics of hot water systems',
    'Partition the disk of a new laptop into three volumes',
    'Sequence the genome of a bacterial sample with a nanopore device',
  ])('accepts "%s"', (statement) => {
    expect(statementFindings(statement)).toEqual([]);
  });

  it('skips statements in other languages', () => {
    expect(statementFindings('Comprend les bases du SQL', 'language: fr\n')).toEqual([]);
    const config = 'issuer: { id: https://b.example.org/i.json, name: I, url: https://example.org, email: a@example.org }\nbaseUrl: https://b.example.org/\nlanguage: de\n';
    const findings = lintFiles({ 'badgemap.yaml': config, 'c.yaml': 'kind: competency\nid: c\nstatement: Understands TLS\n' }).findings;
    expect(summarise(findings, 'measurable-verb')).toEqual([]);
  });

  it('checks an English statement in a German repository', () => {
    const config = 'issuer: { id: https://b.example.org/i.json, name: I, url: https://example.org, email: a@example.org }\nbaseUrl: https://b.example.org/\nlanguage: de\n';
    const findings = lintFiles({ 'badgemap.yaml': config, 'c.yaml': 'kind: competency\nid: c\nstatement: Understands TLS\nlanguage: en-GB\n' }).findings;
    expect(summarise(findings, 'measurable-verb')).toHaveLength(1);
  });

  it('accepts verbs from vocabulary.verbs', () => {
    const config = 'issuer: { id: https://b.example.org/i.json, name: I, url: https://example.org, email: a@example.org }\nbaseUrl: https://b.example.org/\nvocabulary: { verbs: [triage] }\n';
    const findings = lintFiles({ 'badgemap.yaml': config, 'c.yaml': 'kind: competency\nid: c\nstatement: Triages incoming patients by the Manchester scale\n' }).findings;
    expect(analyseStatement('Triages incoming patients').verb).toBeUndefined();
    expect(summarise(findings, 'measurable-verb')).toEqual([]);
    expect(summarise(findings, 'broad-competency')).toEqual([]);
  });
});

describe('verb lexicon', () => {
  it.each([
    ['analyse', 'analyze'],
    ['analyze', 'analyze'],
    ['analyses', 'analyze'],
    ['analysing', 'analyze'],
    ['analysed', 'analyze'],
    ['organises', 'organize'],
    ['summarising', 'summarize'],
    ['modelling', 'model'],
    ['mapped', 'map'],
    ['applies', 'apply'],
    ['identified', 'identify'],
    ['practises', 'practice'],
    ['writes', 'write'],
    ['configuring', 'configure'],
    ['advises', 'advise'],
  ])('%s is %s', (word, base) => {
    expect(verbBase(word)).toBe(base);
  });

  it.each(['understands', 'knowledge', 'communication', 'the'])('%s is no observable verb', (word) => {
    expect(verbBase(word)).toBeUndefined();
  });
});

describe('leading frames', () => {
  it.each([
    ['The learner will be able to explain TLS', 'explain'],
    ['Students can configure a router', 'configure'],
    ['By the end of this course, learners should be able to design a schema', 'design'],
    ['Upon successful completion of the unit, participants will write a report', 'write'],
    ['With prompting and support, identify the main topic of a text', 'identify'],
    ['Is able to deploy a service', 'deploy'],
    ['Ability to negotiate a contract', 'negotiate'],
    ['I can summarise a meeting', 'summarise'],
  ])('%s starts with %s', (statement, verb) => {
    expect(analyseStatement(statement).leadWord).toBe(verb);
  });
});
