/**
 * The numbers as real tables: profile shares per quarter, and the yes-share of each statement.
 * A hidden cell says "fewer than k answers" and never shows a number, so it cannot be read as 0.
 */
import { line } from 'd3-shape';
import { html, svg, type TemplateResult } from 'lit';

import type { Cell, QuarterCell } from './aggregates.ts';

/** The words and number formats the tables use. */
export interface TableTexts {
  caption: string;
  quarter: string;
  answers: string;
  overall: string;
  /** Shown on narrow screens above a table that scrolls sideways. */
  scrollHint: string;
  fewerThan: string;
  quarterName: (quarter: string) => string;
  percent: (share: number) => string;
  count: (count: number) => string;
}

/**
 * A table that may be wider than the screen scrolls on its own, as a labelled region that a
 * keyboard can reach and scroll.
 */
function scrolling(captionId: string, table: TemplateResult, hint?: string): TemplateResult {
  return html`${hint ? html`<p class="scroll-hint" aria-hidden="true">${hint}</p>` : ''}
    <div class="table-scroll" role="region" aria-labelledby=${captionId} tabindex="0">${table}</div>`;
}

function profileRow(
  heading: string,
  cell: Cell,
  profileIds: readonly string[],
  texts: TableTexts,
): TemplateResult {
  if (cell.suppressed || !cell.profiles || cell.n === null) {
    return html`<tr class="suppressed">
      <th scope="row">${heading}</th>
      <td colspan=${profileIds.length + 1}>${texts.fewerThan}</td>
    </tr>`;
  }
  const profiles = cell.profiles;
  return html`<tr>
    <th scope="row">${heading}</th>
    ${profileIds.map((id) => html`<td>${texts.percent(profiles[id] ?? 0)}</td>`)}
    <td>${texts.count(cell.n!)}</td>
  </tr>`;
}

/** Profile shares per quarter, one row per quarter, the whole period as the last row. */
export function profileTable(
  quarters: readonly QuarterCell[],
  overall: Cell,
  profileIds: readonly string[],
  profileNames: Record<string, string>,
  texts: TableTexts,
): TemplateResult {
  return scrolling(
    'profiles-caption',
    html`<table class="numbers">
      <caption id="profiles-caption"><span>${texts.caption}</span></caption>
      <thead>
        <tr>
          <th scope="col">${texts.quarter}</th>
          ${profileIds.map((id) => html`<th scope="col">${profileNames[id] ?? id}</th>`)}
          <th scope="col">${texts.answers}</th>
        </tr>
      </thead>
      <tbody>
        ${quarters.map((cell) => profileRow(texts.quarterName(cell.quarter), cell, profileIds, texts))}
      </tbody>
      <tfoot>
        ${profileRow(texts.overall, overall, profileIds, texts)}
      </tfoot>
    </table>`,
    texts.scrollHint,
  );
}

const BAR_WIDTH = 120;
const BAR_HEIGHT = 12;
const bar = line<number>()
  .x((d) => d)
  .y(BAR_HEIGHT / 2);

/** The words and formats of the statements table. */
export interface StatementTexts {
  caption: string;
  statement: string;
  yesShare: string;
  percent: (share: number) => string;
}

/** The yes-share of each statement in one cell, as a table with a bar beside each number. */
export function statementTable(
  shares: Record<string, number>,
  statementIds: readonly string[],
  statementTexts: Record<string, string>,
  texts: StatementTexts,
): TemplateResult {
  return scrolling(
    'statements-caption',
    html`<table class="numbers statements">
      <caption id="statements-caption"><span>${texts.caption}</span></caption>
      <thead>
        <tr>
          <th scope="col">${texts.statement}</th>
          <th scope="col">${texts.yesShare}</th>
        </tr>
      </thead>
      <tbody>
        ${statementIds.map((id) => {
          const value = shares[id] ?? 0;
          return html`<tr>
            <th scope="row">${statementTexts[id] ?? id}</th>
            <td>
              <span class="share">
                <span class="share-value">${texts.percent(value)}</span>
                <svg class="share-bar" viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}" aria-hidden="true" focusable="false">
                  ${svg`<path class="track" d=${bar([0, BAR_WIDTH]) ?? ''}></path>
                    ${value > 0 ? svg`<path class="bar" d=${bar([0, Math.max(2, value * BAR_WIDTH)]) ?? ''}></path>` : null}`}
                </svg>
              </span>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`,
  );
}
