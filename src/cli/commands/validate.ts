/**
 * `badgemap validate FILE…`: check Open Badges JSON files offline and report every finding
 * in the same formats as lint. A badgemap.yaml, when one is found, sets rule severities.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';

import { finishFindings } from '../../engine/finish.js';
import { compareText } from '../../finding.js';
import type { ResolveRule } from '../../openbadges/links.js';
import { validateFiles } from '../../openbadges/validate.js';
import { FORMATTERS } from '../../formatters/registry.js';
import { EXIT_USAGE, UsageError } from '../errors.js';
import { addFailOptions, failPolicy, visibleFindings } from '../failing.js';
import { fileSystemHost } from '../fs-host.js';
import { collect, globalOptions } from '../options.js';
import { findConfigFile, readConfigFile } from '../project.js';
import { reportTargets, underGithubActions, writeReports } from '../report.js';
import { exitCodeFor } from './lint.js';

/** The files a folder argument contributes: Open Badges JSON and NDJSON. */
const JSON_FILE = /\.(json|jsonld|ndjson|jsonl)$/i;

interface ValidateOptions {
  resolve?: string[];
  failSeverity?: string;
  maxWarnings?: string;
  quiet?: boolean;
}

export function registerValidate(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('validate')
    .description('check Open Badges 2.0 and 3.0 JSON files offline (NDJSON record by record)')
    .argument('<files...>', 'JSON or NDJSON files, or folders to search for them')
    .option('--resolve <prefix=dir>', 'read linked documents and contexts whose URL starts with PREFIX from DIR (repeatable)', collect);
  addFailOptions(command).action(async (files: string[], validateOptions: ValidateOptions, command: Command) => {
    setExitCode(await runValidate(files, validateOptions, command));
  });
}

async function runValidate(paths: string[], validateOptions: ValidateOptions, command: Command): Promise<number> {
  const options = globalOptions(command);
  const policy = failPolicy(validateOptions);
  const cwd = process.cwd();
  const targets = reportTargets(options.format, options.outputFile, cwd, FORMATTERS, { command: 'validate', annotate: underGithubActions() });
  const resolve = (validateOptions.resolve ?? []).map((rule) => parseResolveRule(rule, cwd));
  const files = paths.flatMap((target) => inputFiles(cwd, target));

  const config = optionalConfig(cwd, options.config);
  if (config !== undefined && config.kind === 'invalid-config') {
    writeReports(targets, { findings: config.findings, cwd, lines: (file) => config.sources.get(file)?.lines() });
    return EXIT_USAGE;
  }

  const result = await validateFiles(files, { today: options.today, host: fileSystemHost, resolve });
  const findings = finishFindings(result.findings, result.sources, config?.config);
  const { reported, hidden } = visibleFindings(findings, policy);
  const lines = (file: string) => result.sources.get(file)?.lines();
  writeReports(targets, { findings: reported, hidden, files, checked: { files: files.length }, cwd, lines, today: options.reportDate });
  return exitCodeFor(findings, policy);
}

/** `PREFIX=DIR`, split at the first `=` (a URL prefix may not contain one, a folder may). */
export function parseResolveRule(text: string, cwd: string): ResolveRule {
  const separator = text.indexOf('=');
  const prefix = separator < 0 ? '' : text.slice(0, separator);
  const folder = separator < 0 ? '' : text.slice(separator + 1);
  if (prefix === '' || folder === '') {
    throw new UsageError(`Invalid --resolve "${text}": use URL-PREFIX=DIR, such as --resolve https://example.org/badges/=./published.`);
  }
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(prefix)) {
    throw new UsageError(`Invalid --resolve "${text}": "${prefix}" is not a URL prefix; start it with a scheme such as https://.`);
  }

  const absolute = path.resolve(cwd, folder);
  if (!fs.existsSync(absolute) || !fs.statSync(absolute).isDirectory()) {
    throw new UsageError(`Invalid --resolve "${text}": folder not found: ${folder}.`);
  }
  return { prefix, folder: absolute };
}

/** A file argument as given, or the JSON files under a folder argument, sorted. */
function inputFiles(cwd: string, target: string): string[] {
  const absolute = path.resolve(cwd, target);
  if (!fs.existsSync(absolute)) throw new UsageError(`Path not found: ${target}. Check the spelling; validate takes JSON files or folders.`);
  if (!fs.statSync(absolute).isDirectory()) return [absolute];

  const found = listJsonFiles(absolute);
  if (found.length === 0) throw new UsageError(`No .json, .jsonld, .ndjson or .jsonl files found in ${target}.`);
  return found;
}

function listJsonFiles(folder: string): string[] {
  const files: string[] = [];
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...listJsonFiles(full));
    else if (entry.isFile() && JSON_FILE.test(entry.name)) files.push(full);
  }
  return files;
}

/** The config named by --config, else the one found walking up, else none: validate needs no repository. */
function optionalConfig(cwd: string, configOption: string | undefined): ReturnType<typeof readConfigFile> | undefined {
  const file = configOption === undefined ? findConfigFile(cwd) : path.resolve(cwd, configOption);
  return file === undefined ? undefined : readConfigFile(file);
}

