/** Builds the self-contained HTML file users can download with their chosen actions. */
import type { ActionText } from '../content/types.js';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface DownloadContent {
  language: string;
  title: string;
  intro: string[];
  sections: { heading: string; actions: { title: string; highlight: boolean; text: ActionText }[]; ordered: boolean }[];
  labels: { highlight: string; steps: string };
  footer: string[];
}

export function actionsDocument(content: DownloadContent): string {
  const section = (s: DownloadContent['sections'][number]) => {
    const tag = s.ordered ? 'ol' : 'ul';
    return `<h2>${escape(s.heading)}</h2><${tag}>${s.actions
      .map(
        (a) => `<li><h3>${escape(a.title)}${a.highlight ? ` <span class="badge">${escape(content.labels.highlight)}</span>` : ''}</h3>
<p>${escape(a.text.summary)}</p><h4>${escape(content.labels.steps)}</h4><ul>${a.text.steps
          .map((step) => `<li><strong>${escape(step.title)}</strong>: ${escape(step.text)}</li>`)
          .join('')}</ul></li>`,
      )
      .join('\n')}</${tag}>`;
  };
  return `<!doctype html>
<html lang="${escape(content.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(content.title)}</title>
<style>
body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem;margin-bottom:.25rem}h4{font-size:1rem;margin:.5rem 0 .25rem}
ol>li,ul>li{margin-bottom:.5rem}.badge{font-size:.75rem;border:1px solid currentColor;border-radius:.25rem;padding:0 .3rem;vertical-align:middle}
footer{margin-top:2rem;border-top:1px solid #888;font-size:.9rem;color:#444}
</style>
</head>
<body>
<h1>${escape(content.title)}</h1>
${content.intro.map((p) => `<p>${escape(p)}</p>`).join('\n')}
${content.sections.map(section).join('\n')}
<footer>${content.footer.map((p) => `<p>${escape(p)}</p>`).join('')}</footer>
</body>
</html>
`;
}
