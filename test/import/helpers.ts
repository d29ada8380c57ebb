/** Temporary repositories and the shared corpus, for import tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { PROJECT_ROOT, runCli, type CliResult } from '../helpers/cli.js';

export const CORPUS = path.resolve(PROJECT_ROOT, '../shared/corpus');
export const HAS_CORPUS = fs.existsSync(CORPUS);
if (!HAS_CORPUS) console.warn(`import tests: ${CORPUS} is missing; corpus tests are skipped.`);

export const CONFIG = `issuer:
  id: https://badges.example.org/issuer.json
  name: Example Issuer
  url: https://example.org
  email: badges@example.org
baseUrl: https://badges.example.org/
`;

export function tempRepo(files: Record<string, string | Uint8Array> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'badgemap-import-'));
  for (const [name, content] of Object.entries({ 'badgemap.yaml': CONFIG, ...files })) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

/** Runs `badgemap import … --format json` and returns the parsed report. */
export function importJson(root: string, args: string[]): { result: CliResult; report: ImportJsonReport } {
  const result = runCli(['import', ...args, '--format', 'json'], { cwd: root });
  if (result.status !== 0) throw new Error(`import exited ${result.status}: ${result.stderr}`);
  return { result, report: JSON.parse(result.stdout) as ImportJsonReport };
}

export interface ImportJsonReport {
  input: { records: number; skipped: number; kind: string; format: string; encoding?: string; delimiter?: string; matched: { header: string; field: string }[] };
  plan: { action: string; kind: string; id: string; file: string; fields: string[]; records: number[] }[];
  problems: { messageId: string; severity: string; message: string; line: number; column: number }[];
  written: string[];
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
