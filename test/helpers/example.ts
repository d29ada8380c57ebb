/** Runs a rule's docs example the way a user would: lint for a repository, validate for JSON files. */
import path from 'node:path';

import { loadConfig } from '../../src/config/load.js';
import { finishFindings } from '../../src/engine/finish.js';
import { resolveFinding } from '../../src/engine/resolve.js';
import type { Finding } from '../../src/finding.js';
import { validateTexts } from '../../src/openbadges/validate.js';
import type { RuleExample } from '../../src/rules/types.js';
import { DEFAULT_CONFIG, lintFiles, memoryHost, ROOT } from './workspace.js';

const JSON_FILE = /\.(json|ndjson)$/;

export async function runExample(example: RuleExample, today = '2026-12-04'): Promise<Finding[]> {
  const names = Object.keys(example.files).filter((name) => name !== 'badgemap.yaml');
  if (names.length > 0 && names.every((name) => JSON_FILE.test(name))) {
    const inputs = names.map((name) => ({ file: path.join(ROOT, name), text: example.files[name] as string }));
    const result = await validateTexts(inputs, { today, host: memoryHost(example.files) });
    return finishFindings(result.findings, result.sources, undefined);
  }

  const configText = example.files['badgemap.yaml'] ?? DEFAULT_CONFIG;
  const configFile = path.join(ROOT, 'badgemap.yaml');
  const loaded = loadConfig(configFile, configText);
  if (loaded.config === undefined) {
    const sources = new Map([[configFile, loaded.source]]);
    return loaded.findings.map((finding) => resolveFinding(finding, 'error', sources));
  }
  return lintFiles(example.files, { today }).findings;
}
