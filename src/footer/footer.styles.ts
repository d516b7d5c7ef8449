import { css } from 'lit';

export const footerStyles = css`
  :host {
    margin-top: calc(var(--_space) * 1.5);
    padding-top: calc(var(--_space) * 0.5);
    border-top: 1px solid var(--_border);
    font-size: 0.9em;
    background: transparent;
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
