// One colour per finding class, the same wherever a verdict shows; dark shades, so a small label on its
// light background stays readable (WCAG AA contrast).
import type { VerdictCode } from '../../../../assessments/model/audit';

export const verdictColours: Record<VerdictCode, string> = {
  conforming: '#0b5e4a',
  'major-nonconformity': '#a61e1e',
  'minor-nonconformity': '#a63c06',
  observation: '#1c4f9c',
  'improvement-opportunity': '#7b2a8c',
  'good-practice': '#256b2f',
};
