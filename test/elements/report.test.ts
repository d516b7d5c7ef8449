/** The personal report and the action plan: what an HR manager takes to the next team meeting. */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { ProfileScan } from '../../src/profile-scan/profile-scan.js';
import type { ActionList } from '../../src/action-list/action-list.js';
import { decodeShareCode, encodeResult, topActions, type ProfileId } from '../../src/scoring/index.js';
import { SHARE_PARAM, storeFor } from '../../src/state/store.js';
import { planAction } from '../../src/state/later-parts.js';
import { readParam } from '../../src/state/fragment.js';
import { $, $$, button, findPattern, freshGroup, oneEvent, ready } from '../helpers.js';
import { itWith } from '../media-support.js';
import nlProfiles from '../../content/nl/profiles.json' with { type: 'json' };
import frProfiles from '../../content/fr/profiles.json' with { type: 'json' };
import enProfiles from '../../content/en/profiles.json' with { type: 'json' };
import nlQuestions from '../../content/nl/questions.json' with { type: 'json' };
import frQuestions from '../../content/fr/questions.json' with { type: 'json' };
import enQuestions from '../../content/en/questions.json' with { type: 'json' };
import nlExamples from '../../content/nl/examples.json' with { type: 'json' };
import enExamples from '../../content/en/examples.json' with { type: 'json' };

const content = {
  nl: { profiles: nlProfiles, questions: nlQuestions },
  fr: { profiles: frProfiles, questions: frQuestions },
  en: { profiles: enProfiles, questions: enQuestions },
} as const;

/** A finished scan with a single dominant profile, challenge 4 picked. */
async function finishedScan(lang: string, extra = '') {
  const group = freshGroup();
  const answers = findPattern((result) => result.dominant.length === 1);
  storeFor(group).update({ unit: 'afdeling', answers, submitted: true, challenge: '4' });
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.innerHTML = `<profile-scan group="${group}"></profile-scan><action-list group="${group}" contact="hr@example.be" ${extra}></action-list>`;
  document.body.append(wrapper);
  const [scan, list] = [...wrapper.children] as [ProfileScan, ActionList];
  await Promise.all([ready(scan), ready(list)]);
  return { wrapper, scan, list, group, profile: storeFor(group).result!.dominant[0] as ProfileId };
}

/** Catches the downloaded file. */
async function download(list: ActionList, label: RegExp): Promise<{ filename: string; doc: Document; text: string }> {
  const created: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob) => {
    created.push(blob as Blob);
    return original.call(URL, blob);
  };
  try {
    setTimeout(() => button(list, label).click());
    const { detail } = await oneEvent(list, 'action-list-download');
    const text = await created[0].text();
    return { filename: detail.filename, text, doc: new DOMParser().parseFromString(text, 'text/html') };
  } finally {
    URL.createObjectURL = original;
  }
}

