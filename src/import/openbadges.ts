/**
 * Turns Open Badges JSON into badge definitions: 1.0 and 2.0 BadgeClasses, 3.0 Achievements
 * (alone or inside a credential), and OSMT Rich Skill Descriptors into competencies. Every
 * property badgemap has no field for is kept as an `x-` field, so nothing is lost.
 */
import type { Location, RawFinding } from '../finding.js';
import type { Alignment } from '../model/types.js';
import { isAchievementType } from '../openbadges/ob3/vocabulary.js';
import type { JsonSource } from '../source/json-source.js';
import { setOwn } from '../util/json.js';
import { DraftSet, FILLED, type DraftDefinition, type RecordFields } from './drafts.js';
import { importFinding } from './problems.js';
import { alignmentFrom } from './values.js';

type Json = Record<string, unknown>;

/** Properties read into badge fields; any other is kept under `x-<property>`. */
const BADGE_PROPERTIES = new Set(['name', 'description', 'image', 'criteria', 'alignment', 'alignments', 'tags', 'tag', 'achievementType', 'version', 'humanCode', 'inLanguage', '@language']);
const SKILL_PROPERTIES = new Set(['uuid', 'skillName', 'skillStatement', 'keywords', 'alignments']);

const LEGACY_ALIGNMENT_KEYS: Record<string, string> = { name: 'targetName', url: 'targetUrl', description: 'targetDescription' };

export interface JsonImport {
  definitions: DraftDefinition[];
  findings: RawFinding[];
  skipped: number;
}

export function importJson(source: JsonSource): JsonImport {
  const findings: RawFinding[] = [];
  const badges = new DraftSet('badge', findings, true);
  const competencies = new DraftSet('competency', findings, true);
  const firsts = new Map<string, Json>();
  let skipped = 0;

  for (const problem of source.syntaxErrors()) {
    const location = { file: source.file, doc: problem.doc, path: [], range: problem.range };
    // The parser's message is a sentence of its own; the finding adds the full stop.
    findings.push(importFinding('jsonSyntax', { message: problem.message.replace(/\.+$/, '') }, location));
    skipped++;
  }

  source.documents.forEach((document) => {
    const doc = document.doc;
    const location: Location = { file: source.file, doc, path: [] };
    const value = document.value;
    if (!isJson(value)) {
      findings.push(importFinding('skippedDocument', { reason: 'it is not a JSON object' }, location));
      skipped++;
      return;
    }

    const skills = skillsOf(value);
    if (skills !== undefined) {
      for (const skill of skills) addSkill(competencies, skill, doc, location, findings);
      return;
    }

    const achievement = achievementOf(value, findings, location);
    if (achievement === undefined) {
      skipped++;
      return;
    }
    addBadge(badges, achievement, doc, location, findings, firsts);
  });

  return { definitions: [...competencies.finish(), ...badges.finish()], findings, skipped };
}

/** The badge-like object of a document, or `undefined` (reported) when it has none. */
function achievementOf(value: Json, findings: RawFinding[], location: Location): Json | undefined {
  const types = typesOf(value);
  if (types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')) {
    const subject = value.credentialSubject;
    const achievement = isJson(subject) ? subject.achievement : undefined;
    if (isJson(achievement)) return achievement;
    findings.push(importFinding('skippedDocument', { reason: 'the credential holds no achievement' }, location));
    return undefined;
  }
  if (types.includes('Achievement') || types.includes('BadgeClass')) return value;
  if (types.length === 0 && typeof value.name === 'string' && ('criteria' in value || 'image' in value)) return value;

  const what = types.length > 0 ? `its type ${types.join(', ')} is not a badge` : 'it has no type and is not an Open Badges 1.0 BadgeClass';
  findings.push(importFinding('skippedDocument', { reason: what }, location));
  return undefined;
}

