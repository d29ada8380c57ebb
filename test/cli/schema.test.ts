/** `badgemap schema --out DIR` and the committed `schemas/` folder it must match. */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { SCHEMA_ID_BASE } from '../../src/schemas/parts.js';
import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const COMMITTED = path.join(PROJECT_ROOT, 'schemas');

describe('badgemap schema', () => {
  it('writes exactly the committed schemas', () => {
    const folder = tempDir();

    const result = runCli(['schema', '--out', folder], { cwd: PROJECT_ROOT });

    expect(result.status).toBe(0);
    const written = fs.readdirSync(folder).sort();
    expect(written).toEqual(fs.readdirSync(COMMITTED).sort());
    for (const name of written) {
      expect(fs.readFileSync(path.join(folder, name), 'utf8'), `schemas/${name} is stale: run npm run schemas`).toBe(
        fs.readFileSync(path.join(COMMITTED, name), 'utf8'),
      );
    }
  });

  it('gives every schema a stable $id under one base', () => {
    for (const name of fs.readdirSync(COMMITTED)) {
      const schema = JSON.parse(fs.readFileSync(path.join(COMMITTED, name), 'utf8')) as { $id: string };
      expect(schema.$id).toBe(`${SCHEMA_ID_BASE}${name}`);
    }
  });

  it('reports unchanged files on a second run', () => {
    const folder = tempDir();
    runCli(['schema', '--out', folder], { cwd: folder });

    const result = runCli(['schema', '--out', '.'], { cwd: folder });

    expect(result.stdout.split('\n').at(-2)).toBe('6 schemas in ./: 0 written, 6 unchanged.');
    expect(result.status).toBe(0);
  });
});
