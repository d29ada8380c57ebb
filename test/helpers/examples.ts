/** The bundled examples, loaded and exported in-process as `badgemap export` would. */
import path from 'node:path';

import { loadProject } from '../../src/cli/project.js';
import type { OutputFile } from '../../src/export/output.js';
import { TARGETS } from '../../src/export/targets.js';
import type { Workspace } from '../../src/load/workspace.js';
import { PROJECT_ROOT } from './cli.js';

export const EXAMPLES_DIR = path.join(PROJECT_ROOT, 'examples');

export async function loadExamples(): Promise<Workspace> {
  const project = await loadProject(EXAMPLES_DIR, undefined);
  if (project.kind !== 'loaded') throw new Error('the examples config does not load');
  return project.workspace;
}

/** Builds a target for the examples and returns its files and its JSON documents by output path. */
export async function exportExamples(target: string): Promise<{ files: OutputFile[]; documents: Map<string, Record<string, unknown>> }> {
  const workspace = await loadExamples();
  const build = TARGETS[target];
  if (build === undefined) throw new Error(`no target ${target}`);
  const files = await build.build({ model: workspace.model, config: workspace.config, embedImages: false, today: '2026-12-04' });
  const documents = new Map<string, Record<string, unknown>>();
  for (const file of files) {
    if (file.path.endsWith('.json')) documents.set(file.path, JSON.parse(String(file.content)) as Record<string, unknown>);
  }
  return { files, documents };
}
