import {expect, fixture, html} from '@open-wc/testing';
import '../../src/components/hotline-card/define.js';
import '../../src/i18n/locales/ar.js';
import {HOTLINES} from '../../src/data/hotlines.js';
import type {SignpostHotlineCard} from '../../src/components/hotline-card/hotline-card.js';

/** Text nodes under a root, shadow roots included. */
function texts(root: Node, out: Text[] = []): Text[] {
  for (const n of root.childNodes) {
    if (n.nodeType === 3 && n.textContent!.trim()) out.push(n as Text);
    if ((n as Element).shadowRoot) texts((n as Element).shadowRoot!, out);
    texts(n, out);
  }
  return out;
}

/** Numbers ("+1 888 373 7888", "116 006", "9:00") whose glyphs are not drawn left to right, as measured. */
function reversedNumbers(root: Node): string[] {
  const bad: string[] = [];
  for (const t of texts(root)) {
    for (const m of t.data.matchAll(/\+?\d[\d \-:.]*\d/g)) {
      const xs: number[] = [];
      for (let i = m.index!; i < m.index! + m[0].length; i++) {
        if (t.data[i] == ' ') continue;
        const range = document.createRange();
        range.setStart(t, i);
        range.setEnd(t, i + 1);
        const rect = range.getClientRects()[0];
        if (rect?.width) xs.push(rect.left);
      }
      if (xs.some((x, i) => i && x < xs[i - 1] - 0.5)) bad.push(`${m[0]} in "${t.data.trim()}"`);
    }
  }
  return bad;
}

describe('Arabic cards at 320 px: every number of the directory keeps its left-to-right order on screen', () => {
  for (const entry of HOTLINES) {
    it(entry.country, async () => {
      const wrap = await fixture(html`<div style="width:320px"><signpost-hotline-card lang="ar" country=${entry.country}></signpost-hotline-card></div>`);
      const card = wrap.querySelector<SignpostHotlineCard>('signpost-hotline-card')!;
      await card.updateComplete;
      card.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
      expect(reversedNumbers(card.shadowRoot!).join(' | ')).to.equal('');
    });
  }
});
