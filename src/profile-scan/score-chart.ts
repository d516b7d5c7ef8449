/**
 * The five relative scores as a labelled bar chart, highest first: each row names the profile,
 * draws its share as a bar (d3-shape) on a fixed scale, and gives the percentage. The rows are a
 * table, so the same names and numbers reach screen readers; the bars are decoration.
 */
import { html, svg, type TemplateResult } from 'lit';
import { line } from 'd3-shape';
import type { ProfileId } from '../scoring/index.js';

export interface ChartScore {
  profile: ProfileId;
  name: string;
  /** Share of all points, 0–1. */
  value: number;
  dominant: boolean;
}

const WIDTH = 200;
const HEIGHT = 16;
const bar = line<number>()
  .x((d) => d)
  .y(HEIGHT / 2);

/**
 * The scale ends at 50 %, or at the next 10 % above the top score: the highest bar is not
 * stretched to "full", so a profile with 30 % of the points looks like 30 %.
 */
export const scaleMax = (scores: readonly ChartScore[]): number =>
  Math.max(0.5, Math.ceil(Math.max(...scores.map((s) => s.value)) * 10) / 10);

export function scoreChart(
  scores: readonly ChartScore[],
  labels: { caption: string; profile: string; score: string; highest: string },
  format: (value: number) => string,
): TemplateResult {
  const max = scaleMax(scores);
  const sorted = [...scores].sort((a, b) => b.value - a.value);
  return html`<table class="score-chart">
    <caption class="visually-hidden">${labels.caption}</caption>
    <thead class="visually-hidden">
      <tr>
        <th scope="col">${labels.profile}</th>
        <th scope="col">${labels.score}</th>
      </tr>
    </thead>
    <tbody>
      ${sorted.map(
        (score) => html`<tr class=${score.dominant ? 'dominant' : ''}>
          <th scope="row">
            ${score.name}${score.dominant ? html`${' '}<span class="highest">(${labels.highest})</span>` : ''}
          </th>
          <td>
            <div class="bar-row">
            <span class="bar-value">${format(score.value)}</span>
            <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              ${svg`<path class="track" d=${bar([0, WIDTH]) ?? ''}></path>
                <path class="bar p-${score.profile}" d=${bar([0, Math.max(2, (score.value / max) * WIDTH)]) ?? ''}></path>`}
            </svg>
            </div>
          </td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
