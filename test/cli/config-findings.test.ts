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

  it('name the rule and its options for an unknown option', () => {
    expect(configFindings('rules: { module-scope: { bogus: 1 } }\n')).toEqual([
      '8:26 Rule "module-scope" has no option "bogus". Its options: severity, minMinutes, maxMinutes, maxCompetencies.',
    ]);
  });

  it('suggest the closest option', () => {
    expect(configFindings('overrides: [{ files: [a.yaml], rules: { module-scope: { maxMinute: 60 } } }]\n')).toEqual([
      '8:57 Rule "module-scope" has no option "maxMinute". Did you mean "maxMinutes"?',
    ]);
  });

  it.each(['off', 'warn', '{ severity: off }'])('reject config severity %s', (setting) => {
    const findings = configFindings(`rules: { config: ${setting} }\n`);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(/^8:\d+ The severity of rule "config" cannot be changed: its findings are always errors. Remove this setting.$/);
  });

  it('accept config severity error', () => {
    expect(configFindings('rules: { config: error }\n')).toEqual([]);
  });
});
