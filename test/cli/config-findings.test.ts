import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readConfigFile } from '../../src/cli/project.js';
import { DEFAULT_CONFIG } from '../helpers/workspace.js';
import { tempDir } from '../helpers/temp.js';

/** Reads a config file with the given lines after the issuer and base URL, and lists its findings. */
function configFindings(extra: string): string[] {
  const file = path.join(tempDir(), 'badgemap.yaml');
  fs.writeFileSync(file, DEFAULT_CONFIG + extra);
  const loaded = readConfigFile(file);
  if (loaded.kind === 'config') return [];
  return loaded.findings.map((finding) => `${finding.range.start.line}:${finding.range.start.column} ${finding.message}`);
}

describe('config findings', () => {
  it('are sorted by line and column', () => {
    const findings = configFindings('rules: { module-scope: { maxMinutes: "sixty", bogus: 1 } }\n');
    const columns = findings.map((finding) => Number(/^\d+:(\d+)/.exec(finding)?.[1]));
    expect(findings).toHaveLength(2);
    expect(columns).toEqual([...columns].sort((a, b) => a - b));
  });
});
