import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { PROJECT_ROOT, runCli } from '../helpers/cli.js';

const EXAMPLES = path.join(PROJECT_ROOT, 'examples');
const PROBLEMS = path.join(PROJECT_ROOT, 'test/fixtures/pathway-problems');
const XMLLINT = '/usr/bin/xmllint';

function committed(name: string): string {
  return fs.readFileSync(path.join(PROJECT_ROOT, 'docs', name), 'utf8');
}

describe('graph of the bundled example', () => {
  it.each([
    ['mermaid', 'pathway.mmd'],
    ['dot', 'pathway.dot'],
    ['svg', 'pathway.svg'],
  ])('--format %s equals the committed docs/%s', (format, file) => {
    const result = runCli(['graph', '--format', format], { cwd: EXAMPLES });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(committed(file));
  });

  it('defaults to Mermaid', () => {
    const result = runCli(['graph'], { cwd: EXAMPLES });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(committed('pathway.mmd'));
  });

  it('writes each format to its --output-file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-graph-'));
    const result = runCli(
      ['graph', '--format', 'dot', '--output-file', path.join(dir, 'p.dot'), '--format', 'svg', '--output-file', path.join(dir, 'p.svg'), '--format', 'mermaid'],
      { cwd: EXAMPLES },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(committed('pathway.mmd'));
    expect(fs.readFileSync(path.join(dir, 'p.dot'), 'utf8')).toBe(committed('pathway.dot'));
    expect(fs.readFileSync(path.join(dir, 'p.svg'), 'utf8')).toBe(committed('pathway.svg'));
    expect(fs.readdirSync(dir).sort()).toEqual(['p.dot', 'p.svg']);
  });

  it('writes well-formed SVG', (context) => {
    if (!fs.existsSync(XMLLINT)) {
      context.skip(`${XMLLINT} is missing (Debian package libxml2-utils); .ci/run installs it`);
      return;
    }
    const result = spawnSync(XMLLINT, ['--noout', '--nonet', path.join(PROJECT_ROOT, 'docs/pathway.svg')], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('graph of a repository lint rejects', () => {
  it('draws cycles, groups and unknown badges in Mermaid', () => {
    const result = runCli(['graph'], { cwd: PROBLEMS });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('badgemap: the graph marks 3 badges on a prerequisite cycle and 1 unknown badge; run badgemap lint for details.\n');
    expect(result.stdout).toBe(`flowchart LR
  accTitle: Prerequisite pathway
  accDescr: 4 badges, grouped by level. Each arrow points from a prerequisite to the badge that requires it.
  subgraph level_1 ["Level 1"]
    b_intro("Introduction")
  end
  subgraph level_2 ["Level 2"]
    b_practice("Practice #quot;hands-on#quot; #lt;b#gt;")
  end
  subgraph level_3 ["Level 3"]
    b_review("Review")
  end
  b_loop("Loop")
  g_review_1{{"any 1 of"}}
  u_intro_typo["Unknown badge: intro-typo"]
  b_intro --> b_practice
  b_review ==>|cycle| b_practice
  b_practice ==>|cycle| g_review_1
  u_intro_typo -.-> g_review_1
  g_review_1 ==>|cycle| b_review
  b_loop ==>|cycle| b_loop
  classDef badge fill:#eef3fb,stroke:#1f4e8c,color:#10243f
  class b_intro,b_practice,b_review,b_loop badge
  classDef group fill:#ffffff,stroke:#555555,stroke-dasharray:4 3,color:#222222
  class g_review_1 group
  classDef unknown fill:#fff5f5,stroke:#b00020,stroke-dasharray:5 5,color:#b00020
  class u_intro_typo unknown
  classDef cycle stroke:#b00020,stroke-width:3px
  class b_practice,b_review,b_loop,g_review_1 cycle
  linkStyle 1,2,4,5 stroke:#b00020,stroke-width:3px
  linkStyle 3 stroke:#b00020,stroke-dasharray:5 5
`);
  });

  it('draws them in DOT, with competencies when asked', () => {
    const result = runCli(['graph', '--format', 'dot', '--competencies'], { cwd: PROBLEMS });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'badgemap: the graph marks 3 badges on a prerequisite cycle, 1 unknown badge and 1 unknown competency; run badgemap lint for details.\n',
    );
    expect(result.stdout).toBe(`digraph "pathway" {
  graph [id="graph", rankdir=LR, newrank=true, nodesep=0.3, ranksep=0.5, fontname="Helvetica,Arial,sans-serif", fontsize=12];
  node [shape=box, style="rounded,filled", fillcolor="#eef3fb", color="#1f4e8c", fontcolor="#10243f", fontname="Helvetica,Arial,sans-serif", fontsize=12, margin="0.15,0.06"];
  edge [color="#333333", arrowsize=0.8, fontname="Helvetica,Arial,sans-serif", fontsize=10];
  subgraph "cluster_level_1" {
    graph [id="level-1", label="Level 1", rank=same, style="rounded,dashed", color="#8a8a8a", fontcolor="#333333"];
    "level_1_anchor" [id="level_1_anchor", style=invis, shape=point, width=0, height=0, label=""];
    "b_intro" [id="b_intro", label="Introduction", URL="https://badges.example.org/badges/intro/", tooltip="Introduction"];
  }
  subgraph "cluster_level_2" {
    graph [id="level-2", label="Level 2", rank=same, style="rounded,dashed", color="#8a8a8a", fontcolor="#333333"];
    "level_2_anchor" [id="level_2_anchor", style=invis, shape=point, width=0, height=0, label=""];
    "b_practice" [id="b_practice", label="Practice \\"hands-on\\" <b>", color="#b00020", penwidth="2.5", URL="https://badges.example.org/badges/practice/", tooltip="Practice \\"hands-on\\" <b>"];
  }
  subgraph "cluster_level_3" {
    graph [id="level-3", label="Level 3", rank=same, style="rounded,dashed", color="#8a8a8a", fontcolor="#333333"];
    "level_3_anchor" [id="level_3_anchor", style=invis, shape=point, width=0, height=0, label=""];
    "b_review" [id="b_review", label="Review", color="#b00020", penwidth="2.5", URL="https://badges.example.org/badges/review/", tooltip="Review"];
  }
  "b_loop" [id="b_loop", label="Loop", color="#b00020", penwidth="2.5", URL="https://badges.example.org/badges/loop/", tooltip="Loop"];
  "g_review_1" [id="g_review_1", label="any 1 of", shape="ellipse", style="dashed", color="#b00020", fontcolor="#222222", penwidth="2.5"];
  "u_intro_typo" [id="u_intro_typo", label="Unknown badge: intro-typo", style="dashed", color="#b00020", fontcolor="#b00020"];
  subgraph "competencies" {
    graph [rank=max];
    "c_explains_basics" [id="c_explains_basics", label="Explains the basic terms\\nof the field", fillcolor="#f6f6f6", color="#777777", fontcolor="#222222", style="filled", URL="https://badges.example.org/competencies/explains-basics/", tooltip="Explains the basic terms of the field"];
    "c_applies_basics" [id="c_applies_basics", label="Applies the basic method\\nto a sample case", fillcolor="#f6f6f6", color="#777777", fontcolor="#222222", style="filled", URL="https://badges.example.org/competencies/applies-basics/", tooltip="Applies the basic method to a sample case"];
    "c_unused" [id="c_unused", label="Designs a study that no\\nbadge certifies yet", fillcolor="#f6f6f6", color="#777777", fontcolor="#222222", style="filled", URL="https://badges.example.org/competencies/unused/", tooltip="Designs a study that no badge certifies yet"];
    "uc_ghost_competency" [id="uc_ghost_competency", label="Unknown competency:\\nghost-competency", style="dashed", color="#b00020", fontcolor="#b00020"];
  }
  "level_1_anchor" -> "level_2_anchor" [id="level_1_anchor-level_2_anchor", style=invis];
  "level_2_anchor" -> "level_3_anchor" [id="level_2_anchor-level_3_anchor", style=invis];
  "b_intro" -> "b_practice" [id="edge-1"];
  "b_review" -> "b_practice" [id="edge-2", color="#b00020", penwidth="2.5", label="cycle", fontcolor="#b00020"];
  "b_practice" -> "g_review_1" [id="edge-3", style="dashed", color="#b00020", penwidth="2.5", label="cycle", fontcolor="#b00020"];
  "u_intro_typo" -> "g_review_1" [id="edge-4", style="dashed", color="#b00020"];
  "g_review_1" -> "b_review" [id="edge-5", color="#b00020", penwidth="2.5", label="cycle", fontcolor="#b00020"];
  "b_loop" -> "b_loop" [id="edge-6", color="#b00020", penwidth="2.5", label="cycle", fontcolor="#b00020"];
  "b_intro" -> "c_explains_basics" [id="edge-7", style="dotted", arrowhead="none", color="#777777"];
  "b_practice" -> "c_applies_basics" [id="edge-8", style="dotted", arrowhead="none", color="#777777"];
  "b_practice" -> "uc_ghost_competency" [id="edge-9", style="dashed", arrowhead="none", color="#b00020"];
}
`);
  });

  it('lays the broken pathway out as SVG', () => {
    const result = runCli(['graph', '--format', 'svg'], { cwd: PROBLEMS });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<\?xml/);
    expect(result.stdout).toContain('>Unknown badge: intro&#45;typo</text>');
    expect(result.stdout).toContain('>Practice &quot;hands&#45;on&quot; &lt;b&gt;</text>');
    expect(result.stdout.match(/>cycle<\/text>/g)).toHaveLength(4);
  });
});

describe('graph usage errors', () => {
  it('rejects an unknown format', () => {
    const result = runCli(['graph', '--format', 'png'], { cwd: EXAMPLES });
    expect(result).toEqual({ status: 2, stdout: '', stderr: 'badgemap: Unknown format "png". Use one of: mermaid, dot, svg.\n' });
  });

  it('rejects two formats on standard output', () => {
    const result = runCli(['graph', '--format', 'dot', '--format', 'svg'], { cwd: EXAMPLES });
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: 'badgemap: At most one --format can go to standard output; give the others an --output-file.\n',
    });
  });

  it('names the problem when the output file cannot be written', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-graph-file-')), 'taken');
    fs.writeFileSync(file, 'not a folder');
    const target = path.join(file, 'pathway.mmd');
    const result = runCli(['graph', '--output-file', target], { cwd: EXAMPLES });
    expect(result).toEqual({ status: 2, stdout: '', stderr: `badgemap: Cannot write ${target}: a part of the path is a file, not a folder.\n` });
  });

  it('reports a broken config on standard error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-graph-config-'));
    fs.writeFileSync(path.join(dir, 'badgemap.yaml'), 'baseUrl: [not, a, url]\n');
    const result = runCli(['graph'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('badgemap.yaml');
    expect(result.stderr).toContain('config');
  });

  it('asks for a config when none is found', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-graph-none-'));
    const result = runCli(['graph'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^badgemap: No badgemap\.yaml found in .* Run "badgemap init" to create one, or pass --config FILE\.\n$/);
  });
});
