import { formatPath, type PathSegment } from '../finding.js';
import { locate, type Definition } from '../model/types.js';
import { findAllMojibake, guessSingleByte, INVISIBLE_CHARACTERS, NON_BREAKING_SPACES } from './lexicon/characters.js';
import { defineRule, type RuleContext } from './types.js';

/** Fields that hold an id or a reference to one. */
const ID_FIELDS = new Set(['id', 'competency', 'rubric']);
const ID_LISTS = new Set(['competencies', 'prerequisites', 'anyOf', 'distinctFrom']);
/** Short text fields where leading or trailing white space is a mistake, not layout. */
const TRIMMED_FIELDS = new Set(['statement', 'name', 'type', 'level', 'framework', 'code', 'url', 'image', 'achievementType', 'version', 'humanCode']);
const TRIMMED_LISTS = new Set(['tags', 'methods', 'produces', 'by']);
/** Model fields that are not read from the file. */
const SKIPPED_KEYS = new Set(['kind', 'source', 'extensions']);

interface Options {
  allowNonBreakingSpaces: boolean;
}

const MESSAGES = {
  mojibake: '"{field}" contains "{text}", which looks like "{repaired}" saved as UTF-8 and read back as Windows-1252. Replace it with "{repaired}", and check the tool that exported the file.',
  replacement: '"{field}" contains the replacement character U+FFFD at character {index}: text here was lost when bytes that were not UTF-8 were read. Retype it from the source.',
  invisible: '"{field}" contains {name} (U+{code}) at character {index}; it is invisible and makes equal-looking text differ. Remove it.',
  control: '"{field}" contains the control character U+{code} at character {index}. Remove it.',
  singleByte: '"{field}" contains U+{code} at character {index}, a control character left when text in a single-byte encoding is read as Latin-1; it was probably {guess}. Retype it, and check the tool that exported the file.',
  nonBreaking: '"{field}" contains {name} (U+{code}) at character {index}; it looks like a space but does not match one in search, sorting or ids. Use a plain space.',
  edgeWhitespace: '"{field}" has {where} white space: "{value}". Remove it; {why}',
  idLineBreak: '"{field}" contains a line break or tab inside an id: "{value}". Ids are single words or phrases on one line.',
} as const;

type MessageId = keyof typeof MESSAGES;

export const textEncodingRule = defineRule({
  id: 'text-encoding',
  defaultSeverity: 'warn',
  description: 'Mojibake ("Ã©", "â€™"), invisible or control characters, non-breaking spaces, and stray white space around ids and statements.',
  optionsSchema: {
    allowNonBreakingSpaces: {
      type: 'boolean',
      description: 'Accept non-breaking spaces in prose fields such as descriptions (they are still reported in ids and references).',
    },
  },
  defaultOptions: { allowNonBreakingSpaces: false } as Options,
  messages: MESSAGES,
  check(context) {
    for (const definition of context.model.all()) {
      const options = context.optionsFor(definition);
      walk(definition, [], (path, value) => checkText(context, definition, path, value, options));
    }
  },
  docs: {
    finds:
      'In any text of a definition: mojibake, that is UTF-8 text decoded as Windows-1252 or Latin-1 ("Ã©" for "é", "â€™" for "’"), ' +
      'with the repaired text, once for each distinct sequence in a field; C1 control characters left by Mac Roman or Windows-1252 text read as Latin-1, with a guess of the ' +
      'original; the replacement character U+FFFD; invisible characters (zero-width spaces and joiners, soft hyphens, ' +
      'byte order marks, bidirectional controls); control characters; non-breaking spaces. In ids, references, statements, names and ' +
      'other short fields: leading or trailing white space, and line breaks inside ids.',
    why:
      'These characters come from copying out of word processors, PDFs and spreadsheets. They are invisible in review, but they make ' +
      'two equal-looking ids different, break search and de-duplication, and end up in every published badge. Mojibake shows the ' +
      'file went through the wrong encoding once; the rest of the text may be damaged too.',
    failing: {
      description: 'Mojibake in the statement, and a zero-width space at the end of the id.',
      files: {
        'competency.yaml': [
          'kind: competency',
          'id: "resume-write\\u200b"',
          'statement: Writes a rÃ©sumÃ© that fits one page and names three measurable results',
          '',
        ].join('\n'),
      },
    },
    passing: {
      description: 'Clean text.',
      files: {
        'competency.yaml': ['kind: competency', 'id: resume-write', 'statement: Writes a résumé that fits one page and names three measurable results', ''].join('\n'),
      },
    },
    notes:
      'YAML removes white space around plain scalars, and sheet cells are trimmed when read, so edge white space comes from quoted ' +
      'strings. Descriptions and ' +
      'other Markdown may end with a line break. So may a statement or name written as a `>` or `|` block, which YAML ends with ' +
      'one line break (or all of them for `|+`): that break is layout and is not reported, but spaces before it are. In an id the ' +
      'break becomes part of the id, so it is reported, with `>-` or `|-` as the fix. A final line break in a quoted statement is ' +
      'not reported either, because the rule cannot tell it from a block\'s. Set `allowNonBreakingSpaces` for prose in languages that put them before punctuation.',
  },
});

