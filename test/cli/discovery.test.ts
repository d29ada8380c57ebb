import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { discoverFiles } from '../../src/cli/discover.js';
import { readConfigFile } from '../../src/cli/project.js';
import { DEFAULT_CONFIG } from '../helpers/workspace.js';
import { tempDir, writeTree } from '../helpers/temp.js';

const COMPETENCY = 'competencies: [{ id: a, statement: Writes a test plan for a web form }]\n';

/** Lists the files discovery finds in a repository, relative to its root. */
function discovered(root: string): string[] {
  const loaded = readConfigFile(path.join(root, 'badgemap.yaml'));
  if (loaded.kind !== 'config') throw new Error('the test config is invalid');
  return discoverFiles(loaded.config).map((file) => path.relative(root, file).split(path.sep).join('/'));
}

describe('discovery', () => {
  it('lists included files and leaves out dot folders, node_modules and dist', () => {
    const root = tempDir();
    writeTree(root, {
      'badgemap.yaml': DEFAULT_CONFIG + 'exclude: ["drafts/**"]\n',
      'a.yaml': COMPETENCY,
      'sub/b.yml': COMPETENCY,
      'notes.txt': 'not a definition',
      '.hidden/c.yaml': COMPETENCY,
      'node_modules/pkg/d.yaml': COMPETENCY,
      'dist/e.yaml': COMPETENCY,
      'drafts/f.yaml': COMPETENCY,
    });
    expect(discovered(root)).toEqual(['a.yaml', 'sub/b.yml']);
  });

  it('does not enter folder links back into the repository', () => {
    const root = tempDir();
    writeTree(root, { 'badgemap.yaml': DEFAULT_CONFIG, 'a.yaml': COMPETENCY, 'sub/b.yaml': COMPETENCY });
    fs.symlinkSync('.', path.join(root, 'loop'));
    fs.symlinkSync('..', path.join(root, 'sub/up'));
    fs.symlinkSync(root, path.join(root, 'absolute'));
    expect(discovered(root)).toEqual(['a.yaml', 'sub/b.yaml']);
  });

  it('does not enter folder links that leave the repository', () => {
    const outside = tempDir();
    writeTree(outside, { 'deep/o.yaml': COMPETENCY });
    const root = tempDir();
    writeTree(root, { 'badgemap.yaml': DEFAULT_CONFIG, 'a.yaml': COMPETENCY });
    fs.symlinkSync(outside, path.join(root, 'external'));
    expect(discovered(root)).toEqual(['a.yaml']);
  });

  it('reads a linked file once per real file', () => {
    const outside = tempDir();
    writeTree(outside, { 'shared.yaml': COMPETENCY });
    const root = tempDir();
    writeTree(root, { 'badgemap.yaml': DEFAULT_CONFIG, 'b.yaml': COMPETENCY });
    fs.symlinkSync('b.yaml', path.join(root, 'a-link-to-b.yaml'));
    fs.symlinkSync(path.join(outside, 'shared.yaml'), path.join(root, 'shared.yaml'));
    fs.symlinkSync('missing.yaml', path.join(root, 'dangling.yaml'));
    expect(discovered(root)).toEqual(['a-link-to-b.yaml', 'shared.yaml']);
  });
});
