/** Lints or exports a repository held in memory, for table tests of loaders and rules. */
import path from 'node:path';

import { loadConfig } from '../../src/config/load.js';
import { lintWorkspace } from '../../src/engine/lint.js';
import type { Finding } from '../../src/finding.js';
import { fileSystemHost } from '../../src/cli/fs-host.js';
import type { Host } from '../../src/load/host.js';
import { loadWorkspace, type Workspace } from '../../src/load/workspace.js';
import { RULES } from '../../src/rules/registry.js';
import type { Rule } from '../../src/rules/types.js';

/** The rules about shape and references, for loader tests that must not see the quality rules. */
export const STRUCTURAL_RULES: readonly Rule[] = RULES.filter((rule) =>
  ['config', 'yaml-syntax', 'duplicate-key', 'csv-syntax', 'schema', 'duplicate-id', 'unknown-reference', 'prerequisite-cycle', 'export-metadata'].includes(rule.id),
);

export const ROOT = path.resolve('/repo');

export const DEFAULT_CONFIG = `
issuer:
  id: https://badges.example.org/issuer.json
  name: Example Issuer
  url: https://example.org
  email: badges@example.org
baseUrl: https://badges.example.org/
`;

/** A 1×1 PNG, enough for image checks. */
export const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

export type FileMap = Record<string, string | Uint8Array>;

/** Serves the map's files under ROOT, and real files outside ROOT (the shared corpus). */
export function memoryHost(files: FileMap): Host {
  return {
    read(file) {
      const relative = path.relative(ROOT, file).split(path.sep).join('/');
      if (relative.startsWith('../')) return fileSystemHost.read(file);
      const content = files[relative];
      if (content === undefined) return { error: 'file not found' };
      return { bytes: typeof content === 'string' ? Buffer.from(content, 'utf8') : content };
    },
  };
}

export interface LoadedFiles {
  workspace: Workspace;
  findings: Finding[];
}

/**
 * Loads every `.yaml` file of the map except `badgemap.yaml`, which is the config (the
 * default config when absent), and lints them.
 */
export function lintFiles(files: FileMap, options: { today?: string; rules?: readonly Rule[] } = {}): LoadedFiles {
  const all: FileMap = { 'badgemap.yaml': DEFAULT_CONFIG, ...files };
  const configFile = path.join(ROOT, 'badgemap.yaml');
  const loaded = loadConfig(configFile, String(all['badgemap.yaml']));
  if (loaded.config === undefined) {
    throw new Error(`config has findings: ${loaded.findings.map((finding) => finding.message).join('; ')}`);
  }

  const definitionFiles = Object.keys(all)
    .filter((name) => /\.ya?ml$/.test(name) && name !== 'badgemap.yaml')
    .sort()
    .map((name) => path.join(ROOT, name));
  const workspace = loadWorkspace({ config: loaded.config, configSource: loaded.source, files: definitionFiles, host: memoryHost(all) });
  const findings = lintWorkspace(workspace, { today: options.today ?? '2026-12-04', ...(options.rules === undefined ? {} : { rules: options.rules }) });
  return { workspace, findings };
}

/** Findings of one rule as `line:column message`, the compact form table tests compare. */
export function summarise(findings: Finding[], ruleId?: string): string[] {
  return findings
    .filter((finding) => ruleId === undefined || finding.ruleId === ruleId)
    .map((finding) => {
      const file = path.relative(ROOT, finding.file).split(path.sep).join('/');
      return `${file}:${finding.range.start.line}:${finding.range.start.column} ${finding.ruleId} ${finding.message}`;
    });
}