function addBadge(set: DraftSet, source: Json, doc: number, location: Location, findings: RawFinding[], firsts: Map<string, Json>): void {
  const name = text(source.name);
  if (name === undefined) {
    findings.push(importFinding('missingField', { field: 'name', hint: '' }, location));
    return;
  }

  // Harvested directories list one badge many times; a record with the same name,
  // description and criteria as an earlier one is merged into it and reported.
  const identity = [name, text(source.description) ?? '', JSON.stringify(source.criteria ?? '')].join('\n');
  const known = set.idOfIdentity(identity);
  const first = firsts.get(identity);
  if (known !== undefined && first !== undefined) {
    const differs = [...new Set([...Object.keys(first), ...Object.keys(source)])].filter((key) => JSON.stringify(first[key]) !== JSON.stringify(source[key]));
    const draft = set.add(known, {}, doc, location);
    const data = { first: (draft.records[0] ?? 0) + 1, differs: differs.length === 0 ? 'nothing' : differs.join(', '), kind: 'badge', id: known };
    findings.push(importFinding('repeatedRecord', data, location, known));
    return;
  }
  firsts.set(identity, source);

  const urlId = idFromUrl(text(source.id));
  const badgeId = urlId !== undefined && !set.ids.isTaken(urlId) ? claim(set, urlId) : set.ids.derive(name, identity);
  if (urlId !== undefined && badgeId !== urlId) reportIdClash(set, urlId, badgeId, location, findings);

  let description = text(source.description);
  if (description === undefined) {
    description = name;
    findings.push(importFinding('fallback', { field: 'description', source: 'name', value: name }, location, badgeId));
  }

  const fields: RecordFields = { name, description, competencies: [] };
  if (description === name && text(source.description) === undefined) fields[FILLED] = ['description'];
  const image = isJson(source.image) ? text(source.image.id) : text(source.image);
  if (image !== undefined) fields.image = image;

  const criteria = criteriaOf(source.criteria);
  if (criteria !== undefined) fields.criteria = criteria;

  const { alignments, rejected, legacy } = alignmentsOf(source.alignment ?? source.alignments);
  if (alignments.length > 0) fields.alignments = alignments;
  if (legacy.size > 0) {
    const keys = [...legacy].sort();
    const data = { plural: keys.length === 1 ? '' : 's', keys: keys.join(', '), fields: keys.map((key) => LEGACY_ALIGNMENT_KEYS[key]).join(', ') };
    findings.push(importFinding('legacyKey', data, location, badgeId));
  }

  const tags = distinctReported(source.tags ?? source.tag, source.tags === undefined ? 'tag' : 'tags', location, badgeId, findings);
  if (tags.length > 0) fields.tags = tags;
  const language = text(source.inLanguage) ?? text(source['@language']);
  if (language !== undefined) fields.language = language;
  for (const key of ['achievementType', 'version', 'humanCode']) {
    const value = text(source[key]);
    if (value !== undefined) fields[key] = value;
  }

  reportLintRejects(fields, badgeId, location, findings);
  keepOthers(fields, source, BADGE_PROPERTIES);
  if (rejected.length > 0) setOwn(fields, 'x-alignment', rejected);
  set.add(badgeId, fields, doc, location, identity);
  findings.push(importFinding('noCompetency', { id: badgeId }, location, badgeId));
}

function addSkill(set: DraftSet, skill: Json, doc: number, location: Location, findings: RawFinding[]): void {
  const statement = text(skill.skillStatement) ?? text(skill.skillName);
  if (statement === undefined) {
    findings.push(importFinding('missingField', { field: 'skillStatement', hint: '' }, location));
    return;
  }
  const uuid = text(skill.uuid);
  const id = uuid !== undefined && !set.ids.isTaken(uuid) ? claim(set, uuid) : set.ids.derive(statement);
  if (uuid !== undefined && id !== uuid) reportIdClash(set, uuid, id, location, findings);

  const fields: Json = { statement };
  const name = text(skill.skillName);
  if (name !== undefined) fields.name = name;

  const tags = distinctReported(skill.keywords, 'keywords', location, id, findings);
  if (tags.length > 0) fields.tags = tags;

  keepOthers(fields, skill, SKILL_PROPERTIES);
  if (Array.isArray(skill.alignments) && skill.alignments.length > 0) setOwn(fields, 'x-alignments', skill.alignments);
  set.add(id, fields, doc, location);
}

