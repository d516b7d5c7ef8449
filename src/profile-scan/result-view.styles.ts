import { css } from 'lit';

/** The result, the chart, the tie choice, the comparison and the reminder: adopted when the result's code arrives. */
export const resultStyles = css`
  .result-summary {
    font-size: 1.1em;
  }
  figure {
    margin: var(--_space) 0;
  }
  .score-chart {
    border-collapse: collapse;
    width: 100%;
    table-layout: fixed;
  }
  .score-chart th,
  .score-chart td {
    text-align: start;
    vertical-align: middle;
    padding: 0.4em 0.5em 0.4em 0;
    border-bottom: 1px solid var(--_border);
    font-weight: normal;
  }
  .score-chart th {
    width: 45%;
  }
  .score-chart .bar-row {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .bar-value {
    flex: 0 0 3.2em;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .score-chart svg {
    flex: 1 1 0;
    width: 0;
    min-width: 2.5rem;
    height: 16px;
    display: block;
  }
  .score-chart tr.dominant th,
  .score-chart tr.dominant .bar-value {
    font-weight: 700;
  }
  .highest {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: normal;
  }
  .track {
    stroke: var(--_surface);
    stroke-width: 16;
    fill: none;
  }
  .bar {
    stroke: var(--il-chart-color, var(--_accent));
    stroke-width: 16;
    fill: none;
    opacity: 0.55;
  }
  .dominant .bar {
    opacity: 1;
  }
  .p-ambitie { stroke: var(--il-chart-ambitie, var(--il-chart-color, var(--_accent))); }
  .p-basis { stroke: var(--il-chart-basis, var(--il-chart-color, var(--_accent))); }
  .p-employee-journey { stroke: var(--il-chart-employee-journey, var(--il-chart-color, var(--_accent))); }
  .p-groei { stroke: var(--il-chart-groei, var(--il-chart-color, var(--_accent))); }
  .p-lerende-organisatie { stroke: var(--il-chart-lerende-organisatie, var(--il-chart-color, var(--_accent))); }
  .tie-choice {
    display: grid;
    gap: 0.5em;
  }
  .tie-choice legend {
    font-weight: 700;
    font-size: 1.1em;
    padding: 0 0.25em;
  }
  .tie-option {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    cursor: pointer;
  }
  .tie-option input {
    margin-top: 0.2em;
    flex: none;
  }
  .comparison {
    border-collapse: collapse;
    width: 100%;
    margin-block: calc(var(--_space) * 0.5);
  }
  .comparison caption {
    text-align: start;
    font-weight: 600;
  }
  .comparison th,
  .comparison td {
    text-align: start;
    padding: 0.3em 0.5em 0.3em 0;
    border-bottom: 1px solid var(--_border);
    font-weight: normal;
  }
  .comparison td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .changed {
    padding-inline-start: 1.25em;
  }
  .changed li {
    margin-block-end: 0.4em;
  }
  .change-mark {
    display: inline-block;
    font-weight: 600;
    margin-inline-end: 0.4em;
  }
  .history,
  .reminder {
    margin-block: var(--_space);
  }
  .history label,
  .reminder label {
    display: block;
    margin-block-end: 0.25em;
  }
  .profile-part h4 {
    margin-top: var(--_space);
  }
  @media (forced-colors: active) {
    .bar {
      stroke: CanvasText;
      opacity: 1;
    }
    .dominant .bar {
      stroke: Highlight;
    }
    .track {
      stroke: Canvas;
    }
  }
`;
