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
  /* The statement sits inside its box, however many lines it takes (a legend straddles the border). */
  .statements legend {
    float: inline-start;
    width: 100%;
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 600;
  }
  .statements legend + * {
    clear: both;
  }
  .statements legend::before {
    content: counter(statement) '. ';
  }
  .units legend {
    font-weight: 600;
    padding: 0;
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
