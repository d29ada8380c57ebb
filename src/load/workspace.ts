/**
 * Loads a repository: parses every definition file and sheet it is handed, validates each
 * definition, and builds the model. Everything wrong becomes a finding; nothing throws.
 */
import path from 'node:path';

import type { Config } from '../config/types.js';
import type { RawFinding } from '../finding.js';
import { Model } from '../model/model.js';
import { duplicateKeyRule, yamlSyntaxRule } from '../rules/syntax.js';
import { createFinding } from '../rules/types.js';
import type { SourceFile } from '../source/source-file.js';
import { YamlSource } from '../source/yaml-source.js';
import type { WorkbookResult } from '../source/xlsx-source.js';
import { decodeUnicode } from '../util/unicode.js';
import { buildDefinition } from './definitions.js';
import { classifyDocument } from './documents.js';
import type { Host } from './host.js';
import { loadSheet } from './sheet.js';

export interface Workspace {
  config: Config;
  model: Model;
  sources: Map<string, SourceFile>;
  findings: RawFinding[];
  /** Facts for `--verbose`: skipped documents, unused columns. */
  notes: string[];
}

export interface WorkspaceInput {
  config: Config;
  /** The config file, parsed, so findings about the config can be positioned. */
  configSource: SourceFile;
  /** Absolute paths of the definition files, as discovery found them. */
  files: string[];
  host: Host;
  /** The XLSX workbooks of the config's sheets, read beforehand by `readSheetWorkbooks`. */
  workbooks?: ReadonlyMap<string, WorkbookResult>;
}

export function loadWorkspace(input: WorkspaceInput): Workspace {
  const { config, host } = input;
  const workspace: Workspace = {
    config,
    model: new Model(),
    sources: new Map([[config.file, input.configSource]]),
    findings: [],
    notes: [],
  };

  for (const file of input.files) loadYamlFile(workspace, file, host);
  for (const sheet of config.sheets) {
    const loaded = loadSheet(sheet, host.read(sheet.file), config, input.workbooks?.get(sheet.file));
    if (loaded.source !== undefined) workspace.sources.set(sheet.file, loaded.source);
    workspace.findings.push(...loaded.findings);
    workspace.notes.push(...loaded.notes);
    for (const raw of loaded.definitions) addDefinition(workspace, buildDefinition(raw, config, raw.row));
  }

  readImages(workspace, host);
  return workspace;
}

function loadYamlFile(workspace: Workspace, file: string, host: Host): void {
  const read = host.read(file);
  if ('error' in read) {
    const location = { file, doc: 0, path: [] };
    workspace.findings.push(createFinding(yamlSyntaxRule, 'syntax', { message: `Cannot read the file: ${read.error}.` }, location));
    return;
  }

  // YAML 1.2 allows UTF-16 and UTF-32 as well as UTF-8, so a file saved as "Unicode" is read too.
  const source = new YamlSource(file, decodeUnicode(read.bytes));
  workspace.sources.set(file, source);

  for (const problem of source.problems()) {
    const location = { file, doc: problem.doc, path: [], range: problem.range };
    const finding =
      problem.code === 'DUPLICATE_KEY'
        ? createFinding(duplicateKeyRule, 'duplicate', { key: keyAt(source, problem.range.start) }, location)
        : createFinding(yamlSyntaxRule, 'syntax', { message: problem.message }, location, problem.warning ? { severity: 'warn' } : {});
    workspace.findings.push(finding);
  }

  for (let doc = 0; doc < source.documentCount; doc++) {
    if (!source.isUsable(doc)) continue;
    const classified = classifyDocument(source.valueOf(doc), file, doc);
    workspace.findings.push(...classified.findings);
    if (classified.skipped !== undefined) workspace.notes.push(`${file}: document ${doc + 1} skipped: ${classified.skipped}`);
    for (const raw of classified.definitions) addDefinition(workspace, buildDefinition(raw, workspace.config));
  }
}

function addDefinition(workspace: Workspace, built: ReturnType<typeof buildDefinition>): void {
  workspace.findings.push(...built.findings);
  if (built.definition !== undefined) workspace.model.add(built.definition);
}

/** Reads every local badge image once, so that rules and exporters never touch the disk. */
function readImages(workspace: Workspace, host: Host): void {
  const issuerImage = imagePath(workspace.config.issuer?.image, workspace.config.file);
  const files = [issuerImage, ...workspace.model.badges.map((badge) => imagePath(badge.image, badge.source.file))];
  for (const file of files) {
    if (file === undefined || workspace.model.images.has(file)) continue;
    const read = host.read(file);
    workspace.model.images.set(file, 'error' in read ? { file, error: read.error } : { file, bytes: read.bytes });
  }
}

/** The absolute path of a local image, or `undefined` for a URL or no image. */
export function imagePath(image: string | undefined, definitionFile: string): string | undefined {
  if (image === undefined || /^https?:/i.test(image)) return undefined;
  return path.resolve(path.dirname(definitionFile), image);
}

function keyAt(source: YamlSource, position: { line: number; column: number }): string {
  const line = source.lines()[position.line - 1] ?? '';
  const match = /^\s*(?:-\s+)?("(?:[^"\\]|\\.)*"|'[^']*'|[^:#]+?)\s*:/.exec(line.slice(position.column - 1));
  return match?.[1]?.replace(/^["']|["']$/g, '') ?? line.trim();
}
