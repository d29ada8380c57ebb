import { describe, expect, it } from 'vitest';

import { lintFiles, summarise } from '../helpers/workspace.js';

const CONFIG = 'issuer: { id: https://b.example.org/i.json, name: I, url: https://example.org, email: a@example.org }\nbaseUrl: https://b.example.org/\n';

function badge(fields: string): string {
  return `kind: badge\nid: b\nname: B\ndescription: Finds flaws.\ncompetencies: [c]\n${fields}---\nkind: competency\nid: c\nstatement: Detects SQL injection in a sample web app\n`;
}

function findings(ruleId: string, files: Record<string, string>): string[] {
  return summarise(lintFiles(files).findings, ruleId);
}

describe('weak-criteria', () => {
  it.each([
    ['evidence of type attendance', 'evidence:\n  - { type: attendance, description: Sign-in sheets }\n', ['b.yaml:7:13 weak-criteria Evidence of type "attendance" shows that the learner was there or finished, not what they can do. Ask for something they produce or perform, such as a project, a recording or an observation.']],
    ['evidence of type completion', 'evidence:\n  - { type: completion, description: LMS record }\n', ['b.yaml:7:13 weak-criteria Evidence of type "completion" shows that the learner was there or finished, not what they can do. Ask for something they produce or perform, such as a project, a recording or an observation.']],
    ['completing all modules', 'evidence:\n  - { type: report, description: Complete all six modules of the course }\n', ['b.yaml:7:34 weak-criteria Evidence 1 certifies participation ("Complete all six modules"), not performance. Say what the learner must produce or do, and how well.']],
    ['attending sessions', 'evidence:\n  - { type: report, description: Attend at least 80% of the live sessions }\n', ['b.yaml:7:34 weak-criteria Evidence 1 certifies participation ("Attend at least 80% of the live sessions"), not performance. Say what the learner must produce or do, and how well.']],
    ['watching videos', 'criteria: { narrative: Watch all the lecture videos. }\n', ['b.yaml:6:24 weak-criteria The criteria narrative certifies participation ("Watch all the lecture videos"), not performance. Say what the learner must produce or do, and how well.']],
    ['participating in discussions', 'evidence:\n  - { type: report, description: Participates in the weekly discussions }\n', ['b.yaml:7:34 weak-criteria Evidence 1 certifies participation ("Participates in the weekly discussions"), not performance. Say what the learner must produce or do, and how well.']],
  ])('reports %s', (_, fields, expected) => {
    expect(findings('weak-criteria', { 'b.yaml': badge(fields) })).toEqual(expected);
  });

  // Each case names the phrase the rule must quote: participation, time spent, videos watched, attendance.
  it.each([
    ['Proof of participation in the lab day', 'participation in the lab day'],
    ['Participated in the hackathon', 'Participated in the hackathon'],
    ['Log showing 20 hours spent in the simulator', '20 hours spent'],
    ['A timesheet with 40 hours logged on the platform', '40 hours logged'],
    ['Screenshot showing that all videos were watched', 'videos were watched'],
    ['LMS report that every module has been completed', 'module has been completed'],
    ['Shows the learner attended the bootcamp', 'attended the bootcamp'],
    ['Record of attendance at the induction day', 'attendance at the induction day'],
  ])('reports evidence "%s"', (description, phrase) => {
    expect(findings('weak-criteria', { 'b.yaml': badge(`evidence:\n  - { type: report, description: ${description} }\n`) })).toEqual([
      `b.yaml:7:34 weak-criteria Evidence 1 certifies participation ("${phrase}"), not performance. Say what the learner must produce or do, and how well.`,
    ]);
  });

  it('reports attendance in the description', () => {
    const yaml = badge('').replace('description: Finds flaws.', 'description: Shows the learner attended the bootcamp.');
    expect(findings('weak-criteria', { 'b.yaml': yaml })).toEqual([
      'b.yaml:4:14 weak-criteria The description certifies participation ("attended the bootcamp"), not performance. Say what the learner must produce or do, and how well.',
    ]);
  });

  it('reports the description', () => {
    const yaml = badge('').replace('description: Finds flaws.', 'description: Awarded to learners who complete the course.');
    expect(findings('weak-criteria', { 'b.yaml': yaml })).toEqual([
      'b.yaml:4:14 weak-criteria The description certifies participation ("complete the course"), not performance. Say what the learner must produce or do, and how well.',
    ]);
  });

  it.each([
    'evidence:\n  - { type: report, description: A findings report with one reproducible request per flaw }\n',
    'evidence:\n  - { type: portfolio, description: The completed peer review of the project by another developer }\n',
    'evidence:\n  - { type: recording, description: A recording of the learner presenting the completed audit }\n',
    'evidence:\n  - { type: observation, description: The learner attends to a patient who reports chest pain }\n',
    'evidence:\n  - { type: report, description: A test report for the two hours of load the service ran under }\n',
    'evidence:\n  - { type: recording, description: A video the learner recorded and edited, watched by two reviewers }\n',
  ])('accepts performance evidence %#', (fields) => {
    expect(findings('weak-criteria', { 'b.yaml': badge(fields) })).toEqual([]);
  });

  it('checks phrases only in English but types always', () => {
    const yaml = badge('language: de\nevidence:\n  - { type: attendance, description: Complete all modules }\n');
    expect(findings('weak-criteria', { 'b.yaml': yaml }).map((line) => line.split(' ')[0])).toEqual(['b.yaml:8:13']);
  });

  it('reports rubric criteria that score attendance', () => {
    const rubric = 'kind: rubric\nid: r\nname: R\ncriteria:\n  - id: presence\n    competency: c\n    name: Attendance\n    description: Attends every workshop session\n    levels:\n      - { id: no, name: No, points: 0, descriptor: Missed two sessions }\n      - { id: yes, name: Yes, points: 1, descriptor: Watched all the videos }\n';
    expect(findings('weak-criteria', { 'r.yaml': rubric })).toEqual([
      'r.yaml:8:18 weak-criteria Criterion "presence" certifies participation ("Attends every workshop session"), not performance. Say what the learner must produce or do, and how well.',
      'r.yaml:11:54 weak-criteria Level "yes" of criterion "presence" certifies participation ("Watched all the videos"), not performance. Say what the learner must produce or do, and how well.',
    ]);
  });

  it('matches extra phrases from the options', () => {
    const config = `${CONFIG}rules: { weak-criteria: { phrases: [Badge Day] } }\n`;
    const yaml = badge('evidence:\n  - { type: report, description: Present at badge day }\n');
    expect(findings('weak-criteria', { 'badgemap.yaml': config, 'b.yaml': yaml })).toHaveLength(1);
  });
});

