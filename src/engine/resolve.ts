/** Turns raw findings into positioned ones, using the sources the workspace kept. */
import {
  START_OF_FILE,
  type Finding,
  type Location,
  type Range,
  type RawFinding,
  type Severity,
} from '../finding.js';
import type { SourceFile } from '../source/source-file.js';

export function resolveFinding(raw: RawFinding, severity: Severity, sources: ReadonlyMap<string, SourceFile>): Finding {
  const source = sources.get(raw.location.file);
  const detail = raw.location.range === undefined ? source?.describe?.(raw.location) : undefined;

  return {
    ruleId: raw.ruleId,
    messageId: raw.messageId,
    severity,
    message: detail === undefined ? raw.message : `${raw.message} (${detail})`,
    file: raw.location.file,
    range: rangeOf(raw.location, source),
    path: raw.location.path,
    ...(raw.definitionId === undefined ? {} : { definitionId: raw.definitionId }),
    related: (raw.related ?? []).map((related) => ({
      message: related.message,
      file: related.location.file,
      range: rangeOf(related.location, sources.get(related.location.file)),
    })),
  };
}

function rangeOf(location: Location, source: SourceFile | undefined): Range {
  if (location.range !== undefined) return location.range;
  return source?.locate(location) ?? START_OF_FILE;
}
