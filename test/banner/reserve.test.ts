import {expect} from '@open-wc/testing';
import {phoneFrame, SHIPPED} from '../helpers/util.js';
import type {SignpostCampaignBanner} from '../../src/components/campaign-banner/campaign-banner.js';

type Row = {variant: string; image: boolean; 320: number; 768: number};

// The reserved heights documented in docs/campaign-banner.md's table (what partners copy), for
// built-in campaigns with a call to action and a close button; rows "… with an image" have one.
async function documented(): Promise<Row[]> {
  const docs = await (await fetch('/docs/campaign-banner.md')).text();
  const rows = [...docs.matchAll(/^\| `(\w+)`([^|]*)\| ([\d.]+)em \| ([\d.]+)em \|$/gm)].map(([, variant, words, narrow, wide]) => ({
    variant,
    image: /with an image/.test(words),
    320: Number(narrow),
    768: Number(wide),
  }));
  expect(rows.map((r) => `${r.variant}${r.image ? ' with an image' : ''}`)).to.deep.equal(['inline', 'bar', 'card', 'inline with an image', 'card with an image']);
  return rows;
}
const CTA: Record<string, string> = {en: 'Learn the signs', es: 'Conozca las señales', ar: 'تعرّف على العلامات'};

describe('<signpost-campaign-banner> reserved size', () => {
  // A column's widths: its narrowest (where words wrap most), and for the phone column also its widest
  // stacked one (480 px, the phone layout's max-width: 30em), where a stacked image is widest and so tallest.
  for (const [column, widths] of [[320, [320, 480]], [768, [768]]] as const) {
    for (const width of widths) {
      it(`every built-in campaign fits its variant's documented reserve for columns ≥ ${column} px, on a ${width} px screen`, async () => {
        // Its own viewport: the banner's phone layout (max-width: 30em) applies as on a phone.
        const frame = await phoneFrame(width);
        const host = frame.doc.body;
        const over: string[] = [];
        for (const row of await documented()) {
          for (const lang of SHIPPED) {
            for (const campaign of ['world-day', 'prevention-month', 'wear-blue-day', 'learn-the-signs']) {
              const el = frame.doc.createElement('signpost-campaign-banner') as SignpostCampaignBanner;
              Object.assign(el, {lang, campaign, variant: row.variant, from: '2000-01-01', dismissible: true, ctaHref: '/x', ctaLabel: CTA[lang] ?? CTA.en});
              // The image's 16:9 box is sized before the image loads: the pixel's own size does not count.
              if (row.image) Object.assign(el, {image: '/test-server/pixel.gif', imageAlt: 'A person looking at a phone'});
              host.replaceChildren(el);
              await el.updateComplete;
              const height = el.getBoundingClientRect().height;
              const limit = row[column] * 16;
              // A banner that did not show would fit any reserve: it counts as a failure; so does an image row without its image.
              const shown = Boolean(height) && (!row.image || Boolean(el.shadowRoot!.querySelector('[part="image"]')));
              if (!shown || height > limit) over.push(`${row.variant}${row.image ? '+image' : ''}/${lang}/${campaign}: ${Math.round(height)} > ${limit}`);
            }
          }
        }
        frame.remove();
        expect(over.join('; ')).to.equal('');
      });
    }
  }
});
