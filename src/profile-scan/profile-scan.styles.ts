import { css } from 'lit';

/** The scan's screens before the result (the result's own styles come with its code: result-view.styles.ts). */
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
  @media (forced-colors: active) {
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
