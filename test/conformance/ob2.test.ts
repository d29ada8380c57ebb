/**
 * Exported Open Badges 2.0 files against what 1EdTech's reference validator requires, and
 * against JSON-LD safe-mode expansion with the official 2.0 context, offline.
 */
import fs from 'node:fs';
import path from 'node:path';

import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';

import { PROJECT_ROOT, runCli } from '../helpers/cli.js';
import { hasShared, sharedPath } from '../helpers/shared.js';
import { readTree, tempDir } from '../helpers/temp.js';

const OB2_CONTEXT_URL = 'https://w3id.org/openbadges/v2';
const HTTP_URL = /^https?:\/\/[^\s/]+/;

type Json = Record<string, unknown>;

function exportExamples(extra: string[] = []): { files: Map<string, Buffer>; out: string } {
  const out = tempDir();
  const result = runCli(['export', '--out', out, ...extra], { cwd: path.join(PROJECT_ROOT, 'examples') });
  expect(result.status).toBe(0);
  return { files: readTree(out), out };
}

function documentLoader(): (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }> {
  const context = JSON.parse(fs.readFileSync(sharedPath('reference/openbadges/ob2/context/openbadges-v2-context.json'), 'utf8'));
  return async (url) => {
    if (url !== OB2_CONTEXT_URL) throw new Error(`unexpected remote document ${url}`);
    return { contextUrl: null, documentUrl: url, document: context };
  };
}

/** The required properties and value rules of a BadgeClass, as the reference validator checks them. */
function badgeClassProblems(badge: Json): string[] {
  const problems: string[] = [];
  for (const field of ['id', 'type', 'name', 'description', 'criteria', 'issuer', 'image']) {
    if (badge[field] === undefined) problems.push(`missing ${field}`);
  }
  if (badge.type !== 'BadgeClass') problems.push('type is not BadgeClass');
  if (!HTTP_URL.test(String(badge.id))) problems.push('id is not an http(s) URL');
  if (!HTTP_URL.test(String(badge.issuer))) problems.push('issuer is not an http(s) URL');

  const image = String(badge.image);
  if (!HTTP_URL.test(image) && !/^data:image\/(png|svg\+xml);base64,/.test(image)) problems.push('image is no URL or PNG/SVG data URI');

  const criteria = badge.criteria as Json;
  if (criteria.id === undefined && criteria.narrative === undefined) problems.push('criteria has neither id nor narrative');
  if (criteria.id !== undefined && !HTTP_URL.test(String(criteria.id))) problems.push('criteria id is not an http(s) URL');

  for (const alignment of (badge.alignment as Json[] | undefined) ?? []) {
    if (typeof alignment.targetName !== 'string') problems.push('alignment without targetName');
    if (!HTTP_URL.test(String(alignment.targetUrl))) problems.push('alignment targetUrl is not an http(s) URL');
  }
  return problems;
}

function issuerProblems(issuer: Json): string[] {
  const problems: string[] = [];
  for (const field of ['id', 'type', 'name', 'url', 'email']) {
    if (issuer[field] === undefined) problems.push(`missing ${field}`);
  }
  if (issuer.type !== 'Issuer' && issuer.type !== 'Profile') problems.push('type is neither Issuer nor Profile');
  if (!HTTP_URL.test(String(issuer.id))) problems.push('id is not an http(s) URL');
  if (!HTTP_URL.test(String(issuer.url))) problems.push('url is not an http(s) URL');
  return problems;
}

describe('Open Badges 2.0 conformance', () => {
  it('gives every BadgeClass what the reference validator requires', () => {
    const { files } = exportExamples();
    const badges = [...files].filter(([name]) => name.startsWith('badges/'));
    expect(badges.length).toBe(5);
    for (const [name, bytes] of badges) expect(badgeClassProblems(JSON.parse(bytes.toString())), name).toEqual([]);
  });

  it('gives the issuer Profile what the reference validator requires', () => {
    const { files } = exportExamples();
    expect(issuerProblems(JSON.parse(files.get('issuer.json')?.toString() ?? '{}'))).toEqual([]);
  });

  it('writes every image an exported id points to', () => {
    const { files } = exportExamples();
    for (const [name, bytes] of files) {
      if (!name.startsWith('badges/')) continue;
      const image = String(JSON.parse(bytes.toString()).image);
      expect(files.has(image.replace('https://badges.example.edu/', '')), image).toBe(true);
    }
  });

  it.skipIf(!hasShared)('expands every file in safe mode with the official context', async () => {
    const loader = documentLoader();
    for (const extra of [[], ['--embed-images']]) {
      const { files } = exportExamples(extra);
      for (const [name, bytes] of files) {
        if (!name.endsWith('.json')) continue;
        const expanded = await jsonld.expand(JSON.parse(bytes.toString()), { safe: true, documentLoader: loader } as never);
        expect(expanded, name).toHaveLength(1);
      }
    }
  });

  it.skipIf(!hasShared)('catches a term the context does not define', async () => {
    const document = { '@context': OB2_CONTEXT_URL, type: 'BadgeClass', id: 'https://example.org/b.json', humanCode: 'X1' };
    await expect(jsonld.expand(document, { safe: true, documentLoader: documentLoader() } as never)).rejects.toThrow(/Safe mode/);
  });
});
