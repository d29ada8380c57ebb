/**
 * The files `badgemap init` creates: a config, a worked example that lints clean and
 * exports as it is, the JSON Schemas the modelines point to, editor settings and a GitHub
 * Actions workflow. Paths are relative to the new repository's root.
 */
import { schemaFiles } from '../schemas/files.js';
import { stableJson } from '../util/json.js';
import { EXAMPLE_BADGE, EXAMPLE_BADGE_IMAGE, EXAMPLE_COMPETENCIES, EXAMPLE_RUBRIC } from './example.js';

export interface ScaffoldFile {
  path: string;
  content: string;
}

export const SCHEMA_FOLDER = 'schemas';

/** The folders the example definitions live in, which the editor settings map to the schema. */
const DEFINITION_FOLDERS = ['badges', 'competencies', 'modules', 'rubrics'];

export function scaffoldFiles(toolVersion: string): ScaffoldFile[] {
  return [
    { path: 'badgemap.yaml', content: CONFIG },
    { path: 'competencies/example.yaml', content: EXAMPLE_COMPETENCIES },
    { path: 'badges/example.yaml', content: EXAMPLE_BADGE },
    { path: 'rubrics/example.yaml', content: EXAMPLE_RUBRIC },
    { path: 'images/example-badge.svg', content: EXAMPLE_BADGE_IMAGE },
    ...schemaFiles().map((file) => ({ path: `${SCHEMA_FOLDER}/${file.name}`, content: stableJson(file.schema) })),
    { path: '.vscode/settings.json', content: vscodeSettings() },
    { path: '.vscode/extensions.json', content: stableJson({ recommendations: ['redhat.vscode-yaml'] }) },
    { path: '.github/workflows/badgemap.yml', content: workflow(toolVersion) },
  ];
}

const CONFIG = `# yaml-language-server: $schema=./${SCHEMA_FOLDER}/config.schema.json
# The badgemap configuration. Replace the example issuer and baseUrl with your own before
# you publish: every exported id is built under baseUrl.
issuer:
  id: https://badges.example.org/issuer.json
  name: Example Issuer
  url: https://example.org
  email: badges@example.org
baseUrl: https://badges.example.org/
language: en
include: ["**/*.yaml", "**/*.yml"]
exclude: []
# Rule severities (off, info, warn, error) and options, for example:
# rules:
#   competency-overlap: { severity: warn, threshold: 0.82 }
`;

/** Maps the schemas to file patterns, for files without a modeline. */
function vscodeSettings(): string {
  const definitionGlobs = DEFINITION_FOLDERS.flatMap((folder) => [`${folder}/**/*.yaml`, `${folder}/**/*.yml`]);
  return stableJson({
    'yaml.schemas': {
      [`./${SCHEMA_FOLDER}/config.schema.json`]: ['badgemap.yaml', 'badgemap.yml'],
      [`./${SCHEMA_FOLDER}/definitions.schema.json`]: definitionGlobs,
    },
  });
}

function workflow(toolVersion: string): string {
  return `# Lints the definitions on every push and pull request. Findings show as annotations on the
# changed lines, and any error fails the check.
name: badgemap

on:
  push:
    branches: [main]
  pull_request:

permissions:
  contents: read

jobs:
  badgemap:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Lint the definitions
        run: npx --yes badgemap@${toolVersion} lint
      # Fails when the committed dist/ folder differs from what export writes now. Remove
      # this step if you do not commit dist/, and run "badgemap export" in your publishing job.
      - name: Check the exported Open Badges are up to date
        run: npx --yes badgemap@${toolVersion} export --check
`;
}
