import { css } from 'lit';

export const profileScanStyles = css`
  :host {
    --_loading-height: 28rem;
  }
  .statements {
    list-style: none;
    padding: 0;
    margin: 0;
    counter-reset: statement;
  }
  .statements > li {
    counter-increment: statement;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    margin: 0;
    min-width: 0;
  }
  fieldset.missing {
    border: 2px solid var(--_error);
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
    max-width: 100%;
  }
  legend::before {
    content: counter(statement) '. ';
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  .choices label,
  .units label {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75rem;
    cursor: pointer;
  }
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .missing-note {
    color: var(--_error);
    font-weight: 600;
    margin: 0 0 0.25em;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block: var(--_space);
  }
  progress {
    flex: 1 1 8rem;
    height: 0.75rem;
    accent-color: var(--_accent);
  }
  .units {
    border: none;
    padding: 0;
  }
  .units label {
    display: flex;
  }
  .result-summary {
    font-size: 1.1em;
  }
  figure {
    margin: var(--_space) 0;
    display: grid;
    gap: var(--_space);
    align-items: center;
  }
  @container (min-width: 34rem) {
    figure {
      grid-template-columns: minmax(12rem, 16rem) 1fr;
    }
  }
  svg {
    width: 100%;
    max-width: 16rem;
    height: auto;
    display: block;
  }
  .track {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 0.5;
  }
  .bar {
    fill: var(--il-chart-color, var(--_accent));
    opacity: 0.55;
  }
  .bar.dominant {
    opacity: 1;
  }
  .p-ambitie { fill: var(--il-chart-ambitie, var(--il-chart-color, var(--_accent))); }
  .p-basis { fill: var(--il-chart-basis, var(--il-chart-color, var(--_accent))); }
  .p-employee-journey { fill: var(--il-chart-employee-journey, var(--il-chart-color, var(--_accent))); }
  .p-groei { fill: var(--il-chart-groei, var(--il-chart-color, var(--_accent))); }
  .p-lerende-organisatie { fill: var(--il-chart-lerende-organisatie, var(--il-chart-color, var(--_accent))); }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_border);
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tr.dominant th,
  tr.dominant td {
    font-weight: 700;
  }
  .profile-part h4 {
    margin-top: var(--_space);
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .bar.dominant {
      fill: Highlight;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    fieldset.missing {
      border-color: Mark;
    }
  }
  @media print {
    details > :not(summary) {
      display: block;
    }
  }
`;
