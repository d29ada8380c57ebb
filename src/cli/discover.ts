/**
 * Lists the definition files of a repository: `include` minus `exclude`, walking the folders
 * under the repository root. Symbolic links to folders are not entered, so a link back into
 * the repository (or a loop) cannot list a file twice and a link elsewhere cannot pull in
 * files from outside. A symbolic link to a file is read, once per real file.
 */
import fs from 'node:fs';
import path from 'node:path';

import picomatch from 'picomatch';

import type { Config } from '../config/types.js';

/** Left out of discovery whatever the config includes. Dot files and folders are left out by the walk. */
export const ALWAYS_EXCLUDED = ['**/node_modules/**', 'dist/**'];

type Matcher = (relative: string) => boolean;

interface Walk {
  root: string;
  included: Matcher;
  excluded: Matcher;
  found: string[];
  /** Whether a symbolic link to a file was listed, so two listed paths may lead to one file. */
  foundLink: boolean;
}

/** Lists the definition files as absolute paths in sorted order, without the config file. */
export function discoverFiles(config: Config): string[] {
  const walk: Walk = {
    root: config.root,
    included: picomatch(config.include, { dot: false }),
    excluded: picomatch([...config.exclude, ...ALWAYS_EXCLUDED], { dot: true }),
    found: [],
    foundLink: false,
  };
  walkFolder(walk, '');
  const files = walk.found
    .map((relative) => path.join(config.root, relative))
    .filter((file) => file !== config.file)
    .sort();
  return walk.foundLink ? onePathPerRealFile(files) : files;
}

function walkFolder(walk: Walk, relativeFolder: string): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(walk.root, relativeFolder), { withFileTypes: true });
  } catch {
    // An unreadable folder lists nothing, as a glob would; its files cannot be read anyway.
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const relative = relativeFolder === '' ? entry.name : `${relativeFolder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !walk.excluded(`${relative}/`)) walkFolder(walk, relative);
    } else if (walk.included(relative) && !walk.excluded(relative)) {
      const link = entry.isSymbolicLink() && isLinkToFile(path.join(walk.root, relative));
      if (entry.isFile() || link) walk.found.push(relative);
      walk.foundLink ||= link;
    }
  }
}

/** Tells whether a symbolic link's target is a file, because links to folders are not followed. */
function isLinkToFile(link: string): boolean {
  try {
    return fs.statSync(link).isFile();
  } catch {
    // A dangling link has no target to read.
    return false;
  }
}

/** Drops every path after the first (in sorted order) that leads to the same real file. */
function onePathPerRealFile(files: readonly string[]): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    const real = fs.realpathSync(file);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}
