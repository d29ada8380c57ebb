/**
 * The criteria narrative: Markdown generated from what the definitions say a learner must
 * show, so the published criteria and the pathway never disagree.
 */
import type { Model } from '../model/model.js';
import { isGroup, type Badge, type Rubric } from '../model/types.js';
import { capitalise, listNames } from '../util/text.js';

const METHOD_LABELS: Record<string, string> = {
  'reviewer-rubric': 'review against a rubric',
  'hands-on-lab': 'hands-on lab',
  simulation: 'simulation',
  observation: 'observation',
  'live-qa': 'live Q&A',
  'peer-review': 'peer review',
  'multiple-choice-quiz': 'multiple-choice quiz',
  exam: 'exam',
  'self-assessment': 'self-assessment',
};

export interface NarrativeLinks {
  /** The criteria page URL of a badge, for links to prerequisites. */
  criteriaUrl(badge: Badge): string;
}

export function criteriaNarrative(badge: Badge, model: Model, links: NarrativeLinks): string {
  const sections = [
    competencySection(badge, model),
    evidenceSection(badge),
    assessmentSection(badge),
    rubricSection(badge, model),
    prerequisiteSection(badge, model, links),
    badge.criteria?.narrative?.trim() ?? '',
  ];
  return sections.filter((section) => section !== '').join('\n\n');
}

function competencySection(badge: Badge, model: Model): string {
  if (badge.competencies.length === 0) return '';
  const items = badge.competencies.map((id) => {
    const competency = model.get('competency', id);
    return `- ${escapeMarkdown(competency?.statement || id)}`;
  });
  return ['The learner demonstrates each of these competencies:', '', ...items].join('\n');
}

function evidenceSection(badge: Badge): string {
  if (badge.evidence.length === 0) return '';
  const items = badge.evidence.map((evidence) => {
    const optional = evidence.required ? '' : ' (optional)';
    return `- ${capitalise(escapeMarkdown(evidence.type))}${optional}: ${escapeMarkdown(evidence.description)}`;
  });
  return ['Evidence to submit:', '', ...items].join('\n');
}

function assessmentSection(badge: Badge): string {
  const assessment = badge.assessment;
  if (assessment === undefined || (assessment.methods.length === 0 && assessment.reviewers === undefined)) return '';

  const sentences: string[] = [];
  if (assessment.methods.length > 0) {
    const methods = assessment.methods.map((method) => escapeMarkdown(methodLabel(method)));
    sentences.push(`Assessment: ${listNames(methods)}.`);
  }
  if (assessment.reviewers !== undefined) {
    const reviewers = assessment.reviewers === 1 ? 'one reviewer' : `${assessment.reviewers} reviewers`;
    sentences.push(`Each submission is assessed by ${reviewers}.`);
  }
  return sentences.join(' ');
}

/** An assessment method in words, such as "live Q&A" for `live-qa`. */
export function methodLabel(method: string): string {
  // An own-property check, so that a method named like an Object member ("constructor") is not looked up on the prototype.
  return Object.hasOwn(METHOD_LABELS, method) ? (METHOD_LABELS[method] as string) : method.replace(/-/g, ' ');
}

function rubricSection(badge: Badge, model: Model): string {
  if (badge.rubric === undefined) return '';
  const rubric = model.get('rubric', badge.rubric);
  if (rubric === undefined) return '';

  const items = rubric.criteria.map(
    (criterion) => `- ${escapeMarkdown(criterion.name || criterion.description || criterion.id)}`,
  );
  const lines = [`Evidence is scored with the rubric "${escapeMarkdown(rubric.name)}" on these criteria:`, '', ...items];
  const passing = passingRule(rubric);
  if (passing !== '') lines.push('', passing);
  return lines.join('\n');
}

/** The rubric's passing rule as a Markdown sentence, or the empty string when it has none. */
export function passingRule(rubric: Rubric): string {
  const conditions: string[] = [];
  const minimum = rubric.passing?.minimumPoints;
  if (minimum !== undefined) conditions.push(`at least ${minimum} ${minimum === 1 ? 'point' : 'points'} in total`);

  const levelId = rubric.passing?.everyCriterionAtLeast;
  if (levelId !== undefined) {
    const level = rubric.criteria[0]?.levels.find((candidate) => candidate.id === levelId);
    conditions.push(`at least "${escapeMarkdown(level?.name ?? levelId)}" on every criterion`);
  }
  return conditions.length === 0 ? '' : `To pass, a submission needs ${listNames(conditions)}.`;
}

function prerequisiteSection(badge: Badge, model: Model, links: NarrativeLinks): string {
  if (badge.prerequisites.length === 0) return '';

  const link = (id: string): string => {
    const prerequisite = model.get('badge', id);
    if (prerequisite === undefined) return escapeMarkdown(id);
    return `[${escapeMarkdown(prerequisite.name)}](${links.criteriaUrl(prerequisite)})`;
  };
  const items = badge.prerequisites.map((entry) => {
    if (!isGroup(entry)) return `- ${link(entry)}`;
    const count = entry.minimum === 1 ? 'one' : String(entry.minimum);
    return `- at least ${count} of: ${listNames(entry.anyOf.map(link), 'or')}`;
  });
  return ['Earn these badges first:', '', ...items].join('\n');
}

/**
 * Escapes what Markdown would read as formatting, links, HTML or an entity, and what would
 * start a heading or list at the beginning of a line. Other punctuation stays as it is, so
 * that consumers that show the narrative as plain text still read well. Line breaks become
 * spaces because every value is inserted into a single line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]<>~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^(\s*)([#+-]|\d+(?=[.)]))/, (_, space: string, marker: string) =>
      /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
    );
}
