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
});