describe('knowledge-only-assessment', () => {
  it.each([
    ['quiz method only', 'assessment: { methods: [multiple-choice-quiz] }\nevidence:\n  - { type: quiz, description: Twenty questions }\n', ['b.yaml:6:24 knowledge-only-assessment The badge is assessed only by "multiple-choice-quiz", which test what a learner knows, not what they can do. Add a performance method such as hands-on-lab, observation or reviewer-rubric with evidence the learner produces.']],
    ['exam and self-assessment', 'assessment: { methods: [exam, self-assessment] }\n', ['b.yaml:6:24 knowledge-only-assessment The badge is assessed only by "exam" and "self-assessment", which test what a learner knows, not what they can do. Add a performance method such as hands-on-lab, observation or reviewer-rubric with evidence the learner produces.']],
    ['quiz evidence without methods', 'evidence:\n  - { type: quiz, description: Twenty questions }\n', ['b.yaml:7:13 knowledge-only-assessment The only evidence is "quiz", which shows what a learner knows or attended, not what they can do. Ask for evidence of performance, such as a project, a recording or a demonstration.']],
  ])('reports %s', (_, fields, expected) => {
    expect(findings('knowledge-only-assessment', { 'b.yaml': badge(fields) })).toEqual(expected);
  });

  it.each([
    ['a performance method', 'assessment: { methods: [multiple-choice-quiz, hands-on-lab] }\n'],
    ['performance evidence', 'assessment: { methods: [exam] }\nevidence:\n  - { type: project, description: A working app }\n'],
    ['nothing at all', ''],
  ])('accepts %s', (_, fields) => {
    expect(findings('knowledge-only-assessment', { 'b.yaml': badge(fields) })).toEqual([]);
  });

  it('counts configured knowledge methods', () => {
    const config = `${CONFIG}vocabulary: { assessmentMethods: [oral-exam] }\nrules: { knowledge-only-assessment: { knowledgeMethods: [oral-exam] } }\n`;
    const yaml = badge('assessment: { methods: [oral-exam] }\n');
    expect(findings('knowledge-only-assessment', { 'badgemap.yaml': config, 'b.yaml': yaml })).toHaveLength(1);
  });
});

describe('missing-evidence and missing-rubric', () => {
  it('reports a badge with neither', () => {
    const files = { 'b.yaml': badge('') };
    expect(findings('missing-evidence', files)).toEqual(['b.yaml:2:5 missing-evidence Badge "b" names no evidence. Add an evidence list that says what the learner submits, such as a project or a recording.']);
    expect(findings('missing-rubric', files)).toEqual(['b.yaml:2:5 missing-rubric Badge "b" has no rubric, so two assessors may judge the same evidence differently. Add rubric: with the id of a rubric whose criteria score its competencies.']);
  });

  it('reports evidence that is all optional', () => {
    const files = { 'b.yaml': badge('evidence:\n  - { type: report, description: R, required: false }\n') };
    expect(findings('missing-evidence', files)).toEqual(['b.yaml:2:5 missing-evidence Every evidence item of badge "b" is optional, so the badge can be earned with nothing. Make at least one required.']);
  });

  it('accepts required evidence and a rubric', () => {
    const files = { 'b.yaml': badge('evidence:\n  - { type: report, description: R }\nrubric: r\n') };
    expect(findings('missing-evidence', files)).toEqual([]);
    expect(findings('missing-rubric', files)).toEqual([]);
  });
});