/**
 * Calls `visit` for every string inside a definition, with its data path. The path is one
 * array that the walk changes as it goes, so `visit` must copy it to keep it.
 */
function walk(value: unknown, path: PathSegment[], visit: (path: PathSegment[], value: string) => void): void {
  if (typeof value === 'string') {
    visit(path, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => walkChild(item, path, index, visit));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (path.length === 0 && SKIPPED_KEYS.has(key)) continue;
      walkChild(item, path, key, visit);
    }
  }
}

function walkChild(value: unknown, path: PathSegment[], segment: PathSegment, visit: (path: PathSegment[], value: string) => void): void {
  path.push(segment);
  walk(value, path, visit);
  path.pop();
}

/** Printable ASCII with no white space at either end: nothing this rule could report. */
const PLAIN_TEXT = /^(?:[\x21-\x7e][\x20-\x7e\t\n\r]*[\x21-\x7e]|[\x21-\x7e])?$/;

function checkText(context: RuleContext<Options, MessageId>, definition: Definition, path: PathSegment[], value: string, options: Options): void {
  const role = roleOf(path);
  if (PLAIN_TEXT.test(value) && (role !== 'id' || !/[\t\n\r]/.test(value))) return;
  const field = formatPath(path);
  const location = locate(definition, ...path);
  const extras = { definitionId: definition.id };
  const report = (messageId: MessageId, data: Record<string, string | number>) => context.report(messageId, { field, ...data }, location, extras);

  // One finding per distinct sequence: a repeated one ("rÃ©sumÃ©") has the same fix.
  const mojibake = new Map(findAllMojibake(value).map((run) => [run.text, run.repaired]));
  for (const [text, repaired] of mojibake) report('mojibake', { text, repaired });

  const characters = [...value];
  const found = new Set<string>();
  characters.forEach((character, index) => {
    const code = character.codePointAt(0) as number;
    const at = { index: index + 1, code: code.toString(16).toUpperCase().padStart(4, '0') };
    let messageId: MessageId | undefined;
    let name: string | undefined;
    if (code === 0xfffd) messageId = 'replacement';
    else if (INVISIBLE_CHARACTERS.has(code)) [messageId, name] = ['invisible', INVISIBLE_CHARACTERS.get(code)];
    else if (NON_BREAKING_SPACES.has(code) && (role !== 'prose' || !options.allowNonBreakingSpaces)) [messageId, name] = ['nonBreaking', NON_BREAKING_SPACES.get(code)];
    else if (guessSingleByte(code) !== undefined) [messageId, name] = ['singleByte', guessSingleByte(code)];
    else if (isControl(code)) messageId = 'control';
    // One finding per kind of problem and field; the first place is enough to find the rest.
    if (messageId === undefined || found.has(messageId)) return;
    found.add(messageId);
    report(messageId, { ...at, ...(name === undefined ? {} : messageId === 'singleByte' ? { guess: name } : { name }) });
  });

  if (role === 'prose') return;
  // Non-breaking and other special spaces are reported above, so only ASCII white space counts here.
  // A ">" or "|" block scalar ends in a line break unless written ">-" or "|-". That break is
  // YAML's layout in a statement or name, but in an id it becomes part of the id.
  const body = role === 'short' ? value.replace(/\n+$/, '') : value;
  const leading = /^[ \t\r\n]/.test(body);
  const trailing = /[ \t\r\n]$/.test(body);
  if (leading || trailing) {
    let where = leading ? 'leading' : 'trailing';
    if (leading && trailing) where = 'leading and trailing';
    report('edgeWhitespace', { where, value: JSON.stringify(value).slice(1, -1), why: whyEdgeWhitespace(role, value) });
  } else if (role === 'id' && /[\t\n\r]/.test(value)) {
    report('idLineBreak', { value: JSON.stringify(value).slice(1, -1) });
  }
}

/** Returns why edge white space matters in a field of this role, as the message's last sentences. */
function whyEdgeWhitespace(role: Role, value: string): string {
  if (role !== 'id') return 'it shows in exports and breaks comparisons.';
  const why = 'ids are compared exactly, so this one matches no reference.';
  return value.endsWith('\n') ? `${why} Write a block id as ">-" or "|-", which drops the final line break.` : why;
}

type Role = 'id' | 'short' | 'prose';

function roleOf(path: PathSegment[]): Role {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof last === 'string' && ID_FIELDS.has(last)) return 'id';
  if (typeof last === 'number' && typeof parent === 'string' && ID_LISTS.has(parent)) return 'id';
  if (typeof last === 'string' && TRIMMED_FIELDS.has(last)) return 'short';
  if (typeof last === 'number' && typeof parent === 'string' && TRIMMED_LISTS.has(parent)) return 'short';
  return 'prose';
}

/** C0 control characters other than tab and line breaks, which ids are checked for separately; C1 ones are guessed above. */
function isControl(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return code < 0x20 || code === 0x7f;
}
