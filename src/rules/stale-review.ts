import { isCalendarDate } from '../load/definitions.js';
import { hadInvalidValue, KIND_LABELS, locate, locateKey } from '../model/types.js';
import { addMonths, daysBetween } from '../util/dates.js';
import { plural } from '../util/text.js';
import { defineRule } from './types.js';

export const staleReviewRule = defineRule({
  id: 'stale-review',
  defaultSeverity: 'warn',
  description: 'A definition whose last review is older than its review cadence, or dated after today.',
  optionsSchema: {
    requireReview: {
      type: 'boolean',
      description: 'Also report definitions that have no review record (default false).',
    },
  },
  defaultOptions: { requireReview: false },
  messages: {
    stale: 'Last reviewed on {last}; with a {cadence}-month cadence the next review was due on {due}, {days} before {today}. Review the {kind} and update review.last.',
    future: 'The review date {last} is after today ({today}). Record the date the review took place.',
    noDate: 'The review record has no "last" date, so its age cannot be checked. Add last: YYYY-MM-DD.',
    missing: '{kind} "{id}" has no review record. Add review: { last: YYYY-MM-DD } after its next review.',
  },
  check(context) {
    const { today } = context;
    for (const definition of context.model.all()) {
      const extras = { definitionId: definition.id };
      const kind = KIND_LABELS[definition.kind];
      const review = definition.review;

      if (review === undefined) {
        if (context.optionsFor(definition).requireReview) context.report('missing', { kind, id: definition.id }, locate(definition, 'id'), extras);
        continue;
      }
      const last = review.last;
      if (last === undefined) {
        if (!hadInvalidValue(definition, 'review', 'last')) context.report('noDate', {}, locateKey(definition, 'review'), extras);
        continue;
      }
      // An impossible date is already a schema finding.
      if (!isCalendarDate(last)) continue;

      if (last > today) {
        context.report('future', { last, today }, locate(definition, 'review', 'last'), extras);
        continue;
      }
      const cadence = review.cadenceMonths ?? context.config.review.cadenceMonths;
      if (cadence === undefined) continue;
      const due = addMonths(last, cadence);
      if (due >= today) continue;
      const data = { last, cadence, due, days: plural(daysBetween(due, today), 'day'), today, kind: kind.toLowerCase() };
      context.report('stale', data, locate(definition, 'review', 'last'), extras);
    }
  },
  docs: {
    finds:
      'A competency, badge, rubric or module whose `review.last` plus its review cadence lies before today, where the cadence is the ' +
      'definition\'s `review.cadenceMonths`, else the config\'s `review.cadenceMonths`. Also a review date after today, and a review ' +
      'record without a date. Today is `--today` when given, else the current date in UTC.',
    why:
      'Employer expectations and tools drift. A badge whose competencies nobody has looked at for years may certify practices the ' +
      'field has left behind; a review cadence makes the program say how old is too old, and this rule holds it to it.',
    failing: {
      description: 'Reviewed on 2024-05-01 with a 12-month cadence; today is 2026-12-04.',
      files: {
        'competency.yaml': [
          'kind: competency',
          'id: tls-configure',
          'statement: Configures TLS on a web server so that it scores an A on a public TLS test',
          'review: { last: 2024-05-01, cadenceMonths: 12, by: [security-sme] }',
          '',
        ].join('\n'),
      },
    },
    passing: {
      description: 'Reviewed within the last twelve months.',
      files: {
        'competency.yaml': [
          'kind: competency',
          'id: tls-configure',
          'statement: Configures TLS on a web server so that it scores an A on a public TLS test',
          'review: { last: 2026-03-01, cadenceMonths: 12, by: [security-sme] }',
          '',
        ].join('\n'),
      },
    },
    notes:
      'Give `--today` in CI and in tests, so that a report does not change from one day to the next. Months are calendar months: a ' +
      'review on 31 January with a one-month cadence is due on 28 (or 29) February. A definition without a cadence, in its review ' +
      'or in the config, is only checked for a future date.',
  },
});
