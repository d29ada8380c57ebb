/**
 * Where each rule's documentation lives. Every report format links to it through
 * `ruleDocsUrl`, so the links can never disagree between formats.
 */

/**
 * The public address of the badgemap repository.
 * TODO: replace with the real address once the repository is published.
 */
export const REPOSITORY_URL = 'https://github.com/badgemap/badgemap';

/** The rule pages are `docs/rules/<id>.md` on the main branch. */
const RULE_DOCS_BASE = `${REPOSITORY_URL}/blob/main/docs/rules/`;

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}
