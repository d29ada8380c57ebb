/**
 * Compares imported definitions with the repository and decides, for each, whether it is
 * created, updated (and which fields), unchanged or skipped. Nothing in the repository is
 * deleted: a definition the input does not name is reported as missing and kept.
 */
import path from 'node:path';

import type { RawFinding } from '../finding.js';
import type { Workspace } from '../load/workspace.js';
import { PLURAL_KEYS, type Definition, type Kind } from '../model/types.js';
import { YamlSource } from '../source/yaml-source.js';
import { containsImported } from './compare.js';
import type { DraftDefinition } from './drafts.js';
import { importFinding } from './problems.js';

export type PlanAction = 'create' | 'update' | 'unchanged' | 'skip';

export interface PlanEntry {
  action: PlanAction;
  kind: Kind;
  id: string;
  /** The absolute path of the file that holds or will hold the definition. */
  file: string;
  /** For updates: the fields that change. */
  fields: string[];
  draft: DraftDefinition;
  /** Where the existing definition sits, for updates. */
  target?: Definition['source'];
}

export interface ImportPlan {
  entries: PlanEntry[];
  missing: Definition[];
  findings: RawFinding[];
}

export function pluralKeyOf(kind: Kind): string {
  return Object.keys(PLURAL_KEYS).find((key) => PLURAL_KEYS[key] === kind) ?? `${kind}s`;
}

export function planImport(drafts: readonly DraftDefinition[], workspace: Workspace, outDir: string): ImportPlan {
  const findings: RawFinding[] = [];
  const entries: PlanEntry[] = [];
  const sheetFiles = new Set(workspace.config.sheets.map((sheet) => sheet.file));
  const byFoldedId = foldedIds(workspace);
  // One file often holds thousands of definitions in one document; it is converted once.
  const documentValues = new Map<string, unknown>();

  const newFiles = new Map<Kind, string>();
  for (const draft of drafts) {
    let newFile = newFiles.get(draft.kind);
    if (newFile === undefined) {
      newFile = path.join(outDir, `${pluralKeyOf(draft.kind)}.yaml`);
      newFiles.set(draft.kind, newFile);
    }
    const existing = workspace.model.get(draft.kind, draft.id);

    if (existing === undefined) {
      const clash = byFoldedId.get(`${draft.kind}:${draft.id.toLowerCase()}`);
      if (clash !== undefined) {
        const data = { kind: draft.kind, id: draft.id, existing: clash.id, file: path.relative(workspace.config.root, clash.source.file) };
        findings.push(importFinding('caseClash', data, draft.location, draft.id));
        entries.push({ action: 'skip', kind: draft.kind, id: draft.id, file: clash.source.file, fields: [], draft });
      } else entries.push({ action: 'create', kind: draft.kind, id: draft.id, file: newFile, fields: [], draft });
      continue;
    }

    if (sheetFiles.has(existing.source.file)) {
      const data = { kind: draft.kind, id: draft.id, sheet: path.relative(workspace.config.root, existing.source.file) };
      findings.push(importFinding('sheetDefinition', data, draft.location, draft.id));
      entries.push({ action: 'skip', kind: draft.kind, id: draft.id, file: existing.source.file, fields: [], draft });
      continue;
    }

    const current = currentValue(workspace, existing, documentValues);
    // A value import filled in never replaces one the repository has.
    const keepsCurrent = (key: string) => draft.filled?.has(key) === true && current[key] !== undefined && current[key] !== null;
    const fields = Object.keys(draft.value).filter((key) => key !== 'id' && !keepsCurrent(key) && !containsImported(current[key], draft.value[key], [key]));
    const action = fields.length === 0 ? 'unchanged' : 'update';
    entries.push({ action, kind: draft.kind, id: draft.id, file: existing.source.file, fields, draft, target: existing.source });
  }

  const imported = new Set(drafts.map((draft) => `${draft.kind}:${draft.id}`));
  const kinds = new Set(drafts.map((draft) => draft.kind));
  const missing = workspace.model.all().filter((definition) => kinds.has(definition.kind) && !imported.has(`${definition.kind}:${definition.id}`));
  for (const definition of missing) {
    const location = { file: definition.source.file, doc: definition.source.doc, path: [...definition.source.path, 'id'] };
    findings.push(importFinding('missingDefinition', { kind: definition.kind, id: definition.id }, location, definition.id));
  }

  return { entries, missing, findings };
}

function foldedIds(workspace: Workspace): Map<string, Definition> {
  const map = new Map<string, Definition>();
  for (const definition of workspace.model.all()) map.set(`${definition.kind}:${definition.id.toLowerCase()}`, definition);
  return map;
}

/** The definition's fields as its file holds them, every scalar as text. */
function currentValue(workspace: Workspace, definition: Definition, documentValues: Map<string, unknown>): Record<string, unknown> {
  const source = workspace.sources.get(definition.source.file);
  if (!(source instanceof YamlSource)) return {};
  const key = `${definition.source.doc}:${definition.source.file}`;
  let value = documentValues.get(key);
  if (value === undefined) {
    value = source.valueOf(definition.source.doc);
    documentValues.set(key, value);
  }
  for (const segment of definition.source.path) {
    if (value === null || typeof value !== 'object') return {};
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
