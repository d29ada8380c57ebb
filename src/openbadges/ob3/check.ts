/**
 * The Open Badges 3.0 checks of one document: the 3.0 schema (`ob-schema`), validity dates
 * and signatures (`ob-rule`), the context version and JSON-LD expansion (`ob-context`).
 */
import { obContextRule } from '../../rules/ob-context.js';
import { obRuleRule } from '../../rules/ob-rule.js';
import { obVersionRule } from '../../rules/ob-version.js';
import { OB3_CONTEXT, ob3ContextVersion } from '../contexts.js';
import type { Detection } from '../detect.js';
import { checkExpansion } from '../jsonld-check.js';
import type { ContextLoader } from '../links.js';
import type { DocumentReporter } from '../report.js';
import { checkOb3Schema } from './check-schema.js';
import { checkValidityDates } from './dates.js';
import { upgradeVc11 } from './vc11.js';

export interface Ob3Options {
  today: string;
  contexts: ContextLoader;
}

export async function checkOb3(data: unknown, detection: Extract<Detection, { version: '3.0' }>, reporter: DocumentReporter, options: Ob3Options): Promise<void> {
  let checked = data;
  let original = (path: (string | number)[]) => path;
  if (detection.vc11 !== undefined) {
    reporter.report(obVersionRule, 'vc11', { evidence: detection.vc11.evidence }, ['@context'], { severity: 'warn' });
    const upgraded = upgradeVc11(data);
    checked = upgraded.data;
    original = upgraded.original;
  } else {
    reportOlderContext(data, reporter);
  }

  checkOb3Schema(checked, detection.cls, reporter, original);
  checkValidityDates(checked, options.today, reporter, original);
  reportProof(data, detection.cls, reporter);
  await checkExpansion(data, reporter, options.contexts);
}

/** A signed document says so once; badgemap does not verify proofs. */
function reportProof(data: unknown, cls: string, reporter: DocumentReporter): void {
  const proof = (data as Record<string, unknown>).proof;
  if (proof === undefined || proof === null) return;
  const proofs = Array.isArray(proof) ? proof : [proof];
  const kinds = proofs.map((entry) => {
    const record = (entry ?? {}) as Record<string, unknown>;
    return [record.type, record.cryptosuite].filter((part) => typeof part === 'string').join(' ');
  });
  const described = kinds.filter((kind) => kind !== '').join(', ') || 'a proof';
  const what = cls === 'AchievementCredential' ? 'credential' : cls;
  reporter.report(obRuleRule, 'proofNotVerified', { what, proof: described }, ['proof'], { severity: 'info' });
}

/** A 3.0 context older than 3.0.3 still validates, with a warning to move on. */
function reportOlderContext(data: unknown, reporter: DocumentReporter): void {
  const contexts = (data as Record<string, unknown>)['@context'];
  if (!Array.isArray(contexts)) return;
  contexts.forEach((entry, index) => {
    if (typeof entry !== 'string' || entry === OB3_CONTEXT) return;
    const version = ob3ContextVersion(entry);
    if (version === undefined) return;
    reporter.report(obContextRule, 'olderContext', { url: entry, version, current: OB3_CONTEXT }, ['@context', index], { severity: 'warn' });
  });
}
