/**
 * Credentials written for Verifiable Credentials 1.1 are checked as their VC 2.0 form:
 * the 1.1 context becomes the 2.0 one in place, `issuanceDate` becomes `validFrom` and
 * `expirationDate` becomes `validUntil`, in the credential and in every credential it embeds.
 * Findings on the renamed properties point back at the names the document used.
 */
import type { PathSegment } from '../../finding.js';
import { VC_V1_CONTEXT, VC_V2_CONTEXT } from '../contexts.js';
import { typeNames } from '../detect.js';

const RENAMED: Record<string, string> = { issuanceDate: 'validFrom', expirationDate: 'validUntil' };

export interface Upgraded {
  data: unknown;
  /** Maps a path in the upgraded data to the path the document wrote. */
  original(path: PathSegment[]): PathSegment[];
}

export function upgradeVc11(data: unknown): Upgraded {
  const renames = new Map<string, Map<string, string>>();
  const upgraded = upgradeValue(structuredClone(data), [], renames, true);

  return {
    data: upgraded,
    original(path) {
      const result: PathSegment[] = [];
      for (const segment of path) {
        const renamed = renames.get(JSON.stringify(result));
        result.push(typeof segment === 'string' ? (renamed?.get(segment) ?? segment) : segment);
      }
      return result;
    },
  };
}

function upgradeValue(value: unknown, path: PathSegment[], renames: Map<string, Map<string, string>>, isRoot: boolean): unknown {
  if (Array.isArray(value)) return value.map((item, index) => upgradeValue(item, [...path, index], renames, false));
  if (value === null || typeof value !== 'object') return value;

  const record = value as Record<string, unknown>;
  if (isRoot || typeNames(record.type).includes('VerifiableCredential')) upgradeCredential(record, path, renames);
  for (const [key, child] of Object.entries(record)) {
    if (key !== '@context') record[key] = upgradeValue(child, [...path, key], renames, false);
  }
  return record;
}

function upgradeCredential(record: Record<string, unknown>, path: PathSegment[], renames: Map<string, Map<string, string>>): void {
  const context = record['@context'];
  if (Array.isArray(context)) record['@context'] = context.map((entry) => (entry === VC_V1_CONTEXT ? VC_V2_CONTEXT : entry));
  else if (context === VC_V1_CONTEXT) record['@context'] = VC_V2_CONTEXT;

  for (const [from, to] of Object.entries(RENAMED)) {
    if (record[from] === undefined || record[to] !== undefined) continue;
    record[to] = record[from];
    delete record[from];
    const map = renames.get(JSON.stringify(path)) ?? new Map<string, string>();
    map.set(to, from);
    renames.set(JSON.stringify(path), map);
  }
}
