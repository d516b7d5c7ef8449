import { expect } from '@open-wc/testing';
import type { ChallengePicker } from '../../src/challenge-picker/challenge-picker.js';
import { storeFor } from '../../src/state/store.js';
import nlChallenges from '../../content/nl/challenges.json' with { type: 'json' };
import { $, $$, button, freshGroup, heading, html, mount, oneEvent, yesTo } from '../helpers.js';

describe('<challenge-picker>', () => {
  it('offers the nine challenges as one radio group, each with its explanation', async () => {
    const el = await mount<ChallengePicker>(html`<challenge-picker group=${freshGroup()}></challenge-picker>`);
    expect(heading(el)).to.equal('Welke uitdaging wil je aanpakken?');
    const radios = $$<HTMLInputElement>(el, 'fieldset input[type="radio"]');
    expect(radios).to.have.length(9);
    expect(new Set(radios.map((r) => r.name)).size).to.equal(1);
    const titles = $$(el, '.challenge label span').map((s) => s.textContent!.trim());
    expect(titles).to.deep.equal(Object.values(nlChallenges.challenges).map((c) => c.title));
    const explanation = $$<HTMLDetailsElement>(el, '.challenge details')[2];
    expect(explanation.textContent).to.contain(nlChallenges.challenges['3'].explanation);
    await expect(el).to.be.accessible();
  });

  it('works without a profile and says the advice gets sharper after the scan', async () => {
    const el = await mount<ChallengePicker>(html`<challenge-picker group=${freshGroup()}></challenge-picker>`);
    expect($(el, '.notice')!.textContent).to.contain('Vul je eerst de scan in');
  });

  it('names the profile when the scan is done', async () => {
    const group = freshGroup();
    storeFor(group).update({ unit: 'team', answers: yesTo('Aanbod_3', 'LKB_1', 'Talent_3'), submitted: true });
    const el = await mount<ChallengePicker>(html`<challenge-picker group=${group}></challenge-picker>`);
    expect(el.shadowRoot!.textContent).to.contain('rekening met je profiel: Krachtige ambitie');
  });

  it('explains how the list was made, with the recognition facts', async () => {
    const el = await mount<ChallengePicker>(html`<challenge-picker group=${freshGroup()}></challenge-picker>`);
    const info = $<HTMLDetailsElement>(el, 'section > details')!;
    expect(info.querySelector('summary')!.textContent).to.equal('Hoe is deze lijst tot stand gekomen?');
    info.open = true;
    const firstRow = info.querySelector('tbody tr')!.textContent!.replace(/\s+/g, ' ');
    expect(firstRow).to.contain('67%').and.to.contain('3,43');
    await expect(el).to.be.accessible();
  });

  it('fires challenge-select and remembers the choice; asks for a choice when none is made', async () => {
    const group = freshGroup();
    const el = await mount<ChallengePicker>(html`<challenge-picker group=${group}></challenge-picker>`);
    button(el, 'Bekijk de acties').click();
    await el.updateComplete;
    expect($(el, '[role="status"]')!.textContent).to.contain('Kies eerst een uitdaging.');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[name="challenge"]'));

    $<HTMLInputElement>(el, 'input[value="6"]')!.click();
    setTimeout(() => button(el, 'Bekijk de acties').click());
    const { detail } = await oneEvent(el, 'challenge-select');
    expect(detail).to.deep.equal({ challenge: '6', title: nlChallenges.challenges['6'].title });
    expect(storeFor(group).state.challenge).to.equal('6');
    await el.updateComplete;
    expect($$(el, '.challenge.selected')).to.have.length(1);
  });

  it('can be operated with the keyboard alone: arrow keys move within the group', async () => {
    const el = await mount<ChallengePicker>(html`<challenge-picker group=${freshGroup()}></challenge-picker>`);
    const { sendKeys } = await import('@web/test-runner-commands');
    $<HTMLInputElement>(el, 'input[value="1"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect((el.shadowRoot!.activeElement as HTMLInputElement).value).to.equal('3');
    expect($<HTMLInputElement>(el, 'input[value="3"]')!.checked).to.equal(true);
  });
});