describe('the personal report', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  for (const lang of ['nl', 'fr', 'en'] as const) {
    it(`downloads a self-contained report in ${lang}: result, advice, plan, questions, credit and a link back`, async () => {
      // Host state the report must not carry.
      history.replaceState(null, '', `${location.pathname}?utm_source=secret-campaign#host-anchor`);
      const { wrapper, list, group, profile } = await finishedScan(lang);
      try {
        const plannedId = topActions(profile, '4')[1];
        planAction(storeFor(group), plannedId, 'Sofie, tegen juni');
        await list.updateComplete;
        const { filename, doc, text } = await download(list, /Rapport downloaden|Télécharger le rapport|Download the report/);
        expect(doc.documentElement.lang).to.equal(lang);
        expect(filename).to.match(/-\d{4}-\d{2}-\d{2}\.html$/);
        if (lang === 'nl') expect(filename).to.match(/^informeel-leren-rapport-/);
        expect(doc.querySelectorAll('script, link, img, iframe')).to.have.length(0);
        const norm = (text: string) => text.replace(/\s+/g, ' ');
        const body = norm(doc.body.textContent!);
        const profiles = content[lang].profiles.profiles as Record<string, { name: string; summary: string; kansen: string }>;
        // The profile with its summary and full description, the five scores with a chart.
        for (const part of [profiles[profile].name, profiles[profile].summary, profiles[profile].kansen]) expect(body).to.contain(norm(part));
        expect(doc.querySelectorAll('.score-chart tbody tr')).to.have.length(5);
        expect(doc.querySelectorAll('.score-chart svg path.bar')).to.have.length(5);
        // The three recommended actions with all their steps; the plan with its note.
        expect(doc.querySelectorAll('.actions-list > li')).to.have.length(3);
        expect(doc.querySelectorAll('.actions-list .steps li').length).to.be.greaterThan(6);
        expect(body).to.contain('Sofie, tegen juni');
        // Questions for the conversation, in the widget's language.
        for (const question of (content[lang].questions.questions as Record<string, string[]>)['4']) expect(body).to.contain(norm(question));
        // Contact, credit, and a real link that reopens this result.
        expect(body).to.contain('hr@example.be').and.to.contain('Kyndt');
        const link = doc.querySelector<HTMLAnchorElement>('footer a')!;
        const url = new URL(link.href);
        const code = readParam(url.hash.slice(1), SHARE_PARAM)!;
        const shared = decodeShareCode(code);
        expect(shared.kind).to.equal('result');
        expect(shared.plan).to.deep.equal({ [plannedId]: 'Sofie, tegen juni' });
        // Nothing of the host page: no query string, no host fragment.
        expect(text).to.not.contain('secret-campaign');
        expect(text).to.not.contain('host-anchor');
        expect(url.search).to.equal('');
      } finally {
        wrapper.remove();
      }
    });
  }

  it('the team section of an English report names the members in English ("You", "Colleague 1")', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    const { wrapper, list, group } = await finishedScan('en');
    try {
      const colleague = encodeResult({ answers: findPattern((r) => r.dominant.length === 1), unit: 'afdeling' });
      storeFor(group).update({ team: { codes: [colleague] } });
      await list.updateComplete;
      const { doc } = await download(list, /Download the report/);
      const headers = [...doc.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      expect(headers).to.include('You');
      expect(headers).to.include('Colleague 1');
      expect(warnings.filter((w) => w.includes('outside localized'))).to.deep.equal([]);
    } finally {
      console.warn = original;
      wrapper.remove();
    }
  });

  it('the action plan: marked with a note, shown as "Ons plan", saved and carried in share links', async () => {
    const { wrapper, list, group, profile } = await finishedScan('nl');
    try {
      const first = $$<HTMLInputElement>(list, '.top .plan-mark input[type="checkbox"]')[0];
      expect(first.labels![0].textContent).to.contain('Hiermee gaan we aan de slag');
      first.click();
      await list.updateComplete;
      const note = $<HTMLInputElement>(list, '.top .plan-note input')!;
      note.value = 'Jan, voor de zomer';
      note.dispatchEvent(new Event('change'));
      await list.updateComplete;
      const id = topActions(profile, '4')[0];
      expect(storeFor(group).state.plan).to.deep.equal({ [id]: 'Jan, voor de zomer' });
      expect(JSON.parse(localStorage.getItem(`informeel-leren/v1/${group}`)!).plan).to.deep.equal({ [id]: 'Jan, voor de zomer' });
      const plan = $(list, 'section.plan')!;
      expect(plan.querySelector('h3')!.textContent).to.equal('Ons plan');
      expect(plan.textContent).to.contain('Jan, voor de zomer');
      await expect(list).to.be.accessible();
      const code = readParam(new URL(list.shareUrl()).hash.slice(1), SHARE_PARAM)!;
      expect(decodeShareCode(code).plan).to.deep.equal({ [id]: 'Jan, voor de zomer' });
      // Taking it off the plan.
      $$<HTMLInputElement>(list, '.top .plan-mark input[type="checkbox"]')[0].click();
      await list.updateComplete;
      expect(storeFor(group).state.plan).to.equal(undefined);
      expect($(list, 'section.plan')).to.equal(null);
    } finally {
      wrapper.remove();
    }
  });

  it('the report lists one practice example for each planned action that has one, in print and in the download', async () => {
    const withCase = nlExamples.examples[0].actions[0];
    const without = ['1.1', '1.2', '2.1', '3.1', '4.1', '5.1', '6.1'].find((id) => !nlExamples.examples.some((example) => example.actions.includes(id)))!;
    for (const [lang, examples, label] of [
      ['nl', nlExamples, /Rapport downloaden/],
      ['en', enExamples, /Download the report/],
    ] as const) {
      const { wrapper, list, group } = await finishedScan(lang);
      try {
        storeFor(group).update({ plan: { [withCase]: '', [without]: 'Jan' } });
        await list.updateComplete;
        const first = examples.examples.find((example) => example.actions.includes(withCase))!;
        const { doc } = await download(list, label);
        const items = [...doc.querySelectorAll('.plan li')];
        expect(items).to.have.length(2);
        const shown = items.map((item) => item.querySelector('.example em')?.textContent ?? null);
        expect(shown.filter(Boolean)).to.deep.equal([first.title]);
        expect(doc.querySelector('.plan .example')!.textContent).to.contain(first.text.slice(0, 40));
        // The page's own print report has it too.
        await list.updateComplete;
        expect($(list, '.print-report .plan .example em')!.textContent).to.equal(first.title);
      } finally {
        wrapper.remove();
      }
    }
  });

  itWith('print')('printing the live page gives the report: no radios, buttons or selects, every text open', async () => {
    const { wrapper, scan, list } = await finishedScan('nl');
    try {
      // Space the host page holds for the screens (as the README advises) is let go on paper.
      scan.style.minHeight = '28rem';
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(scan).minHeight).to.equal('0px');
      const report = $(list, '.print-report')!;
      expect(getComputedStyle(report).display).to.equal('block');
      expect(report.querySelector('h1')!.textContent).to.contain('ons rapport');
      for (const el of [scan, list]) {
        expect(getComputedStyle($(el, '.screen')!).display, el.localName).to.equal('none');
      }
      expect($(scan, '.print-report')).to.equal(null); // one report per group
      for (const control of report.querySelectorAll('input, button, select, summary')) expect(control, control.outerHTML).to.equal(null);
      expect(report.querySelectorAll('details')).to.have.length(0);
    } finally {
      await emulateMedia({ media: 'screen' });
      wrapper.remove();
    }
  });

  itWith('print')('a typical report prints on at most 3 A4 pages', async () => {
    const { wrapper, list } = await finishedScan('nl');
    const hidden = [...document.body.children].filter((el) => el !== wrapper) as HTMLElement[];
    try {
      await ready(list);
      hidden.forEach((el) => (el.hidden = true));
      const pages = (await executeServerCommand('print-pdf')) as number;
      expect(pages).to.be.within(1, 3);
    } finally {
      hidden.forEach((el) => (el.hidden = false));
      wrapper.remove();
    }
  });

  it('repeated clicks save one report and print once: ten quick clicks, a double click', async () => {
    const { wrapper, scan, list } = await finishedScan('nl');
    const saved: string[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) saved.push(this.download);
      else originalClick.call(this);
    };
    const originalPrint = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      const downloads: string[] = [];
      list.addEventListener('action-list-download', (event) => downloads.push((event as CustomEvent<{ filename: string }>).detail.filename));
      const save = button(list, /Rapport downloaden/);
      const first = new Promise((resolve) => list.addEventListener('action-list-download', resolve, { once: true }));
      for (let i = 0; i < 10; i++) save.click();
      await first;
      const second = new Promise((resolve) => list.addEventListener('action-list-download', resolve, { once: true }));
      // A double click: two clicks, the second one's detail is 2.
      save.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
      save.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
      await second;
      await list.updateComplete;
      expect(saved).to.have.length(2);
      expect(downloads).to.have.length(2);

      for (const el of [list, scan]) {
        const printButton = button(el, /Afdrukken/);
        printButton.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
        printButton.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
      }
      expect(printed).to.equal(2);
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
      window.print = originalPrint;
      wrapper.remove();
    }
  });
});
