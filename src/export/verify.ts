/**
 * Export's own check: every JSON file a target is about to write goes through the same
 * checks as `validate`, with links between the files (a BadgeClass's issuer) followed in
 * memory, and a BadgeClass without an image reported as an error.
 */
import path from 'node:path';

import type { Host } from '../load/host.js';
import { validateTexts, type ValidationResult } from '../openbadges/validate.js';
import { decodeUtf8 } from '../util/text.js';
import { urlOf } from './layout.js';
import type { OutputFile } from './output.js';

export interface VerifyOptions {
  /** The absolute output folder, so findings name the files as they would be written. */
  outDir: string;
  baseUrl: string;
  today: string;
  host: Host;
}

export async function verifyExport(files: readonly OutputFile[], options: VerifyOptions): Promise<ValidationResult> {
  const documents = files
    .filter((file) => file.path.endsWith('.json'))
    .map((file) => ({
      url: urlOf(options.baseUrl, file.path),
      file: path.join(options.outDir, ...file.path.split('/')),
      text: typeof file.content === 'string' ? file.content : decodeUtf8(file.content),
    }));

  const published = new Map(documents.map((document) => [document.url, { file: document.file, text: document.text }]));
  return validateTexts(documents, { today: options.today, host: options.host, published, missingImage: 'error' });
}
