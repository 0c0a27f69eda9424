import {expect} from '@open-wc/testing';
import {phoneFrame, SHIPPED} from '../helpers/util.js';
import type {SignpostCampaignBanner} from '../../src/components/campaign-banner/campaign-banner.js';

// The reserved heights documented in docs/campaign-banner.md's table (what partners copy), for
// built-in campaigns with a call to action and a close button.
async function documented(): Promise<Record<string, Record<number, number>>> {
  const docs = await (await fetch('/docs/campaign-banner.md')).text();
  const table: Record<string, Record<number, number>> = {};
  for (const [, variant, narrow, wide] of docs.matchAll(/^\| `(\w+)`[^|]*\| ([\d.]+)em \| ([\d.]+)em \|$/gm)) table[variant] = {320: Number(narrow), 768: Number(wide)};
  expect(Object.keys(table)).to.deep.equal(['inline', 'bar', 'card']);
  return table;
}
const CTA: Record<string, string> = {en: 'Learn the signs', es: 'Conozca las señales', ar: 'تعرّف على العلامات'};

describe('<signpost-campaign-banner> reserved size', () => {
  for (const width of [320, 768]) {
    it(`every built-in campaign fits its variant's documented reserve on a ${width} px screen`, async () => {
      // Its own viewport: the banner's phone layout (max-width: 30em) applies as on a phone.
      const frame = await phoneFrame(width);
      const host = frame.doc.body;
      const RESERVE = await documented();
      const over: string[] = [];
      for (const variant of Object.keys(RESERVE)) {
        for (const lang of SHIPPED) {
          for (const campaign of ['world-day', 'prevention-month', 'wear-blue-day', 'learn-the-signs']) {
            const el = frame.doc.createElement('signpost-campaign-banner') as SignpostCampaignBanner;
            Object.assign(el, {lang, campaign, variant, from: '2000-01-01', dismissible: true, ctaHref: '/x', ctaLabel: CTA[lang] ?? CTA.en});
            host.replaceChildren(el);
            await el.updateComplete;
            const height = el.getBoundingClientRect().height;
            const limit = RESERVE[variant][width] * 16;
            // A banner that did not show would fit any reserve: it counts as a failure.
            if (!height || height > limit) over.push(`${variant}/${lang}/${campaign}: ${Math.round(height)} > ${limit}`);
          }
        }
      }
      frame.remove();
      expect(over.join('; ')).to.equal('');
    });
  }
});
