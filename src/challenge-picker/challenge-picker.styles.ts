import { css } from 'lit';

export const challengePickerStyles = css`
  :host {
    --_loading-height: 15rem;
  }
  fieldset {
    border: none;
    padding: 0;
    margin: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    margin-block-end: calc(var(--_space) * 0.5);
    padding: 0;
  }
  .challenges {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .challenge {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
  }
  .challenge.selected {
    border: 2px solid var(--_accent);
    background: var(--_surface);
  }
  .challenge label {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    cursor: pointer;
    min-height: 2.75rem;
    padding-block: 0.4em;
    font-weight: 600;
  }
  input[type='radio'] {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  .challenge details {
    margin: 0 0 0 1.85em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-block: calc(var(--_space) * 0.5);
  }
  th,
  td {
    text-align: start;
    padding: 0.3em 0.4em;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  td.number {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .table-scroll {
    overflow-x: auto;
  }
  @media (forced-colors: active) {
    .challenge.selected {
      border-color: Highlight;
    }
  }
`;