/**
 * Reports what lint's export-metadata rule rejects in an imported badge, so the import
 * report explains why the result does not lint clean: Open Badges 3.0 lets an Achievement
 * leave out its image, and an achievementType may lie outside the 3.0 list.
 */
function reportLintRejects(fields: RecordFields, id: string, location: Location, findings: RawFinding[]): void {
  if (fields.image === undefined) findings.push(importFinding('noImage', { id }, location, id));
  const type = fields.achievementType;
  if (typeof type === 'string' && !isAchievementType(type)) findings.push(importFinding('achievementType', { id, value: type }, location, id));
}

/** The skills of a RichSkillCollection, or the document itself when it is one skill. */
function skillsOf(value: Json): Json[] | undefined {
  if (typesOf(value).includes('RichSkillCollection') && Array.isArray(value.skills)) return value.skills.filter(isJson);
  if (typeof value.skillStatement === 'string') return [value];
  return undefined;
}

function criteriaOf(criteria: unknown): Json | undefined {
  if (typeof criteria === 'string') return isHttp(criteria) ? { url: criteria } : { narrative: criteria };
  if (!isJson(criteria)) return undefined;
  const result: Json = {};
  const narrative = text(criteria.narrative);
  if (narrative !== undefined) result.narrative = narrative;
  const url = text(criteria.id);
  if (url !== undefined && isHttp(url)) result.url = url;
  return Object.keys(result).length > 0 ? result : undefined;
}

function alignmentsOf(value: unknown): { alignments: Alignment[]; rejected: unknown[]; legacy: Set<string> } {
  const alignments: Alignment[] = [];
  const rejected: unknown[] = [];
  const legacy = new Set<string>();

  for (const entry of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
    if (!isJson(entry)) {
      rejected.push(entry);
      continue;
    }
    for (const key of Object.keys(LEGACY_ALIGNMENT_KEYS)) if (key in entry) legacy.add(key);
    const alignment = alignmentFrom({
      name: text(entry.targetName) ?? text(entry.name),
      url: text(entry.targetUrl) ?? text(entry.url),
      description: text(entry.targetDescription) ?? text(entry.description),
      framework: text(entry.targetFramework),
      code: text(entry.targetCode),
      targetType: text(entry.targetType),
    });
    if (alignment === undefined) rejected.push(entry);
    else alignments.push(alignment);
  }
  return { alignments, rejected, legacy };
}

/** `https://…/achievements/gold-member-2026.json` → `gold-member-2026`, when that makes a clean id. */
function idFromUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const last = url.replace(/[?#].*$/, '').replace(/\/+$/, '').split(/[/:]/).pop() ?? '';
  const id = last.replace(/\.json$/i, '');
  return /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(id) ? id : undefined;
}

function claim(set: DraftSet, id: string): string {
  set.ids.claim(id, id);
  return id;
}

/** Keeps every property not read into a field under `x-<property>`. */
function keepOthers(fields: Json, source: Json, read: ReadonlySet<string>): void {
  for (const [key, value] of Object.entries(source)) {
    if (read.has(key) || value === undefined) continue;
    setOwn(fields, key.startsWith('x-') ? key : `x-${key}`, value);
  }
}

function typesOf(value: Json): string[] {
  const type = value.type ?? value['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((item): item is string => typeof item === 'string') : [];
}

/** Collects the distinct non-empty texts of a list, trimmed, and reports each repeated one once. */
function distinctReported(value: unknown, property: string, location: Location, id: string, findings: RawFinding[]): string[] {
  const items = (Array.isArray(value) ? value : []).filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
  for (const repeated of new Set(items.filter((item, index) => items.indexOf(item) !== index))) {
    findings.push(importFinding('repeatedItem', { value: repeated, field: property }, location, id));
  }
  return [...new Set(items)];
}

/** Reports a record whose id another, different record already has, and the id it got instead. */
function reportIdClash(set: DraftSet, taken: string, assigned: string, location: Location, findings: RawFinding[]): void {
  const first = set.getFolded(taken)?.records[0];
  const data = { taken, assigned, first: first === undefined ? 'an earlier record' : `record ${first + 1}` };
  findings.push(importFinding('idClash', data, location, assigned));
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function isHttp(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

function isJson(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
