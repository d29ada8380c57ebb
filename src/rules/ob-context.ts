import { ACHIEVEMENT_START, lines } from './examples.js';
import { defineRule } from './types.js';

/**
 * Reported by `validate` and export's own check: what JSON-LD processing would lose. A 3.0
 * document is expanded in safe mode with the contexts npm packages ship. In a 2.0 document,
 * every property and type is looked up in the list of 2.0 terms and the document's own contexts.
 */
export const obContextRule = defineRule({
  id: 'ob-context',
  defaultSeverity: 'error',
  description: 'A property, type or id that JSON-LD expansion would drop or make relative, or a context badgemap cannot load offline.',
  defaultOptions: {},
  messages: {
    unknownContext: 'Context "{url}" is not shipped with badgemap and is never fetched, so the terms of this document cannot be checked. Pass --resolve {prefix}=DIR to read it from a folder.',
    unreadableContext: 'Cannot read context "{url}" from {file}: {reason}.',
    droppedTerm: 'Property "{term}" is not defined by the document\'s contexts, so JSON-LD expansion drops it.{hint}',
    relativeType: 'Type "{value}" is not defined by the document\'s contexts, so JSON-LD expansion turns it into a relative IRI.',
    relativeId: '"{value}" is not an absolute IRI, so JSON-LD expansion resolves it against wherever the document is read from. Use a full URL, a urn: or a did: identifier.',
    dropped: 'JSON-LD expansion drops this value: {reason}.',
    failed: 'JSON-LD expansion failed: {reason}.',
    olderContext: 'Context "{url}" is Open Badges {version}; the current 3.0 context is "{current}".',
    ob2Term: 'Property "{term}" is not an Open Badges 2.0 term and no context of the document defines it, so JSON-LD processors drop it.{hint}',
    ob2Type: 'Type "{value}" is neither an Open Badges 2.0 class nor defined by the document\'s contexts.{hint}',
  },
  docs: {
    finds:
      'A term that JSON-LD expansion would drop or turn into a relative IRI: a property or type that no context of the document ' +
      'defines ("tags" instead of "tag"), a relative id, a value expansion cannot keep, a context badgemap does not ship and will not ' +
      'fetch, and an older Open Badges 3.0 context. For 2.0 documents, a property or type outside the 2.0 vocabulary.',
    why:
      'Open Badges 3.0 credentials are JSON-LD. A property the contexts do not define looks fine in the JSON but vanishes when a ' +
      'verifier expands the document, so data the issuer meant to publish is silently lost, and signatures over the expanded form ' +
      'do not cover it.',
    failing: {
      description: '"tags" is not a term of the Open Badges 3.0 context.',
      command: 'badgemap validate triage.json',
      files: { 'triage.json': lines(...ACHIEVEMENT_START, '  "tags": ["security"]', '}') },
    },
    passing: {
      description: 'The term the context defines is "tag".',
      command: 'badgemap validate triage.json',
      files: { 'triage.json': lines(...ACHIEVEMENT_START, '  "tag": ["security"]', '}') },
    },
    notes: 'Contexts are read from the npm packages badgemap ships with, or from a folder given with `--resolve`; nothing is fetched.',
  },
});
