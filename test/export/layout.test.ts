import { describe, expect, it } from 'vitest';

import { seg } from '../../src/export/layout.js';

describe('seg', () => {
  it.each([
    ['injection-detection-1', 'injection-detection-1'],
    ['1.10', '1.10'],
    ['Web_Security', 'Web_Security'],
    ['a.b.c', 'a.b.c'],
  ])('keeps the safe id %s', (id, expected) => {
    expect(seg(id)).toBe(expected);
  });

  it.each([
    ['../../etc/passwd', /^etc-passwd-[0-9a-f]{8}$/],
    ['badge.json', /^badge-json-[0-9a-f]{8}$/],
    ['Sécurité Web: niveau 1', /^securite-web-niveau-1-[0-9a-f]{8}$/],
    ['.hidden', /^hidden-[0-9a-f]{8}$/],
    ['a..b', /^a-b-[0-9a-f]{8}$/],
    ['日本語', /^[0-9a-f]{8}$/],
    ['x'.repeat(100) + '!', /^x{40}-[0-9a-f]{8}$/],
    ['trailing.', /^trailing-[0-9a-f]{8}$/],
    ['with space', /^with-space-[0-9a-f]{8}$/],
  ])('slugs the unsafe id %s', (id, pattern) => {
    expect(seg(id)).toMatch(pattern);
  });

  it('keeps distinct unsafe ids distinct', () => {
    expect(seg('a b')).not.toBe(seg('a  b'));
    expect(seg('a/b')).not.toBe(seg('a b'));
  });

  it('hashes the id with SHA-256', () => {
    // SHA-256 of "a b" starts with c8687a08.
    expect(seg('a b')).toBe('a-b-c8687a08');
  });
});
