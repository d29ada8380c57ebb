/**
 * Finds and loads the repository a command works on: the config found by walking up from
 * the working directory, the definition files it includes, and the sheets it declares.
 */
import fs from 'node:fs';
import path from 'node:path';

import picomatch from 'picomatch';

import { loadConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { compareFindings, type Finding } from '../finding.js';
import { resolveFinding } from '../engine/resolve.js';
import { readSheetWorkbooks } from '../load/workbooks.js';
import { configRule } from '../rules/config.js';
import { loadWorkspace, type Workspace } from '../load/workspace.js';
import type { Host } from '../load/host.js';
import type { SourceFile } from '../source/source-file.js';
import { decodeUnicode } from '../util/unicode.js';
import { ALWAYS_EXCLUDED, discoverFiles } from './discover.js';
import { UsageError } from './errors.js';
import { fileSystemHost } from './fs-host.js';

export const CONFIG_FILE_NAMES = ['badgemap.yaml', 'badgemap.yml'];


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

export interface ProjectOptions {
  /** Reads the config, definitions, sheets and images; default: the file system. */
  host?: Host;
  /** Where the search for the config starts; default: the working directory. */
  searchFrom?: string;
  /** A file to load as a definition file when discovery would include it, even if it is not on disk. */
  extraFile?: string;
}

/** Loads the repository; async because XLSX sheets are read with exceljs, which is. */
export async function loadProject(cwd: string, configOption: string | undefined, options: ProjectOptions = {}): Promise<ProjectResult> {
  const host = options.host ?? fileSystemHost;
  const searchFrom = options.searchFrom ?? cwd;
  const configFile = configOption === undefined ? findConfigFile(searchFrom) : path.resolve(cwd, configOption);
  if (configFile === undefined) {
    throw new UsageError(
      `No badgemap.yaml found in ${searchFrom} or any parent folder. Run "badgemap init" to create one, or pass --config FILE.`,
    );
  }

  const loaded = readConfigFile(configFile, host);
  if (loaded.kind === 'invalid-config') return loaded;

  const files = discoverFiles(loaded.config);
  const extra = options.extraFile;
  if (extra !== undefined && !files.includes(extra) && isDiscovered(loaded.config, extra)) {
    files.push(extra);
    files.sort();
  }
  const workbooks = await readSheetWorkbooks(loaded.config, host);
  const workspace = loadWorkspace({ config: loaded.config, configSource: loaded.source, files, host, workbooks });
  // Sheet columns can only be checked once the sheet's header is read. A mistake there is
  // still a config problem, so it stops the run before anything is linted.
  const configFindings = workspace.findings.filter((finding) => finding.ruleId === configRule.id);
  if (configFindings.length > 0) {
    const findings = configFindings.map((finding) => resolveFinding(finding, 'error', workspace.sources)).sort(compareFindings);
    const sources = new Map([...workspace.sources].filter(([file]) => findings.some((finding) => finding.file === file)));
    return { kind: 'invalid-config', findings, sources };
  }
  return { kind: 'loaded', workspace, files };
}

export type ConfigFileResult =
  | { kind: 'config'; config: Config; source: SourceFile }
  | { kind: 'invalid-config'; findings: Finding[]; sources: Map<string, SourceFile> };

/** Reads and checks a config file; its findings are positioned and returned, never thrown. */
export function readConfigFile(configFile: string, host: Host = fileSystemHost): ConfigFileResult {
  const read = host.read(configFile);
  if ('error' in read) throw new UsageError(`Cannot read config file ${configFile}: ${read.error}.`);

  const loaded = loadConfig(configFile, decodeUnicode(read.bytes));
  const sources = new Map<string, SourceFile>([[configFile, loaded.source]]);
  if (loaded.config === undefined) {
    const findings = loaded.findings.map((finding) => resolveFinding(finding, 'error', sources)).sort(compareFindings);
    return { kind: 'invalid-config', findings, sources };
  }
  return { kind: 'config', config: loaded.config, source: loaded.source };
}

/** Whether discovery would include a file, whether or not it exists: the same rules as `discoverFiles`. */
export function isDiscovered(config: Config, file: string): boolean {
  if (file === config.file) return false;
  const relative = path.relative(config.root, file).split(path.sep).join('/');
  if (relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)) return false;
  const included = picomatch(config.include, { dot: false });
  const excluded = picomatch([...config.exclude, ...ALWAYS_EXCLUDED], { dot: true });
  return included(relative) && !excluded(relative);
}
