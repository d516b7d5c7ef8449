import { css } from 'lit';

/**
 * The dashboard's styles, adopted as a constructed stylesheet (allowed under style-src 'self':
 * no <style> element, no style attribute). System colours first, so forced-colours mode and
 * dark mode keep working; the profile colours are the only fixed ones.
 */
export const dashboardStyles = css`
  :host {
    --text: CanvasText;
    --background: Canvas;
    --muted: color-mix(in srgb, CanvasText 72%, Canvas);
    --border: color-mix(in srgb, CanvasText 40%, Canvas);
    --surface: color-mix(in srgb, CanvasText 5%, Canvas);
    --accent: #1d5f8a;
    --error: #b3261e;
    --space: 1rem;
    --radius: 0.5rem;
    --p-ambitie: #0b5fa5;
    --p-basis: #b45309;
    --p-employee-journey: #047857;
    --p-groei: #a3246f;
    --p-lerende-organisatie: #5b4aa6;

    display: block;
    color: var(--text);
    background: var(--background);
    font: 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    overflow-wrap: break-word;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .page {
    container-type: inline-size;
    max-width: 72rem;
    margin: 0 auto;
    padding: var(--space);
  }
  header {
    border-bottom: 1px solid var(--border);
    padding-bottom: var(--space);
    margin-bottom: calc(var(--space) * 1.5);
  }
  header nav {
    display: flex;
    justify-content: flex-end;
    margin-bottom: 0.5rem;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 calc(var(--space) * 0.5);
  }
  h1 {
    font-size: clamp(1.6rem, 4vw, 2.2rem);
  }
  h2 {
    font-size: 1.4rem;
    margin-top: calc(var(--space) * 2);
  }
  p {
    margin: 0 0 calc(var(--space) * 0.75);
    max-width: 70ch;
  }
  .lead {
    font-size: 1.1rem;
  }
  .muted {
    color: var(--muted);
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav a {
    display: inline-block;
    padding: 0.5rem 0.75rem;
    min-height: 2.75rem;
    border-radius: var(--radius);
    color: var(--accent);
    text-decoration: underline;
  }
  nav a[aria-current='true'] {
    color: var(--text);
    font-weight: 700;
    text-decoration: none;
    border: 2px solid currentColor;
  }
  :focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
  form {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    gap: var(--space);
    align-items: start;
    padding: var(--space);
    background: var(--surface);
    border: 1px solid var(--border);
    border-radius: var(--radius);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  label {
    font-weight: 600;
  }
  .hint {
    font-size: 0.9rem;
    color: var(--muted);
    margin: 0;
  }
  input,
  select,
  button {
    font: inherit;
    min-height: 2.75rem;
    border-radius: var(--radius);
  }
  input,
  select {
    width: 100%;
    max-width: 100%;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--text);
    color: var(--text);
    background: var(--background);
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--error);
  }
  .field-error {
    color: var(--error);
    font-weight: 600;
    margin: 0;
  }
  .actions {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  button {
    padding: 0.5rem 1.1rem;
    border: 2px solid var(--accent);
    background: var(--accent);
    color: #ffffff;
    font-weight: 600;
    cursor: pointer;
  }
  button.secondary {
    background: var(--background);
    color: var(--accent);
  }
  .summary {
    margin-top: var(--space);
    font-weight: 600;
  }
  .notice {
    padding: var(--space);
    border: 2px solid var(--border);
    border-radius: var(--radius);
    margin-top: calc(var(--space) * 1.5);
  }
  .notice.error {
    border-color: var(--error);
  }
  .notice h2 {
    margin-top: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* Chart */
  .chart {
    width: 100%;
    overflow: hidden;
  }
  .profile-chart {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .grid {
    stroke: var(--border);
    stroke-width: 1;
  }
  .tick {
    fill: var(--text);
    font-size: 0.8rem;
  }
  .hidden-quarter {
    stroke: none;
  }
  .hatch-line {
    stroke: var(--border);
    stroke-width: 2;
  }
  .line {
    fill: none;
    stroke: var(--colour);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .marker {
    fill: var(--colour);
    stroke: var(--background);
    stroke-width: 1;
  }
  .p-ambitie {
    --colour: var(--p-ambitie);
  }
  .p-basis {
    --colour: var(--p-basis);
  }
  .p-basis .line,
  .legend .p-basis .line {
    stroke-dasharray: 8 4;
  }
  .p-employee-journey {
    --colour: var(--p-employee-journey);
  }
  .p-employee-journey .line {
    stroke-dasharray: 2 4;
  }
  .p-groei {
    --colour: var(--p-groei);
  }
  .p-groei .line {
    stroke-dasharray: 12 4 2 4;
  }
  .p-lerende-organisatie {
    --colour: var(--p-lerende-organisatie);
  }
  .p-lerende-organisatie .line {
    stroke-dasharray: 16 6;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    list-style: none;
    margin: 0.5rem 0 var(--space);
    padding: 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .legend svg {
    flex: none;
  }
  .legend-hidden .hidden-quarter {
    stroke: var(--border);
  }

  /* Tables */
  .table-scroll {
    container-type: inline-size;
    max-width: 100%;
    overflow-x: auto;
    margin: var(--space) 0;
  }
  /* The caption and the row headings stay in view while the table scrolls sideways. */
  caption > span {
    display: block;
    position: sticky;
    left: 0;
    max-width: 100cqw;
  }
  .numbers tbody th,
  .numbers tfoot th {
    position: sticky;
    left: 0;
    background: var(--background);
  }
  .scroll-hint {
    display: none;
    font-size: 0.9rem;
    color: var(--muted);
    margin: var(--space) 0 0;
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.05rem;
    padding-bottom: 0.5rem;
  }
  th,
  td {
    padding: 0.5rem 0.75rem;
    border-bottom: 1px solid var(--border);
    vertical-align: top;
  }
  thead th {
    text-align: start;
    vertical-align: bottom;
    border-bottom: 2px solid var(--text);
  }
  .numbers td {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .numbers thead th:not(:first-child) {
    text-align: end;
  }
  tbody th,
  tfoot th {
    text-align: start;
    font-weight: 600;
    white-space: nowrap;
  }
  tfoot th,
  tfoot td {
    border-top: 2px solid var(--text);
    font-weight: 700;
  }
  tr.suppressed td {
    text-align: start;
    font-style: italic;
    color: var(--muted);
    white-space: normal;
  }
  .statements tbody th {
    white-space: normal;
    font-weight: normal;
    max-width: 44rem;
  }
  .share {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  .share-value {
    min-width: 3.5rem;
    text-align: end;
  }
  .share-bar {
    width: 8rem;
    height: 0.75rem;
  }
  .share-bar .track {
    stroke: var(--surface);
    stroke-width: 12;
  }
  .share-bar .bar {
    stroke: var(--accent);
    stroke-width: 12;
  }
  .period {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .period select {
    width: auto;
  }
  footer {
    margin-top: calc(var(--space) * 2);
    padding-top: var(--space);
    border-top: 1px solid var(--border);
  }

  @container (max-width: 44rem) {
    .scroll-hint {
      display: block;
    }
    th,
    td {
      padding: 0.4rem 0.5rem;
    }
    header nav {
      justify-content: flex-start;
    }
    nav a {
      padding: 0.5rem;
    }
  }
  @container (max-width: 36rem) {
    .share {
      flex-direction: column;
      align-items: flex-end;
      gap: 0.25rem;
    }
    .share-value {
      min-width: 0;
    }
    .share-bar {
      width: 3.5rem;
    }
  }

  /* Forced colours: system colours only; lines stay apart by dash pattern and marker shape. */
  @media (forced-colors: active) {
    .profile-chart,
    .legend svg,
    .share-bar {
      forced-color-adjust: none;
    }
    .line {
      stroke: CanvasText;
    }
    .marker {
      fill: CanvasText;
      stroke: Canvas;
    }
    .grid,
    .hatch-line {
      stroke: GrayText;
    }
    .tick {
      fill: CanvasText;
    }
    .share-bar .track {
      stroke: Canvas;
    }
    .share-bar .bar {
      stroke: Highlight;
    }
    button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
