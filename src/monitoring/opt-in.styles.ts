import { css } from 'lit';

/** The monitoring opt-in on the result: adopted when its code arrives. */
export const optInStyles = css`
  .monitoring {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block: var(--_space);
    background: var(--_surface);
  }
  .monitoring h4 {
    margin: calc(var(--_space) * 0.75) 0 calc(var(--_space) * 0.25);
  }
  .monitoring ul {
    margin: 0 0 calc(var(--_space) * 0.5);
    padding-inline-start: 1.25em;
  }
  .monitoring .fields {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin-block: calc(var(--_space) * 0.5);
  }
  .monitoring .fields label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .monitoring .consent {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin-block: calc(var(--_space) * 0.5);
  }
  .monitoring .consent input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .monitoring .error {
    color: var(--_error);
  }
`;
