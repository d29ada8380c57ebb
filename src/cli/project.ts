/**
 * Finds and loads the repository a command works on: the config found by walking up from
 * the working directory, the definition files it includes, and the sheets it declares.
 */
import fs from 'node:fs';
import path from 'node:path';

import { globSync } from 'tinyglobby';

import { loadConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import type { Finding } from '../finding.js';
import { resolveFinding } from '../engine/resolve.js';
import { readSheetWorkbooks } from '../load/workbooks.js';
import { loadWorkspace, type Workspace } from '../load/workspace.js';
import type { SourceFile } from '../source/source-file.js';
import { UsageError } from './errors.js';
import { describeFsError, fileSystemHost } from './fs-host.js';

export const CONFIG_FILE_NAMES = ['badgemap.yaml', 'badgemap.yml'];

/** Left out of discovery whatever the config includes. Dot folders are left out by the glob. */
const ALWAYS_EXCLUDED = ['**/node_modules/**', 'dist/**'];

export type ProjectResult =
  | { kind: 'loaded'; workspace: Workspace; files: string[] }
  | { kind: 'invalid-config'; findings: Finding[]; sources: Map<string, SourceFile> };

export function findConfigFile(startFolder: string): string | undefined {
  let folder = path.resolve(startFolder);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(folder, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** Loads the repository; async because XLSX sheets are read with exceljs, which is. */
export async function loadProject(cwd: string, configOption: string | undefined): Promise<ProjectResult> {
  const configFile = configOption === undefined ? findConfigFile(cwd) : path.resolve(cwd, configOption);
  if (configFile === undefined) {
    throw new UsageError(
      `No badgemap.yaml found in ${cwd} or any parent folder. Run "badgemap init" to create one, or pass --config FILE.`,
    );
  }

  const loaded = readConfigFile(configFile);
  if (loaded.kind === 'invalid-config') return loaded;

  const files = discoverFiles(loaded.config);
  const workbooks = await readSheetWorkbooks(loaded.config, fileSystemHost);
  const workspace = loadWorkspace({ config: loaded.config, configSource: loaded.source, files, host: fileSystemHost, workbooks });
  return { kind: 'loaded', workspace, files };
}

export type ConfigFileResult =
  | { kind: 'config'; config: Config; source: SourceFile }
  | { kind: 'invalid-config'; findings: Finding[]; sources: Map<string, SourceFile> };

/** Reads and checks a config file; its findings are positioned and returned, never thrown. */
export function readConfigFile(configFile: string): ConfigFileResult {
  let text: string;
  try {
    text = fs.readFileSync(configFile, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new UsageError(`Cannot read config file ${configFile}: ${describeFsError(error)}.`);
  }

  const loaded = loadConfig(configFile, text);
  const sources = new Map<string, SourceFile>([[configFile, loaded.source]]);
  if (loaded.config === undefined) {
    const findings = loaded.findings.map((finding) => resolveFinding(finding, 'error', sources));
    return { kind: 'invalid-config', findings, sources };
  }
  return { kind: 'config', config: loaded.config, source: loaded.source };
}

/** The definition files: `include` minus `exclude`, the config file and the always-excluded folders. */
export function discoverFiles(config: Config): string[] {
  const files = globSync(config.include, {
    cwd: config.root,
    ignore: [...config.exclude, ...ALWAYS_EXCLUDED],
    dot: false,
    absolute: true,
    onlyFiles: true,
    expandDirectories: false,
  });
  return files
    .map((file) => path.resolve(file))
    .filter((file) => file !== config.file)
    .sort();
}
