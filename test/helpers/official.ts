/**
 * 1EdTech's formal 3.0 JSON Schemas and the official JSON-LD contexts, read in place from
 * ../shared, for checking badgemap's output and holding its own checks against them.
 */
import path from 'node:path';

import { Ajv2019, type ValidateFunction } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import jsonld from 'jsonld';

import { readJson, REFERENCE_DIR } from './shared.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const FORMAL_DIR = path.join(REFERENCE_DIR, 'ob3', 'schema', 'formal-ghpages');

export interface FormalSchemas {
  achievement: ValidateFunction;
  profile: ValidateFunction;
  credential: ValidateFunction;
  endorsement: ValidateFunction;
}

export function formalSchemas(): FormalSchemas {
  const ajv = new Ajv2019({ allErrors: true, strict: false, strictTuples: false });
  addFormats(ajv);
  const ids: Record<string, string> = {};
  for (const name of ['achievementcredential', 'profile', 'endorsementcredential']) {
    const schema = readJson(path.join(FORMAL_DIR, `${name}.json`)) as { $id: string };
    ajv.addSchema(schema);
    ids[name] = schema.$id;
  }
  const get = (id: string) => ajv.getSchema(id) as ValidateFunction;
  return {
    achievement: get(`${ids.achievementcredential}#/$defs/Achievement`),
    profile: get(ids.profile as string),
    credential: get(ids.achievementcredential as string),
    endorsement: get(ids.endorsementcredential as string),
  };
}

/** The official context files by URL. */
export const OFFICIAL_CONTEXTS: Record<string, string> = {
  'https://www.w3.org/ns/credentials/v2': 'vc/context/credentials-v2.jsonld',
  'https://www.w3.org/2018/credentials/v1': 'vc/context/2018-credentials-v1.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'ob3/context/spec-repo/context-3.0.3.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json': 'ob3/context/spec-repo/context-3.0.2.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json': 'ob3/context/spec-repo/context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json': 'ob3/context/spec-repo/context.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json': 'ob3/context/validator-bundled/ob-v3p0-extensions.json',
  'https://w3id.org/openbadges/v2': 'ob2/context/openbadges-v2-context.json',
  'https://w3id.org/security/data-integrity/v1': 'vc/context/data-integrity-v1.jsonld',
  'https://w3id.org/security/suites/ed25519-2020/v1': 'vc/context/security-suites-ed25519-2020-v1.jsonld',
};

/** Expands in jsonld's safe mode with only the official context files; rejects on any dropped term. */
export async function expandSafely(document: unknown): Promise<unknown[]> {
  return jsonld.expand(document, {
    safe: true,
    documentLoader: async (url: string) => {
      const file = OFFICIAL_CONTEXTS[url];
      if (file === undefined) throw new Error(`no official file for context ${url}`);
      return { contextUrl: null, documentUrl: url, document: readJson(path.join(REFERENCE_DIR, file)) };
    },
  });
}
