/**
 * A JSON file read as a list of documents: one JSON value, the items of a top-level array,
 * or NDJSON, one value per line (as harvested badge directories are, whatever their file
 * name says). Each document remembers its line so a finding can point at it.
 */
import type { Location, Range } from '../finding.js';
import { splitLines } from '../util/text.js';
import type { SourceFile } from './source-file.js';

export interface JsonDocument {
  value: unknown;
  /** 1-based line where the document starts. */
  line: number;
}

export interface JsonLineProblem {
  line: number;
  message: string;
}

export class JsonSource implements SourceFile {
  readonly documents: JsonDocument[] = [];
  readonly problems: JsonLineProblem[] = [];
  /** Whether the file was read line by line. */
  readonly ndjson: boolean;
  private readonly textLines: string[];

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.textLines = splitLines(text);
    const whole = parseJson(text);
    this.ndjson = 'error' in whole && this.textLines.filter((line) => line.trim() !== '').length > 1;

    if (!this.ndjson) {
      if ('error' in whole) this.problems.push({ line: 1, message: whole.error });
      else if (Array.isArray(whole.value)) whole.value.forEach((value) => this.documents.push({ value, line: 1 }));
      else this.documents.push({ value: whole.value, line: 1 });
      return;
    }

    this.textLines.forEach((line, index) => {
      if (line.trim() === '') return;
      const parsed = parseJson(line);
      if ('error' in parsed) this.problems.push({ line: index + 1, message: parsed.error });
      else this.documents.push({ value: parsed.value, line: index + 1 });
    });
  }

  lines(): readonly string[] {
    return this.textLines;
  }

  locate(location: Location): Range {
    const line = this.documents[location.doc]?.line ?? 1;
    return { start: { line, column: 1 }, end: { line, column: 1 } };
  }

  describe(location: Location): string | undefined {
    return this.ndjson || this.documents.length > 1 ? `record ${location.doc + 1}` : undefined;
  }
}

function parseJson(text: string): { value: unknown } | { error: string } {
  if (text.trim() === '') return { error: 'the file is empty' };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
