/** `checkOutput`: the comparison behind `export --check`, on files held in memory. */
import { describe, expect, it } from 'vitest';

import { checkOutput } from '../../src/export/check.js';
import type { ExportTarget, OutputFile } from '../../src/export/output.js';

const OWNING: ExportTarget = { name: 'owning', description: '', build: () => [], owns: ['badges/*.json', 'images/*.svg'] };
const PLAIN: ExportTarget = { name: 'plain', description: '', build: () => [] };

function check(expected: OutputFile[], folder: Record<string, string>, targets: ExportTarget[] = [OWNING]) {
  return checkOutput(expected, targets, Object.keys(folder), (path) => (folder[path] === undefined ? undefined : Buffer.from(folder[path] as string)));
}

describe('checkOutput', () => {
  it('finds nothing when the folder matches', () => {
    const result = check([{ path: 'badges/a.json', content: '{}' }], { 'badges/a.json': '{}' });

    expect(result.drift).toEqual({ stale: [], missing: [], extra: [] });
    expect(result.files).toEqual([{ path: 'badges/a.json', status: 'current' }]);
  });

  it('compares bytes, not text', () => {
    const result = check([{ path: 'images/a.svg', content: Buffer.from('<svg/>\n') }], { 'images/a.svg': '<svg/>\r\n' });

    expect(result.drift.stale).toEqual(['images/a.svg']);
  });

  it('counts an unreadable file as stale', () => {
    const result = checkOutput([{ path: 'badges/a.json', content: '{}' }], [OWNING], ['badges/a.json'], () => undefined);

    expect(result.drift.stale).toEqual(['badges/a.json']);
  });

  it('reports extra files only where a target owns the path', () => {
    const folder = { 'badges/old.json': '{}', 'badges/old/index.html': '', 'images/old.svg': '', 'CNAME': '', 'issuer.json': '{}' };

    expect(check([], folder).drift.extra).toEqual(['badges/old.json', 'images/old.svg']);
    expect(check([], folder, [PLAIN]).drift.extra).toEqual([]);
  });

  it('compares a file two targets share once', () => {
    const shared = { path: 'images/a.svg', content: '<svg/>' };

    const result = check([shared, { path: 'badges/a.json', content: '{}' }, shared], {});

    expect(result.files).toEqual([
      { path: 'badges/a.json', status: 'missing' },
      { path: 'images/a.svg', status: 'missing' },
    ]);
  });
});
