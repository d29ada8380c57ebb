/**
 * The worked example `badgemap init` writes: two competencies, a badge that certifies them
 * with evidence and a rubric, and its image. It passes every rule with the default config.
 */

export const EXAMPLE_COMPETENCIES = `# yaml-language-server: $schema=../schemas/definitions.schema.json
# A competency is one assessable statement of what a person can do, led by an observable verb.
competencies:
  - id: example-validate-input
    statement: Implements input validation for a web form so that invalid entries are rejected with a clear message
    level: apply
    tags: [example]
  - id: example-explain-validation
    statement: Explains to a teammate why the server must validate input even when the browser already does
    level: understand
    tags: [example]
`;

export const EXAMPLE_BADGE = `# yaml-language-server: $schema=../schemas/definitions.schema.json
# A badge certifies competencies, names the evidence a learner submits and how it is assessed.
kind: badge
id: example-form-validation
name: Form Validation (Example)
description: Builds input validation for a web form and explains why the server checks it too.
image: ../images/example-badge.svg
level: 1
competencies: [example-validate-input, example-explain-validation]
evidence:
  - { type: code, description: "A web form with validation in the browser and on the server, and its tests" }
  - { type: recording, description: A five-minute walkthrough that explains the server-side checks }
assessment: { methods: [reviewer-rubric], reviewers: 1 }
rubric: example-form-validation
tags: [example]
`;

export const EXAMPLE_RUBRIC = `# yaml-language-server: $schema=../schemas/definitions.schema.json
# A rubric scores the evidence: one criterion per competency, levels listed low to high.
kind: rubric
id: example-form-validation
name: Form validation review
criteria:
  - id: validates
    competency: example-validate-input
    description: Rejects invalid input with a clear message
    levels:
      - { id: not-yet, name: Not yet, points: 0, descriptor: Invalid input reaches the server unchecked }
      - { id: meets, name: Meets, points: 2, descriptor: Every field is checked in the browser and on the server }
      - { id: exceeds, name: Exceeds, points: 3, descriptor: Also handles pasted whitespace and very long input }
  - id: explains
    competency: example-explain-validation
    description: Explains why the server validates input
    levels:
      - { id: not-yet, name: Not yet, points: 0, descriptor: Treats browser checks as sufficient }
      - { id: meets, name: Meets, points: 2, descriptor: Shows how a request can bypass the browser checks }
      - { id: exceeds, name: Exceeds, points: 3, descriptor: Also names the data the server must never trust }
passing: { minimumPoints: 4, everyCriterionAtLeast: meets }
`;

export const EXAMPLE_BADGE_IMAGE = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256" role="img" aria-label="Form Validation badge">
  <circle cx="128" cy="128" r="120" fill="#1f6f8b"/>
  <circle cx="128" cy="128" r="100" fill="none" stroke="#ffffff" stroke-width="6"/>
  <path d="M84 132 l30 30 l58 -66" fill="none" stroke="#ffffff" stroke-width="16" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;
