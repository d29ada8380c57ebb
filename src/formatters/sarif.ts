/**
 * The `sarif` report: SARIF 2.1.0, one run, with the metadata of every rule so that code
 * scanning can show each rule's description and documentation link.
 */
import { formatPath, type Finding, type Range, type Severity } from '../finding.js';
import { REPOSITORY_URL, ruleDocsUrl } from '../rules/docs-url.js';
import { RULES } from '../rules/registry.js';
import type { Rule } from '../rules/types.js';
import { stableJson } from '../util/json.js';
import { fingerprints } from './fingerprint.js';
import { displayPath } from './paths.js';
import type { ReportInput } from './types.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warn: 'warning', info: 'note' };

export function formatSarif(input: ReportInput): string {
  const rules = ruleDescriptors(input.findings);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const prints = fingerprints(input.findings, input.cwd);

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'badgemap',
            ...(input.toolVersion === undefined ? {} : { version: input.toolVersion, semanticVersion: input.toolVersion }),
            informationUri: REPOSITORY_URL,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: input.findings.map((finding, index) => ({
          ruleId: finding.ruleId,
          ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
          level: LEVELS[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: physicalLocation(finding.file, finding.range, input.cwd),
              ...(finding.path.length === 0 ? {} : { logicalLocations: [{ fullyQualifiedName: formatPath(finding.path) }] }),
            },
          ],
          ...(finding.related.length === 0 ? {} : { relatedLocations: relatedLocations(finding, input.cwd) }),
          partialFingerprints: { 'badgemap/v1': prints[index] ?? '' },
        })),
      },
    ],
  };
  return stableJson(log);
}

/**
 * Describes the rules the findings name, in registry order, so a report changes only with
 * its results. A rule the registry does not know gets its id as description.
 */
function ruleDescriptors(findings: readonly Finding[]) {
  const named = new Set(findings.map((finding) => finding.ruleId));
  const rules: Pick<Rule, 'id' | 'description' | 'defaultSeverity'>[] = RULES.filter((rule) => named.has(rule.id));
  for (const finding of findings) {
    if (rules.some((rule) => rule.id === finding.ruleId)) continue;
    rules.push({ id: finding.ruleId, description: finding.ruleId, defaultSeverity: finding.severity });
  }

  return rules.map((rule) => {
    const url = ruleDocsUrl(rule.id);
    return {
      id: rule.id,
      shortDescription: { text: rule.description },
      helpUri: url,
      help: { text: `${rule.description} Documentation: ${url}`, markdown: `${rule.description} [Documentation](${url})` },
      defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
    };
  });
}

function relatedLocations(finding: Finding, cwd: string) {
  return finding.related.map((related, index) => ({
    id: index + 1,
    physicalLocation: physicalLocation(related.file, related.range, cwd),
    message: { text: related.message },
  }));
}

function physicalLocation(file: string, range: Range, cwd: string) {
  return {
    // A relative URI with no base: code scanning resolves it against the repository root.
    artifactLocation: { uri: fileUri(displayPath(file, cwd)) },
    region: {
      startLine: range.start.line,
      startColumn: range.start.column,
      endLine: range.end.line,
      endColumn: range.end.column,
    },
  };
}

/** Turns a relative path into a URI reference by percent-encoding each segment. */
function fileUri(relativePath: string): string {
  return relativePath.split('/').map(encodeURIComponent).join('/');
}
