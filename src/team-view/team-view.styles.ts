import { css } from 'lit';

export const teamViewStyles = css`
  :host {
    --_loading-height: 12rem;
  }
  textarea,
  input[type='text'],
  input[readonly] {
    font: inherit;
    width: 100%;
    padding: 0.4em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_background);
    color: var(--_text);
  }
  label {
    display: block;
    font-weight: 600;
    margin-block: 0.5em 0.25em;
  }
  .tie-choice label,
  .people label {
    font-weight: normal;
  }
  .tie-choice {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .tie-choice legend {
    font-weight: 600;
  }
  .table-scroll {
    overflow-x: auto;
    margin-block: var(--_space);
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  th,
  td {
    text-align: start;
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.top {
    font-weight: 700;
  }
  .team-col {
    background: var(--_surface);
  }
  .team-profile {
    font-size: 1.1em;
    font-weight: 600;
  }
  .split {
    padding-inline-start: 1.5em;
  }
  .split li {
    margin-block-end: 0.5em;
  }
  .split li span {
    display: block;
  }
  .people ul {
    list-style: none;
    padding: 0;
  }
  .people li {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .people li label {
    flex: 1 1 12rem;
  }
  .error {
    color: var(--_error);
  }
  code {
    overflow-wrap: anywhere;
  }
`;
