/**
 * `badgemap import FILE`: a spreadsheet or Open Badges JSON into definitions. Matched ids
 * are updated in the file that holds them, new definitions go to `--out` (default
 * `imported/`), nothing is deleted; `--dry-run` prints the plan and writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';
import { parse as parseYaml, YAMLError } from 'yaml';

import { resolveFinding } from '../../engine/resolve.js';
import { compareFindings } from '../../finding.js';
import { pluralKeyOf } from '../../import/plan.js';
import { IMPORT_FORMATTERS, type ImportReport } from '../../import/report.js';
import { IMPORT_KINDS, runImport, type ImportKind } from '../../import/run.js';
import { allSheetFields } from '../../load/columns.js';
import type { Workspace } from '../../load/workspace.js';
import { isWorkbookFile } from '../../source/open-table.js';
import { readWorkbook } from '../../source/xlsx-source.js';
import { PLAIN_STYLES } from '../../formatters/types.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { describeFsError, hasContent, writeFileAtomic } from '../fs-host.js';
import { collect, globalOptions } from '../options.js';
import { progressBar } from '../progress.js';
import { parseDelimiter } from '../results-command.js';
import { isDiscovered, loadProject } from '../project.js';
import { terminalStyles, writeReports, reportTargets } from '../report.js';

interface ImportOptions {
  kind?: string;
  sheet?: string;
  map?: string[];
  mapFile?: string;
  out?: string;
  dryRun?: boolean;
  separator?: string;
  delimiter?: string;
}

export function registerImport(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('import')
    .description('turn a spreadsheet or Open Badges JSON into definitions')
    .argument('<file>', 'a CSV, TSV or XLSX sheet, or Open Badges JSON (NDJSON too)')
    .option('--kind <kind>', `what the file holds: ${IMPORT_KINDS.join(', ')} (default: detected)`)
    .option('--sheet <name>', 'the worksheet of an XLSX file (default: the first visible one)')
    .option('--map <field=header>', 'read a field from this column (repeatable)', collect)
    .option('--map-file <file>', 'a YAML or JSON mapping of field names to headers')
    .option('--delimiter <char>', 'the cell delimiter of a CSV or TSV file: , ; | or tab (default: detected)')
    .option('--separator <text>', 'separates the values of a multi-valued cell (default ";"; line breaks always do)')
    .option('--out <dir>', 'the folder for new definitions, relative to the repository root (default: imported)')
    .option('--dry-run', 'print the plan and write nothing')
    .action(async (file: string, importOptions: ImportOptions, command: Command) => {
      setExitCode(await runImportCommand(file, importOptions, command));
    });
}

async function runImportCommand(file: string, importOptions: ImportOptions, command: Command): Promise<number> {
  const options = globalOptions(command);
  const cwd = process.cwd();
  const formats = options.format.length === 0 ? ['stylish'] : options.format;
  for (const format of formats) {
    if (IMPORT_FORMATTERS[format] === undefined) throw new UsageError(`Unknown import format "${format}". Use one of: ${Object.keys(IMPORT_FORMATTERS).join(', ')}.`);
  }
  const kind = checkKind(importOptions.kind);
  if (importOptions.separator === '') throw new UsageError('Invalid --separator "": give the text that separates values, such as ";" or "|".');
  const delimiter = parseDelimiter(importOptions.delimiter);
  const columns = { ...readMapFile(importOptions.mapFile, cwd), ...parseMaps(importOptions.map ?? []) };

  const input = path.resolve(cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(input);
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${describeFsError(error)}.`);
  }

  const project = await loadProject(cwd, options.config);
  if (project.kind === 'invalid-config') {
    writeReports(reportTargets([], [], cwd), { findings: project.findings, cwd, lines: (name) => project.sources.get(name)?.lines() });
    return EXIT_USAGE;
  }
  const { workspace } = project;
  const outDir = path.resolve(workspace.config.root, importOptions.out ?? 'imported');
  checkDiscoverable(workspace, outDir);
  checkOutFolder(outDir);

  const workbook = isWorkbookFile(input) ? await readWorkbook(bytes) : undefined;
  const bar = progressBar(`import ${path.basename(input)}`);
  const outcome = runImport({
    file: input,
    bytes,
    ...(workbook === undefined ? {} : { workbook }),
    ...(kind === undefined ? {} : { kind }),
    ...(importOptions.sheet === undefined ? {} : { sheet: importOptions.sheet }),
    ...(delimiter === undefined ? {} : { delimiter }),
    columns,
    separator: importOptions.separator ?? ';',
    workspace,
    outDir,
    onProgress: bar.update,
  });
  bar.stop();
  if ('error' in outcome) throw new UsageError(`Cannot import ${file}: ${outcome.error}.`);

  const sources = new Map(workspace.sources);
  sources.set(input, outcome.source);
  const findings = outcome.findings.map((raw) => resolveFinding(raw, raw.severity ?? 'warn', sources)).sort(compareFindings);

  const written: string[] = [];
  if (importOptions.dryRun !== true) {
    for (const edit of outcome.edits) {
      if (hasContent(edit.file, edit.content)) continue;
      writeFileAtomic(edit.file, edit.content);
      written.push(edit.file);
    }
  }

  const report: Omit<ImportReport, 'styles'> = {
    file: input,
    summary: outcome.summary,
    entries: outcome.plan.entries,
    findings,
    dryRun: importOptions.dryRun === true,
    written,
    cwd,
    lines: (name) => sources.get(name)?.lines(),
    verbose: options.verbose,
  };
  writeImportReports(formats, options.outputFile, cwd, report);
  return EXIT_OK;
}

function writeImportReports(formats: string[], files: string[], cwd: string, report: Omit<ImportReport, 'styles'>): void {
  if (files.length > formats.length) throw new UsageError(`${files.length} --output-file options but only ${formats.length} --format; give a --format for each file.`);
  if (formats.length - files.length > 1) throw new UsageError('At most one --format can go to standard output; give the others an --output-file.');
  formats.forEach((format, index) => {
    const formatter = IMPORT_FORMATTERS[format];
    if (formatter === undefined) return;
    const file = files[index];
    if (file === undefined) process.stdout.write(formatter({ ...report, styles: terminalStyles(process.stdout) }));
    else writeFileAtomic(path.resolve(cwd, file), formatter({ ...report, styles: PLAIN_STYLES }));
  });
}

function checkKind(kind: string | undefined): ImportKind | undefined {
  if (kind === undefined) return undefined;
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) throw new UsageError(`Unknown --kind "${kind}". Use one of: ${IMPORT_KINDS.join(', ')}.`);
  return kind as ImportKind;
}

function parseMaps(maps: readonly string[]): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const map of maps) {
    const match = /^([^=]+)=(.+)$/.exec(map);
    if (match === null) throw new UsageError(`Invalid --map "${map}": write it as FIELD=HEADER, such as statement="Skill Statement".`);
    columns[checkField((match[1] as string).trim(), `--map ${map}`)] = (match[2] as string).trim();
  }
  return columns;
}

function readMapFile(file: string | undefined, cwd: string): Record<string, string> {
  if (file === undefined) return {};
  let value: unknown;
  try {
    value = parseYaml(fs.readFileSync(path.resolve(cwd, file), 'utf8'), { schema: 'failsafe' });
  } catch (error) {
    // A YAML error has a code too, and its message goes on to quote the lines around the problem.
    const reason = error instanceof YAMLError ? (error.message.split('\n')[0] ?? '').replace(/:$/, '') : describeFsError(error);
    throw new UsageError(`Cannot read --map-file ${file}: ${reason}.`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`Invalid --map-file ${file}: it must be a mapping of field names to headers, such as statement: Skill Statement.`);
  }
  const columns: Record<string, string> = {};
  for (const [field, header] of Object.entries(value as Record<string, unknown>)) {
    if (typeof header !== 'string' || header.trim() === '') throw new UsageError(`Invalid --map-file ${file}: the header of "${field}" must be text.`);
    columns[checkField(field, `--map-file ${file}`)] = header.trim();
  }
  return columns;
}

function checkField(field: string, where: string): string {
  const known = allSheetFields();
  if (known.includes(field)) return field;
  const plain = known.filter((name) => !name.includes('.'));
  throw new UsageError(`Unknown field "${field}" in ${where}. Fields: ${plain.join(', ')}; a mapping sheet's are competency.FIELD and badge.FIELD.`);
}

/** Rejects an `--out` that is, or lies under, a file, since import creates the folder. */
function checkOutFolder(outDir: string): void {
  for (let folder = outDir; folder !== path.dirname(folder); folder = path.dirname(folder)) {
    if (!fs.existsSync(folder)) continue;
    if (fs.statSync(folder).isDirectory()) return;
    const name = path.relative(process.cwd(), folder);
    throw new UsageError(`--out ${path.relative(process.cwd(), outDir)}: ${name} is a file, not a folder. Give a folder for new definitions.`);
  }
}

/** New definitions must land where lint looks, or a second import would create them again. */
function checkDiscoverable(workspace: Workspace, outDir: string): void {
  const { config } = workspace;
  const kinds = ['competency', 'badge', 'rubric'] as const;
  if (kinds.every((kind) => isDiscovered(config, path.join(outDir, `${pluralKeyOf(kind)}.yaml`)))) return;
  throw new UsageError(
    `--out ${path.relative(process.cwd(), outDir) || '.'}: lint would not read definitions written there (see include and exclude in ${path.basename(config.file)}; node_modules, dist and folders starting with a dot are always left out). Choose a folder inside the repository that include matches.`,
  );
}
