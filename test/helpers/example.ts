/** Runs a rule's docs example the way its command would: lint by default, else validate, calibrate or stats. */
import path from 'node:path';

import { calibrate } from '../../src/calibration/run.js';
import { loadConfig } from '../../src/config/load.js';
import { finishFindings } from '../../src/engine/finish.js';
import { resolveFinding } from '../../src/engine/resolve.js';
import type { Finding } from '../../src/finding.js';
import { validateTexts } from '../../src/openbadges/validate.js';
import { computeStats } from '../../src/outcomes/run.js';
import type { RuleExample } from '../../src/rules/types.js';
import { DEFAULT_CONFIG, lintFiles, memoryHost, ROOT } from './workspace.js';

const TODAY = '2026-12-04';

export async function runExample(example: RuleExample): Promise<Finding[]> {
  const [program, command = 'lint', ...args] = (example.command ?? 'badgemap lint').split(/\s+/);
  if (program !== 'badgemap') throw new Error(`An example command must start with badgemap: ${example.command}`);
  const file = (name: string) => path.join(ROOT, name);

  switch (command) {
    case 'lint':
      return lintExample(example);
    case 'validate': {
      const inputs = args.map((name) => ({ file: file(name), text: example.files[name] ?? '' }));
      const result = await validateTexts(inputs, { today: TODAY, host: memoryHost(example.files) });
      return finishFindings(result.findings, result.sources, undefined);
    }
    case 'calibrate':
    case 'stats': {
      const { workspace } = lintFiles(example.files);
      const input = { workspace, file: file(args[0] ?? ''), bytes: Buffer.from(example.files[args[0] ?? ''] ?? '', 'utf8') };
      const result = command === 'calibrate' ? calibrate(input) : computeStats({ ...input, today: TODAY });
      if ('error' in result) throw new Error(result.error);
      return result.findings;
    }
    default:
      throw new Error(`No runner for the example command "${example.command}".`);
  }
}

function lintExample(example: RuleExample): Finding[] {
  const configText = example.files['badgemap.yaml'] ?? DEFAULT_CONFIG;
  const configFile = path.join(ROOT, 'badgemap.yaml');
  const loaded = loadConfig(configFile, configText);
  if (loaded.config === undefined) {
    const sources = new Map([[configFile, loaded.source]]);
    return loaded.findings.map((finding) => resolveFinding(finding, 'error', sources));
  }
  return lintFiles(example.files, { today: TODAY }).findings;
}
