/** The lines the stylish report ends with after `export`: what was written or what drifted. */
import { listNames, plural } from '../util/text.js';
import { displayFolder } from './paths.js';
import type { ExportReport, Styles } from './types.js';

export function exportSummary(report: ExportReport, cwd: string, styles: Styles): string[] {
  const folder = `${displayFolder(report.outDir, cwd)}/`;
  const badges = plural(report.badges, 'badge');

  if (report.status === 'refused') return [];
  if (report.status === 'written') {
    const written = report.files.filter((file) => file.status === 'written').length;
    return [`Exported ${badges} to ${folder}: ${plural(written, 'file')} written, ${report.files.length - written} unchanged.`];
  }

  const drift = report.drift ?? { stale: [], missing: [], extra: [] };
  const total = drift.stale.length + drift.missing.length + drift.extra.length;
  if (total === 0) {
    return [styles.bold(`✔ ${folder} is up to date: ${plural(report.files.length, 'file')} for ${badges} checked.`)];
  }

  const counts = [
    drift.stale.length > 0 ? `${drift.stale.length} stale` : '',
    drift.missing.length > 0 ? `${drift.missing.length} missing` : '',
    drift.extra.length > 0 ? `${drift.extra.length} extra` : '',
  ].filter((count) => count !== '');
  const lines = [styles.bold(styles.error(`✖ ${folder} is out of date (${plural(total, 'file')}: ${listNames(counts)}).`))];
  for (const [label, files] of [['stale', drift.stale], ['missing', drift.missing], ['extra', drift.extra]] as const) {
    for (const file of files) lines.push(`  ${styles.error(label.padEnd(7))}  ${file}`);
  }

  const advice = drift.stale.length + drift.missing.length > 0 ? ['run badgemap export to update it'] : [];
  if (drift.extra.length > 0) advice.push('delete the extra files (no export target writes them any more)');
  lines.push(`${capitalise(listNames(advice))}.`);
  return lines;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
