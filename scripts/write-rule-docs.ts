/**
 * `npm run docs:rules`: writes docs/rules/<id>.md for every registered rule and the catalogue
 * table of docs/rules/README.md, from the rules' metadata. The docs test fails until this
 * has been run after a rule's metadata changes.
 */
import fs from 'node:fs';
import path from 'node:path';

import { replaceCatalogue, renderRulePage } from '../src/rules/docs.js';
import { RULES } from '../src/rules/registry.js';

const RULE_DOCS = path.resolve(import.meta.dirname, '../docs/rules');

fs.mkdirSync(RULE_DOCS, { recursive: true });
for (const rule of RULES) {
  const file = path.join(RULE_DOCS, `${rule.id}.md`);
  const page = renderRulePage(rule);
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== page) {
    fs.writeFileSync(file, page);
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
}

const readmeFile = path.join(RULE_DOCS, 'README.md');
const readme = fs.readFileSync(readmeFile, 'utf8');
const updated = replaceCatalogue(readme, RULES);
if (updated === undefined) {
  process.stderr.write(`${readmeFile} has no catalogue markers; add the two marker comments where the table belongs.\n`);
  process.exitCode = 1;
} else if (updated !== readme) {
  fs.writeFileSync(readmeFile, updated);
  process.stdout.write(`wrote ${path.relative(process.cwd(), readmeFile)}\n`);
}
