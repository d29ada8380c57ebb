/** `badgemap graph`: the prerequisite pathway as Mermaid, DOT or SVG, drawn even when lint fails. */
import type { Command } from 'commander';

import { criteriaUrl, paths, urlOf } from '../../export/layout.js';
import type { DotOptions } from '../../graph/dot.js';
import { GRAPH_FORMATS } from '../../graph/formats.js';
import { buildPathwayGraph, type PathwayGraph } from '../../graph/pathway.js';
import type { Workspace } from '../../load/workspace.js';
import { listNames, plural } from '../../util/text.js';
import { EXIT_OK } from '../errors.js';
import { globalOptions } from '../options.js';
import { outputTargets } from '../report.js';
import { loadForView, writeOutput } from '../view.js';

export function registerGraph(program: Command, setExitCode: (code: number) => void): void {
  const formats = Object.keys(GRAPH_FORMATS).join(', ');
  program
    .command('graph')
    .description(`draw the prerequisite pathway (--format ${formats}; default mermaid)`)
    .option('--competencies', 'also draw every competency and the badges that certify it')
    .action(async (graphOptions: { competencies?: boolean }, command: Command) => {
      setExitCode(await runGraph(graphOptions.competencies === true, command));
    });
}

async function runGraph(competencies: boolean, command: Command): Promise<number> {
  const options = globalOptions(command);
  const cwd = process.cwd();
  const targets = outputTargets(options.format, options.outputFile, cwd, { known: Object.keys(GRAPH_FORMATS), fallback: 'mermaid' });

  const workspace = await loadForView(cwd, options);
  if (typeof workspace === 'number') return workspace;

  const graph = buildPathwayGraph(workspace.model, { competencies });
  const links = linksOf(workspace);
  for (const target of targets) {
    const format = GRAPH_FORMATS[target.format];
    if (format !== undefined) writeOutput(target, await format.render(graph, links));
  }

  const problems = problemsOf(graph);
  if (problems !== undefined) process.stderr.write(`badgemap: the graph marks ${problems}; run badgemap lint for details.\n`);
  return EXIT_OK;
}

/** Nodes link to the pages `site` publishes, when the config names the base URL. */
function linksOf(workspace: Workspace): DotOptions {
  const baseUrl = workspace.config.baseUrl;
  if (baseUrl === undefined) return {};
  return {
    badgeLink: (id) => {
      const badge = workspace.model.get('badge', id);
      return badge === undefined ? undefined : criteriaUrl(badge, baseUrl);
    },
    competencyLink: (id) => urlOf(baseUrl, paths.competencyPage(id)),
  };
}

function problemsOf(graph: PathwayGraph): string | undefined {
  const inCycle = graph.nodes.filter((node) => node.kind === 'badge' && node.inCycle).length;
  const unknownBadges = graph.nodes.filter((node) => node.kind === 'unknown-badge').length;
  const unknownCompetencies = graph.nodes.filter((node) => node.kind === 'unknown-competency').length;

  const parts: string[] = [];
  if (inCycle > 0) parts.push(`${plural(inCycle, 'badge')} on a prerequisite cycle`);
  if (unknownBadges > 0) parts.push(plural(unknownBadges, 'unknown badge'));
  if (unknownCompetencies > 0) parts.push(plural(unknownCompetencies, 'unknown competency', 'unknown competencies'));
  return parts.length === 0 ? undefined : listNames(parts);
}
