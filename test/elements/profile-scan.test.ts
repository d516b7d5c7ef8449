import { expect } from '@open-wc/testing';
import type { ProfileScan } from '../../src/profile-scan/profile-scan.js';
import { PROFILE_IDS, score, seededShuffle, STATEMENT_IDS } from '../../src/scoring/index.js';
import { storeFor } from '../../src/state/store.js';
import nlStatements from '../../content/nl/statements.json' with { type: 'json' };
import nlProfiles from '../../content/nl/profiles.json' with { type: 'json' };
import { $, $$, answer, button, deep, findPattern, freshGroup, heading, html, mount, oneEvent, ready, startScan, yesTo } from '../helpers.js';

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
    button(el, 'Toon mijn resultaat').click();
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
    setTimeout(() => button(el, 'Toon mijn resultaat').click());
    const { detail } = await oneEvent(el, 'profile-scan-complete');
    expect(detail.result.dominant).to.deep.equal(['employee-journey']);
    expect(detail.unit).to.equal('onderneming');
    await el.updateComplete;
    expect(heading(el)).to.equal('Het profiel van je onderneming: Employee journey');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-step-heading]'));
    // Highest first, each profile named, with its share of the points and the dominant one marked.
    const { result } = detail;
    const names = nlProfiles.profiles as Record<string, { name: string }>;
    const percent = (value: number) => `${Math.round(value * 100)}%`;
    const expected = [...PROFILE_IDS]
      .sort((a, b) => result.relative[b] - result.relative[a])
      .map((p) => `${names[p].name}${result.dominant.includes(p) ? ' (hoogste score)' : ''} ${percent(result.relative[p])}`);
    const rows = $$(el, '.screen tbody tr').map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(expected);
    expect(rows[0]).to.equal(`Employee journey (hoogste score) ${percent(result.relative['employee-journey'])}`);
    // What the percentages are, said in the result itself.
    expect(el.shadowRoot!.textContent).to.contain('Het is geen rapportcijfer');
    // One bar per profile, on a fixed scale: the top score does not fill the track.
    const bars = $$(el, 'figure svg path.bar');
    expect(bars).to.have.length(5);
    expect($(el, 'figure svg')!.getAttribute('aria-hidden')).to.equal('true');
    const width = (path: Element) => (path as SVGPathElement).getBBox().width;
    expect(width(bars[0])).to.be.below(width($(el, 'figure svg path.track')!) * 0.9);
    // "Lees meer" and the four other profiles on request.
    const readMore = $<HTMLDetailsElement>(el, '.card details')!;
    expect(readMore.querySelector('summary')!.textContent).to.contain('Lees meer over Employee journey');
    expect(readMore.textContent).to.contain('Kansen voor verdere ontwikkeling');
    expect($$(el, 'section > details')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('on a tie, asks which profile the user recognises most, and the advice follows that choice', async () => {
    const group = freshGroup();
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<profile-scan group="${group}"></profile-scan><challenge-picker group="${group}"></challenge-picker>`;
    document.body.append(wrapper);
    const [el, picker] = [...wrapper.children] as ProfileScan[];
    try {
      await Promise.all([ready(el), ready(picker)]);
      await startScan(el);
      const pattern = findPattern((result) => result.dominant.length === 2);
      const tied = score(pattern).dominant;
      await answer(el, pattern);
      button(el, 'Toon mijn resultaat').click();
      await el.updateComplete;
      const names = tied.map((p) => (nlProfiles.profiles as Record<string, { name: string }>)[p].name);
      expect(heading(el)).to.equal(`Gedeeld profiel van je team: ${names.join(' – ')}`);
      const question = $(el, 'fieldset.tie-choice legend')!;
      expect(question.textContent).to.equal('Welk profiel herken je het meest?');
      const options = $$<HTMLInputElement>(el, 'input[name="tie-choice"]');
      expect(options.map((o) => o.value)).to.deep.equal(tied);
      expect($$(el, '.screen tr.dominant')).to.have.length(tied.length);
      // Until the user chooses, the next step says a choice is waiting.
      expect(picker.shadowRoot!.textContent).to.contain('Kies in stap 1 welk profiel je het meest herkent');
      await expect(el).to.be.accessible();

      options[1].click();
      await el.updateComplete;
      await picker.updateComplete;
      expect(storeFor(group).adviceProfile).to.equal(tied[1]);
      expect($(el, '.tie-choice + [role="status"]')!.textContent).to.contain(`Het advies gaat uit van ${names[1]}`);
      expect(picker.shadowRoot!.textContent).to.contain(`rekening met je profiel: ${names[1]}`);
      // Saved, and carried in share links.
      expect(JSON.parse(localStorage.getItem(`informeel-leren/v1/${group}`)!).adviceProfile).to.equal(tied[1]);
      await expect(el).to.be.accessible();
    } finally {
      wrapper.remove();
    }
  });

  it('names a near-tie: the top two within one point', async () => {
    const group = freshGroup();
    // The first single-winner pattern whose runner-up is one point behind, found with the real key.
    const near = findPattern(({ dominant, points }) => {
      const sorted = Object.values(points).sort((a, b) => b - a);
      return dominant.length === 1 && sorted[0] - sorted[1] === 1;
    });
    storeFor(group).update({ unit: 'team', answers: near, submitted: true });
    const el = await mount<ProfileScan>(html`<profile-scan group=${group}></profile-scan>`);
    expect(el.shadowRoot!.textContent).to.contain('ligt dicht bij');
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
    button(el, 'Toon mijn resultaat').click();
    await el.updateComplete;
    button(el, 'Opnieuw invullen').click();
    await el.updateComplete;
    // One stray click loses nothing: it asks first.
    expect($(el, '.confirm')!.textContent).to.contain('Opnieuw beginnen?');
    await expect(el).to.be.accessible();
    button(el, 'Annuleren').click();
    await el.updateComplete;
    expect(heading(el)).to.match(/profiel van je team/);
    button(el, 'Opnieuw invullen').click();
    await el.updateComplete;
    button(el, 'Ja, begin opnieuw').click();
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
