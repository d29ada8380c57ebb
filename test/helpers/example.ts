/** Lints a rule's docs example, including one whose config itself has findings. */
import path from 'node:path';

import { loadConfig } from '../../src/config/load.js';
import { resolveFinding } from '../../src/engine/resolve.js';
import type { Finding } from '../../src/finding.js';
import type { RuleExample } from '../../src/rules/types.js';
import { DEFAULT_CONFIG, lintFiles, ROOT } from './workspace.js';

export function lintExample(example: RuleExample): Finding[] {
  const configText = example.files['badgemap.yaml'] ?? DEFAULT_CONFIG;
  const configFile = path.join(ROOT, 'badgemap.yaml');
  const loaded = loadConfig(configFile, configText);
  if (loaded.config === undefined) {
    const sources = new Map([[configFile, loaded.source]]);
    return loaded.findings.map((finding) => resolveFinding(finding, 'error', sources));
  }
  return lintFiles(example.files).findings;
}
