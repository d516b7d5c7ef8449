import { expect } from '@open-wc/testing';
import type { ProfileScan } from '../../src/profile-scan/profile-scan.js';
import { seededShuffle, STATEMENT_IDS } from '../../src/scoring/index.js';
import { storeFor } from '../../src/state/store.js';
import nlStatements from '../../content/nl/statements.json' with { type: 'json' };
import { $, $$, answer, button, deep, freshGroup, heading, html, mount, oneEvent, startScan, yesTo } from '../helpers.js';

describe('<profile-scan>', () => {
  it('walks from intro over unit choice to the 20 statements, accessible at every step', async () => {
    const group = freshGroup();
    const el = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    expect(heading(el)).to.contain('Informeel leren');
    expect(deep(el, 'details[part="privacy"] summary')[0].textContent).to.contain('Wat gebeurt er met mijn gegevens?');
    await expect(el).to.be.accessible();

    button(el, 'Start').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Over wie gaat de scan?');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-step-heading]'));
    expect($$(el, 'input[name="unit"]')).to.have.length(3);
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, 'input[value="afdeling"]')!.click();
    $<HTMLButtonElement>(el, 'button.primary')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Het leerbeleid van je afdeling');
    const fieldsets = $$(el, 'fieldset[data-statement]');
    expect(fieldsets).to.have.length(20);
    // Every statement: a native radio group with the verbatim text as legend.
    for (const fieldset of fieldsets) {
      const id = fieldset.dataset.statement!;
      expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal(
        (nlStatements.statements as Record<string, string>)[id],
      );
      expect(fieldset.querySelectorAll('input[type="radio"]')).to.have.length(2);
    }
    expect($(el, 'details summary')!.textContent).to.contain('leerbeleid');
    expect($(el, '#progress-text')!.textContent).to.equal('0 van 20 beantwoord');
    await expect(el).to.be.accessible();
  });

  it('shows the statements in the user’s stable random order', async () => {
    const group = freshGroup();
    const el = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    await startScan(el);
    const shown = $$(el, 'fieldset[data-statement]').map((f) => f.dataset.statement);
    expect(shown).to.deep.equal(seededShuffle(STATEMENT_IDS, storeFor(group).state.seed));
    expect(shown).to.not.deep.equal([...STATEMENT_IDS]);
  });

  it('counts progress and, on "Verzenden" with gaps, says how many and focuses the first', async () => {
    const el = await mount<ProfileScan>(html`<profile-scan group=${freshGroup()}></profile-scan>`);
    await startScan(el);
    const order = $$(el, 'fieldset[data-statement]').map((f) => f.dataset.statement!);
    await answer(el, Object.fromEntries(order.slice(0, 7).map((id) => [id, true])));
    expect($(el, '#progress-text')!.textContent).to.equal('7 van 20 beantwoord');
    expect($<HTMLProgressElement>(el, 'progress')!.value).to.equal(7);

    // Leave the 10th unanswered, answer the rest.
    await answer(el, Object.fromEntries(order.slice(10).map((id) => [id, false])));
    button(el, 'Verzenden').click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect($(el, '[role="alert"]')!.textContent).to.contain('Er zijn nog 3 stellingen zonder antwoord.');
    const focused = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(focused.name).to.equal(order[7]);
    expect($$(el, 'fieldset.missing')).to.have.length(3);
    await expect(el).to.be.accessible();

    await answer(el, { [order[7]]: true, [order[8]]: true });
    expect($(el, '[role="alert"]')!.textContent).to.contain('Er is nog 1 stelling zonder antwoord.');
  });

  it('shows the dominant profile, its description, the chart and every score after sending', async () => {
    const el = await mount<ProfileScan>(html`<profile-scan group=${freshGroup()}></profile-scan>`);
    await startScan(el, 'onderneming');
    // A typical "employee journey" organisation (see the scoring tests).
    await answer(el, yesTo('Visie_4', 'HR_Tools_1', 'Strategisch_2', 'Aanbod_5', 'LKB_1', 'Regie_2'));
    setTimeout(() => button(el, 'Verzenden').click());
    const { detail } = await oneEvent(el, 'profile-scan-complete');
    expect(detail.result.dominant).to.deep.equal(['employee-journey']);
    expect(detail.unit).to.equal('onderneming');
    await el.updateComplete;
    expect(heading(el)).to.equal('Het profiel van je onderneming: Employee journey');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-step-heading]'));
    // Points: ambitie 4, basis 6, EJ 8, groei 1, LO 2, of 21.
    const rows = $$(el, 'tbody tr').map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal([
      'Krachtige ambitie 19%',
      'Krachtige basis 29%',
      'Employee journey (hoogste score) 38%',
      'Krachtige groeimogelijkheden 5%',
      'Lerende organisatie 10%',
    ]);
    // The chart is drawn with one sector per profile once its chunk has loaded.
    for (let i = 0; i < 50 && !$(el, 'figure svg'); i++) await new Promise((r) => setTimeout(r, 20));
    expect($$(el, 'figure svg path.bar')).to.have.length(5);
    expect($(el, 'figure svg')!.getAttribute('aria-hidden')).to.equal('true');
    // "Lees meer" and the four other profiles on request.
    const readMore = $<HTMLDetailsElement>(el, '.card details')!;
    expect(readMore.querySelector('summary')!.textContent).to.contain('Lees meer over Employee journey');
    expect(readMore.textContent).to.contain('Kansen voor verdere ontwikkeling');
    expect($$(el, 'section > details')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('shows tied profiles as "gedeeld"', async () => {
    const el = await mount<ProfileScan>(html`<profile-scan group=${freshGroup()}></profile-scan>`);
    await startScan(el);
    await answer(el, yesTo(...STATEMENT_IDS)); // groei and lerende organisatie tie
    button(el, 'Verzenden').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Gedeeld profiel van je team: Krachtige groeimogelijkheden – Lerende organisatie');
    expect($$(el, '.card')).to.have.length(2);
    expect($$(el, 'tr.dominant')).to.have.length(2);
  });

  it('resumes after a reload: answers, unit and order come back from localStorage', async () => {
    const group = freshGroup();
    const first = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    await startScan(first, 'afdeling');
    await answer(first, { Visie_1: true, Aanbod_2: false, Regie_1: true });
    const saved = JSON.parse(localStorage.getItem(`informeel-leren/v1/${group}`)!);
    expect(saved.answers).to.deep.equal({ Visie_1: true, Aanbod_2: false, Regie_1: true });
    expect(saved.unit).to.equal('afdeling');

    // A new store reading the same key is what a reload gives.
    const { ScanStore } = await import('../../src/state/store.js');
    const reloaded = new ScanStore(group);
    expect(reloaded.state.answers).to.deep.equal(saved.answers);
    expect(reloaded.state.seed).to.equal(saved.seed);
    const second = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    expect(heading(second)).to.equal('Het leerbeleid van je afdeling');
    expect($<HTMLInputElement>(second, 'input[name="Visie_1"][value="ja"]')!.checked).to.equal(true);
    expect($<HTMLInputElement>(second, 'input[name="Aanbod_2"][value="nee"]')!.checked).to.equal(true);
    expect($(second, '#progress-text')!.textContent).to.equal('3 van 20 beantwoord');
  });

  it('"Opnieuw invullen" starts over; "Wis mijn antwoorden" erases everything', async () => {
    const group = freshGroup();
    const el = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    await startScan(el);
    await answer(el, yesTo('Aanbod_3'));
    button(el, 'Verzenden').click();
    await el.updateComplete;
    button(el, 'Opnieuw invullen').click();
    await el.updateComplete;
    expect($(el, '#progress-text')!.textContent).to.equal('0 van 20 beantwoord');

    await answer(el, { Visie_1: true });
    deep<HTMLDetailsElement>(el, 'details[part="privacy"]')[0].open = true;
    button(el, 'Wis mijn antwoorden').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    button(el, 'Ja, wis alles').click();
    await el.updateComplete;
    expect(localStorage.getItem(`informeel-leren/v1/${group}`)).to.equal(null);
    expect(heading(el)).to.contain('Informeel leren');
  });
});
