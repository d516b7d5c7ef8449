/**
 * The profile shares per quarter as a line chart: one line per profile (d3-shape), with its own
 * colour, dash pattern and marker shape so the lines stay apart without colour too (forced
 * colours, grey print). Hidden quarters are hatched and break the lines. The chart is one image
 * for assistive technology; the table next to it holds the same numbers.
 */
import { line, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { html, svg, type TemplateResult } from 'lit';

import type { QuarterCell } from './aggregates.ts';

/** Marker shapes, one per profile in the instrument's order. */
const SHAPES: readonly SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross];

/** The marker of the profile at this position, as an SVG path. */
export const markerPath = (index: number, size = 48): string =>
  symbol(SHAPES[index % SHAPES.length]!, size)() ?? '';

const HEIGHT = 300;
const MARGIN = { top: 12, right: 16, bottom: 36, left: 48 };
/** Room one quarter label needs, in pixels. */
const LABEL_WIDTH = 64;

/**
 * The top of the scale: the next 10 % above the highest share (at least 20 %), so lines that all
 * lie between 10 and 30 % are not pressed together at the bottom. The scale always starts at 0.
 */
export function scaleTop(quarters: readonly QuarterCell[]): number {
  const shares = quarters.flatMap((cell) => Object.values(cell.profiles ?? {}));
  return Math.min(1, Math.max(0.2, Math.ceil(Math.max(0, ...shares) * 10 - 1e-9) / 10));
}

/** Grid lines every 10 % up to 50 %, every 20 % above. */
function ticks(top: number): number[] {
  const step = top <= 0.5 ? 0.1 : 0.2;
  return Array.from({ length: Math.floor(top / step + 1e-9) + 1 }, (_, i) => Math.round(i * step * 10) / 10);
}

/** What the chart draws. */
export interface ProfileChartInput {
  quarters: readonly QuarterCell[];
  profileIds: readonly string[];
  /** Width of the room the chart has, in CSS pixels. */
  width: number;
  label: string;
  quarterName: (quarter: string) => string;
  percent: (share: number) => string;
}

/** The chart as an SVG image. */
export function profileChart(input: ProfileChartInput): TemplateResult {
  const { quarters, profileIds, label } = input;
  const width = Math.max(260, Math.round(input.width));
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = plotWidth / Math.max(1, quarters.length);
  const x = (index: number) => MARGIN.left + (index + 0.5) * step;
  const top = scaleTop(quarters);
  const y = (share: number) => MARGIN.top + (1 - share / top) * plotHeight;
  // Label every quarter when there is room, else every second, third, … (always the last one).
  const every = Math.max(1, Math.ceil(LABEL_WIDTH / step));
  const labelled = (index: number) => (quarters.length - 1 - index) % every === 0;

  return html`<svg
    class="profile-chart"
    role="img"
    aria-label=${label}
    width=${width}
    height=${HEIGHT}
    viewBox="0 0 ${width} ${HEIGHT}"
  >
    ${svg`
      <defs>
        <pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line class="hatch-line" x1="0" y1="0" x2="0" y2="8"></line>
        </pattern>
      </defs>
      ${quarters.map((cell, index) =>
        cell.suppressed
          ? svg`<rect class="hidden-quarter" fill="url(#hatch)" x=${x(index) - step / 2} y=${MARGIN.top} width=${step} height=${plotHeight}></rect>`
          : null,
      )}
      ${ticks(top).map(
        (tick) => svg`<line class="grid" x1=${MARGIN.left} x2=${width - MARGIN.right} y1=${y(tick)} y2=${y(tick)}></line>
          <text class="tick" x=${MARGIN.left - 6} y=${y(tick)} dy="0.32em" text-anchor="end">${input.percent(tick)}</text>`,
      )}
      ${quarters.map((cell, index) =>
        labelled(index)
          ? svg`<text class="tick" x=${x(index)} y=${HEIGHT - MARGIN.bottom + 20} text-anchor="middle">${input.quarterName(cell.quarter)}</text>`
          : null,
      )}
      ${profileIds.map((id, profileIndex) => {
        const share = (cell: QuarterCell) => cell.profiles?.[id] ?? 0;
        const path = line<QuarterCell>()
          .defined((cell) => !cell.suppressed && cell.profiles !== null)
          .x((_, index) => x(index))
          .y((cell) => y(share(cell)))(quarters as QuarterCell[]);
        return svg`<g class="series p-${id}">
          <path class="line" d=${path ?? ''}></path>
          ${quarters.map((cell, index) =>
            cell.suppressed
              ? null
              : svg`<path class="marker" transform="translate(${x(index)},${y(share(cell))})" d=${markerPath(profileIndex)}></path>`,
          )}
        </g>`;
      })}
    `}
  </svg>`;
}
