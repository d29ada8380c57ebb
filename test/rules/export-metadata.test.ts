import { describe, expect, it } from 'vitest';

import { lintFiles, PNG_BYTES, summarise, type FileMap } from '../helpers/workspace.js';

const BADGE = (image: string) =>
  `kind: badge\nid: b\nname: B\ndescription: D\ncompetencies: []\n${image === '' ? '' : `image: ${image}\n`}`;

const JPEG_BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const SVG_TEXT = '<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"/>\n';

describe('export-metadata', () => {
  it.each([
    { name: 'a PNG file', files: { 'b.yaml': BADGE('b.png'), 'b.png': PNG_BYTES }, expected: [] },
    { name: 'an SVG file with a prolog', files: { 'b.yaml': BADGE('b.svg'), 'b.svg': SVG_TEXT }, expected: [] },
    { name: 'an http image, never read', files: { 'b.yaml': BADGE('https://cdn.example.org/b.png') }, expected: [] },
    {
      name: 'a missing image',
      files: { 'b.yaml': BADGE('') },
      expected: ['b.yaml:2:5 export-metadata Badge "b" has no image; Open Badges require one. Add image: with a PNG or SVG file.'],
    },
    {
      name: 'a JPEG named .png',
      files: { 'b.yaml': BADGE('b.png'), 'b.png': JPEG_BYTES },
      expected: ['b.yaml:6:8 export-metadata Image "b.png" is JPEG; Open Badges accept PNG or SVG only.'],
    },
    {
      name: 'an image file that does not exist',
      files: { 'b.yaml': BADGE('images/none.png') },
      expected: ['b.yaml:6:8 export-metadata Cannot read image "images/none.png": file not found.'],
    },
    {
      name: 'an empty image file',
      files: { 'b.yaml': BADGE('b.svg'), 'b.svg': '' },
      expected: ['b.yaml:6:8 export-metadata Image "b.svg" is an empty file; Open Badges accept PNG or SVG only.'],
    },
  ] as { name: string; files: FileMap; expected: string[] }[])('$name', ({ files, expected }) => {
    expect(summarise(lintFiles(files).findings, 'export-metadata')).toEqual(expected);
  });

  it('resolves an image path relative to its definition file', () => {
    const { findings } = lintFiles({ 'badges/b.yaml': BADGE('../images/b.png'), 'images/b.png': PNG_BYTES });
    expect(summarise(findings, 'export-metadata')).toEqual([]);
  });

  it('reports missing issuer fields and baseUrl in the config', () => {
    const config = 'issuer:\n  id: https://other.example.org/issuer.json\n  name: Example\n';
    const { findings } = lintFiles({ 'badgemap.yaml': config });
    expect(summarise(findings, 'export-metadata')).toEqual([
      'badgemap.yaml:1:1 export-metadata The config has no "baseUrl"; export builds every Open Badges id under it. Add one, such as baseUrl: https://badges.example.org/.',
      'badgemap.yaml:1:1 export-metadata The issuer has no "email"; Open Badges 2.0 requires it.',
      'badgemap.yaml:1:1 export-metadata The issuer has no "url"; Open Badges 2.0 requires it.',
    ]);
  });

  it('reports an issuer id outside baseUrl', () => {
    const config = `issuer:
  id: https://other.example.org/issuer.json
  name: Example
  url: https://example.org
  email: badges@example.org
baseUrl: https://badges.example.org
`;
    const { findings } = lintFiles({ 'badgemap.yaml': config });
    expect(summarise(findings, 'export-metadata')).toEqual([
      'badgemap.yaml:2:7 export-metadata The issuer id "https://other.example.org/issuer.json" is not under baseUrl "https://badges.example.org/", so export cannot write the issuer Profile where the id points.',
    ]);
  });

  it('reports a config without an issuer', () => {
    const { findings } = lintFiles({ 'badgemap.yaml': 'baseUrl: https://badges.example.org/\n' });
    expect(summarise(findings, 'export-metadata')).toEqual([
      'badgemap.yaml:1:1 export-metadata The config has no "issuer"; Open Badges need an issuer with id, name, url and email.',
    ]);
  });
});

describe('export-metadata issuer path', () => {
  it('reports an issuer id that is no plain file path under baseUrl', () => {
    const config = `issuer:
  id: https://badges.example.org/issuer/../x.json
  name: Example
  url: https://example.org
  email: badges@example.org
baseUrl: https://badges.example.org/
`;
    const { findings } = lintFiles({ 'badgemap.yaml': config });
    expect(summarise(findings, 'export-metadata')).toEqual([
      'badgemap.yaml:2:7 export-metadata The issuer id "https://badges.example.org/issuer/../x.json" must name a file under baseUrl with letters, digits, "-", "_" and "." only, such as https://badges.example.org/issuer.json.',
    ]);
  });
});
