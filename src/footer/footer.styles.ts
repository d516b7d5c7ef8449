import { css } from 'lit';

export const footerStyles = css`
  :host {
    margin-top: calc(var(--_space) * 1.5);
    padding-top: calc(var(--_space) * 0.5);
    border-top: 1px solid var(--_border);
    font-size: 0.9em;
    background: transparent;
  }
  .file {
    display: inline-grid;
    gap: 0.25em;
  }
  .file input {
    font: inherit;
    max-width: 100%;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .error {
    color: var(--_error);
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
