import { lines, REVIEW_RUBRIC } from './examples.js';
import { defineRule } from './types.js';

export interface CalibrationOptions {
  /** Alpha at or above this is reliable. */
  reliable: number;
  /** Alpha at or above this, and below `reliable`, supports tentative conclusions only. */
  tentative: number;
}

/**
 * Reported by `calibrate` on each rubric criterion whose reviewers agree too little. The
 * default thresholds are the conventional cut-offs for Krippendorff's alpha: rely on
 * α ≥ .800, draw tentative conclusions from .667 ≤ α < .800, and do not rely on less.
 */
export const calibrationRule = defineRule<CalibrationOptions, 'unreliable' | 'tentative' | 'notComputable'>({
  id: 'calibration',
  defaultSeverity: 'warn',
  description: 'A rubric criterion whose reviewers agree too little (Krippendorff alpha) to rely on its scores.',
  optionsSchema: {
    reliable: { type: 'number', minimum: 0, maximum: 1, description: 'Alpha at or above this is reliable; default 0.8.' },
    tentative: { type: 'number', minimum: 0, maximum: 1, description: 'Alpha at or above this is tentative; default 0.667.' },
  },
  defaultOptions: { reliable: 0.8, tentative: 0.667 },
  messages: {
    unreliable:
      'Reviewers agree too little on criterion "{criterion}" of rubric "{rubric}": alpha {alpha} is below {tentative}, so its scores are not reliable. Discuss {submissions} in the next calibration session.',
    tentative:
      'Agreement on criterion "{criterion}" of rubric "{rubric}" is tentative: alpha {alpha} is below {reliable}. Discuss {submissions} in the next calibration session.',
    notComputable: 'Agreement on criterion "{criterion}" of rubric "{rubric}" cannot be computed: {reason}.',
  },
  docs: {
    finds:
      'A rubric criterion whose reviewers agree too little, by Krippendorff\'s alpha over the scores given to `badgemap calibrate`: ' +
      'below 0.667 a warning, from 0.667 up to 0.800 information, with the submissions that disagree most listed for the next ' +
      'calibration session. Also a criterion whose agreement cannot be computed, such as one no submission was scored on twice.',
    why:
      'A rubric is only as good as the agreement between the people who apply it. Where reviewers disagree, the badge depends on ' +
      'who assessed the learner, and the criterion\'s levels or descriptors need work.',
    failing: {
      description: 'Two reviewers score four submissions and rarely agree.',
      command: 'badgemap calibrate scores.csv',
      files: {
        'rubric.yaml': REVIEW_RUBRIC,
        'scores.csv': lines(
          'Submission,Reviewer,Criterion,Level',
          's1,ana,clarity,not-yet',
          's1,ben,clarity,exceeds',
          's2,ana,clarity,meets',
          's2,ben,clarity,not-yet',
          's3,ana,clarity,exceeds',
          's3,ben,clarity,meets',
          's4,ana,clarity,meets',
          's4,ben,clarity,not-yet',
        ),
      },
    },
    passing: {
      description: 'The same submissions, scored alike.',
      command: 'badgemap calibrate scores.csv',
      files: {
        'rubric.yaml': REVIEW_RUBRIC,
        'scores.csv': lines(
          'Submission,Reviewer,Criterion,Level',
          's1,ana,clarity,not-yet',
          's1,ben,clarity,not-yet',
          's2,ana,clarity,meets',
          's2,ben,clarity,meets',
          's3,ana,clarity,exceeds',
          's3,ben,clarity,exceeds',
          's4,ana,clarity,meets',
          's4,ben,clarity,meets',
        ),
      },
    },
  },
});
