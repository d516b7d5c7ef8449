/**
 * The five relative scores as a radial chart: one sector per profile, its length the score.
 * Loaded only when a result is shown. Decorative for assistive technology: the same numbers
 * are in the table next to it.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { arc } from 'd3-shape';
import type { ProfileId } from '../scoring/index.js';

export interface ChartScore {
  profile: ProfileId;
  value: number;
  dominant: boolean;
}

const SIZE = 240;
const INNER = 26;
const OUTER = 116;

export function scoreChart(scores: readonly ChartScore[]): SVGTemplateResult {
  const slice = (2 * Math.PI) / scores.length;
  const max = Math.max(...scores.map((s) => s.value)) || 1;
  const sector = arc<{ start: number; outer: number }>()
    .innerRadius(INNER)
    .outerRadius((d) => d.outer)
    .startAngle((d) => d.start)
    .endAngle((d) => d.start + slice)
    .padAngle(0.05)
    .cornerRadius(3);
  return svg`<svg viewBox="${-SIZE / 2} ${-SIZE / 2} ${SIZE} ${SIZE}" aria-hidden="true" focusable="false">
    ${scores.map((score, i) => {
      const start = i * slice;
      const outer = INNER + (OUTER - INNER) * (score.value / max);
      return svg`<path class="track" d=${sector({ start, outer: OUTER }) ?? ''}></path>
        <path class="bar p-${score.profile} ${score.dominant ? 'dominant' : ''}" d=${sector({ start, outer }) ?? ''}></path>`;
    })}
  </svg>`;
}
