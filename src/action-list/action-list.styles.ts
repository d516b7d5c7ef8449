import { css } from 'lit';

export const actionListStyles = css`
  :host {
    --_loading-height: 15rem;
  }
  .profile-choice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block: var(--_space);
  }
  .profile-choice select {
    flex: 0 1 auto;
    min-width: 0;
    max-width: 100%;
  }
  .action-cards {
    padding: 0;
    margin: 0;
    list-style: none;
    display: grid;
    gap: var(--_space);
  }
  .rank {
    display: inline-flex;
    justify-content: center;
    align-items: center;
    min-width: 2em;
    height: 2em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    margin-inline-end: 0.5em;
    flex: none;
  }
  .card h3 {
    display: flex;
    align-items: flex-start;
    gap: 0.25em;
    font-size: 1.1em;
  }
  /* A quiet mark, explained once above the list. */
  .highlight {
    font-size: 0.9em;
    color: var(--_highlight);
    margin: -0.25em 0 0.5em;
  }
  .highlight-note {
    font-size: 0.9em;
  }
  .steps {
    padding-inline-start: 1.25em;
  }
  .steps li {
    margin-block-end: 0.5em;
  }
  .panel h4 {
    margin-block: var(--_space) 0.25em;
  }
  .plan-mark {
    margin-top: calc(var(--_space) * 0.5);
    padding-top: calc(var(--_space) * 0.5);
    border-top: 1px dashed var(--_border);
  }
  .plan-mark .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75rem;
    cursor: pointer;
    font-weight: 600;
  }
  .plan-mark input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .plan-note {
    display: grid;
    gap: 0.25em;
  }
  .plan-note input,
  .share-fallback input {
    width: 100%;
    font: inherit;
    padding: 0.4em;
  }
  @media (forced-colors: active) {
    .rank {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
  .plan ul {
    padding-inline-start: 1.25em;
  }
  @media print {
    .panel[hidden] {
      display: block !important;
    }
    .card {
      break-inside: avoid;
      border: 1px solid #000;
    }
    .rank {
      border: 1px solid #000;
      color: #000;
      background: none;
    }
  }
  .example-list {
    list-style: none;
    padding: 0;
    margin-block: 0;
  }
  /* A case from practice, set apart from the action's own advice. */
  .example-list li {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.75em;
    margin-block: var(--_space);
  }
  .example-list h4 {
    font-size: 1em;
    margin-block: 0 0.25em;
  }
  .example-list p {
    margin-block: 0.25em;
  }
  .examples .source {
    font-size: 0.9em;
  }
`;
