import { css } from 'lit';

/**
 * Styles every element shares. All theming goes through the --il-* custom properties
 * (documented on each element) and ::part; nothing here reaches outside the shadow root.
 */
export const baseStyles = css`
  :host {
    --_text: var(--il-color-text, CanvasText);
    --_background: var(--il-color-background, Canvas);
    --_surface: var(--il-color-surface, color-mix(in srgb, var(--_text) 4%, var(--_background)));
    --_muted: var(--il-color-muted, color-mix(in srgb, var(--_text) 72%, var(--_background)));
    --_border: var(--il-color-border, color-mix(in srgb, var(--_text) 45%, var(--_background)));
    --_accent: var(--il-color-accent, #1d5f8a);
    --_on-accent: var(--il-color-on-accent, #ffffff);
    --_highlight: var(--il-color-highlight, #8a4b00);
    --_error: var(--il-color-error, #b3261e);
    --_radius: var(--il-radius, 0.5rem);
    --_space: var(--il-space, 1rem);
    --_focus: var(--il-focus-ring, 3px solid var(--_accent));

    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--il-font-family, inherit);
    font-size: var(--il-font-size, 1rem);
    line-height: 1.5;
    overflow-wrap: break-word;
    /* Inherited text properties a host page may set: reset so the widget stays readable. */
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    text-shadow: none;
    visibility: visible;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.2em;
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  :focus-visible,
  [tabindex='-1']:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button,
  select {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    cursor: pointer;
    margin: 0;
    text-transform: none;
    letter-spacing: normal;
    width: auto;
    line-height: 1.3;
  }
  button {
    background: var(--_background);
    color: var(--_accent);
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  select {
    background: var(--_background);
    color: var(--_text);
    border-color: var(--_border);
  }
  a {
    color: var(--_accent);
  }
  button.link {
    border: none;
    background: none;
    padding: 0.25em 0;
    min-height: 0;
    text-decoration: underline;
    color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin-block: var(--_space);
  }
  details {
    margin-block: calc(var(--_space) * 0.5);
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    padding-block: 0.25em;
  }
  details > :not(summary) {
    margin-inline-start: calc(var(--_space) * 0.75);
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  .muted {
    color: var(--_muted);
  }
  .step-indicator {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
    margin: 0 0 0.25em;
  }
  .confirm {
    border-inline-start: 4px solid var(--_accent);
    padding: calc(var(--_space) * 0.5) var(--_space);
    background: var(--_surface);
  }
  .confirm .actions {
    margin-block: calc(var(--_space) * 0.5) 0;
  }
  .notice {
    border-inline-start: 4px solid var(--_accent);
    padding: calc(var(--_space) * 0.5) var(--_space);
    background: var(--_surface);
    margin-block: var(--_space);
  }
  .notice.error {
    border-color: var(--_error);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* While content loads, keep about the height the step will have, so the page below does not jump. */
  .loading,
  .placeholder {
    min-height: var(--_loading-height, 12rem);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    button,
    select {
      border: 2px solid ButtonText;
    }
    button.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    :focus-visible {
      outline: 3px solid Highlight;
    }
    .notice,
    .card {
      border: 1px solid CanvasText;
    }
  }
  .print-report {
    display: none;
  }
  @media print {
    button,
    select,
    .no-print,
    informeel-leren-footer,
    .print-replaced {
      display: none !important;
    }
    .print-report {
      display: block;
    }
    /* The space held for the screens (by the host's CSS or ours) is not needed on paper. */
    :host {
      min-height: 0 !important;
    }
    :host {
      color: #000;
      background: #fff;
    }
  }
`;
