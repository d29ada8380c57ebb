import { defineRule } from './types.js';

/**
 * Reported by the engine after suppression, not by a `check`: a directive can only be judged
 * once every other rule has run and every finding has its line.
 */
export const unusedDirectiveRule = defineRule({
  id: 'unused-directive',
  defaultSeverity: 'warn',
  description: 'A suppression comment that silences nothing, names an unknown rule, or cannot be read.',
  defaultOptions: {},
  messages: {
    unusedRule: 'This directive silences no "{rule}" finding on the next line; remove "{rule}" from it.',
    unusedRuleFile: 'This directive silences no "{rule}" finding in the file; remove "{rule}" from it.',
    unusedAll: 'This directive silences no finding on the next line; remove it.',
    unusedFile: 'This directive silences no finding in the file; remove it.',
    unknownRule: 'Unknown rule "{rule}" in a suppression directive.{hint}',
    cannotSilence: '"{rule}" findings cannot be silenced by a comment; fix them, or set the rule in badgemap.yaml.',
    unknownDirective: 'Unknown directive "{name}".{hint}',
    badRuleList: 'Cannot read the rule list "{list}": separate rule ids with commas, and put a reason after " -- ".',
  },
  docs: {
    finds:
      'A `# badgemap-disable-next-line` or `# badgemap-disable-file` comment that silences no finding, a rule id in one that no rule has, ' +
      'a comment that starts like a directive but is not one (`# badgemap-disable-line`), and a rule list that cannot be read.',
    why:
      'A directive outlives the problem it was written for. Once the statement is fixed or the rule changes, the comment only hides the next ' +
      'real finding on that line. Reporting it keeps every suppression in the repository deliberate.',
    failing: {
      description: 'The statement already starts with an observable verb, so the directive silences nothing.',
      files: {
        'competencies.yaml': [
          'competencies:',
          '  # badgemap-disable-next-line measurable-verb -- legacy wording kept for the accreditor',
          '  - id: sql-detect',
          '    statement: Detects SQL injection flaws in a sample web application',
          '',
        ].join('\n'),
      },
    },
    passing: {
      description: 'The directive silences the finding of the statement on the line after it.',
      files: {
        'competencies.yaml': [
          'competencies:',
          '  - id: sql-basics',
          '    # badgemap-disable-next-line measurable-verb -- legacy wording kept for the accreditor',
          '    statement: Understands how SQL injection works in a web application',
          '',
        ].join('\n'),
      },
    },
    notes:
      'Findings of `config` and of this rule cannot be silenced by a comment. Turn the rule off, or down to `info`, in `badgemap.yaml` ' +
      'under `rules` or `overrides`.',
  },
});