describe('no-competencies', () => {
  it('reports an empty list on its value', () => {
    const yaml = 'kind: badge\nid: b\nname: B\ndescription: D\ncompetencies: []\n';
    expect(findings('no-competencies', { 'b.yaml': yaml })).toEqual(['b.yaml:5:15 no-competencies Badge "b" certifies no competency. List the ids of the competencies it certifies under "competencies".']);
  });

  it('accepts a badge with competencies', () => {
    expect(findings('no-competencies', { 'b.yaml': badge('') })).toEqual([]);
  });
});

describe('vocabulary', () => {
  it('reports unknown evidence types and methods with hints', () => {
    const yaml = badge('evidence:\n  - { type: Project, description: P }\nassessment: { methods: [handson-lab, tabletop] }\n') + '---\nkind: module\nid: m\nname: M\ncompetencies: [c]\nproduces: [essay]\n';
    expect(findings('vocabulary', { 'b.yaml': yaml })).toEqual([
      'b.yaml:7:13 vocabulary Unknown evidence type "Project". Did you mean "project"?',
      'b.yaml:8:25 vocabulary Unknown assessment method "handson-lab". Did you mean "hands-on-lab"?',
      'b.yaml:8:38 vocabulary Unknown assessment method "tabletop". Use one of reviewer-rubric, hands-on-lab, simulation, observation, live-qa, peer-review, multiple-choice-quiz, exam, self-assessment, or add it under vocabulary.assessmentMethods in the config.',
      'b.yaml:18:12 vocabulary Unknown evidence type "essay". Use one of project, code, report, recording, demonstration, simulation, portfolio, observation, reflection, quiz, exam, attendance, completion, or add it under vocabulary.evidenceTypes in the config.',
    ]);
  });

  it('accepts values the config adds', () => {
    const config = `${CONFIG}vocabulary: { evidenceTypes: [essay], assessmentMethods: [tabletop] }\n`;
    const yaml = badge('evidence:\n  - { type: essay, description: P }\nassessment: { methods: [tabletop, live-qa] }\n');
    expect(findings('vocabulary', { 'badgemap.yaml': config, 'b.yaml': yaml })).toEqual([]);
  });
});

describe('rubric-coverage', () => {
  const rubric = (competency: string) =>
    `---\nkind: rubric\nid: r\nname: R\ncriteria:\n  - id: k\n    competency: ${competency}\n    levels: [{ id: a, name: A, points: 0 }, { id: b, name: B, points: 1 }]\n`;

  it('reports an unscored competency and a foreign criterion', () => {
    const yaml = badge('rubric: r\n') + rubric('other') + '---\nkind: competency\nid: other\nstatement: Explains the impact of a flaw\n';
    expect(findings('rubric-coverage', { 'b.yaml': yaml })).toEqual([
      'b.yaml:5:16 rubric-coverage Competency "c" of badge "b" is scored by no criterion of rubric "r". Add a criterion with competency: c.',
      'b.yaml:17:17 rubric-coverage Criterion "k" scores competency "other", which no badge using rubric "r" certifies (b).',
    ]);
  });

  it('accepts full coverage, and a badge without a rubric', () => {
    expect(findings('rubric-coverage', { 'b.yaml': badge('rubric: r\n') + rubric('c') })).toEqual([]);
    expect(findings('rubric-coverage', { 'b.yaml': badge('') + rubric('c') })).toEqual([]);
  });
});

describe('unassessed-competency', () => {
  it('reports a competency no badge certifies', () => {
    const yaml = badge('') + '---\nkind: competency\nid: lonely\nstatement: Explains the impact of a flaw\n';
    expect(findings('unassessed-competency', { 'b.yaml': yaml })).toEqual([
      'b.yaml:12:5 unassessed-competency No badge certifies competency "lonely". Add it to a badge\'s competencies, or remove it if it is no longer taught.',
    ]);
  });

  it('does not count modules or rubric criteria', () => {
    const yaml = 'kind: competency\nid: c\nstatement: Detects flaws\n---\nkind: module\nid: m\nname: M\ncompetencies: [c]\n';
    expect(findings('unassessed-competency', { 'c.yaml': yaml })).toHaveLength(1);
  });
});
