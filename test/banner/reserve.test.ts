import {expect} from '@open-wc/testing';
import '../../src/components/campaign-banner/define.js';
import '../../src/i18n/locales/es.js';
import '../../src/i18n/locales/ar.js';
import type {SignpostCampaignBanner} from '../../src/components/campaign-banner/campaign-banner.js';

// The reserved heights documented in docs/campaign-banner.md, for built-in campaigns with a call to
// action and a close button, in every shipped language.
const RESERVE: Record<string, Record<number, number>> = {
  inline: {320: 24, 768: 14},
  bar: {320: 22, 768: 13},
  card: {320: 21, 768: 18},
};
const CTA: Record<string, string> = {en: 'Learn the signs', es: 'Conozca las señales', ar: 'تعرّف على العلامات'};

describe('<signpost-campaign-banner> reserved size', () => {
  for (const width of [320, 768]) {
    it(`every built-in campaign fits its variant's documented reserve at ${width} px`, async () => {
      const host = document.createElement('div');
      host.style.width = `${width}px`;
      host.style.fontSize = '16px';
      document.body.append(host);
      const over: string[] = [];
      for (const variant of Object.keys(RESERVE)) {
        for (const lang of ['en', 'es', 'ar']) {
          for (const campaign of ['world-day', 'prevention-month', 'wear-blue-day', 'learn-the-signs']) {
            const el = document.createElement('signpost-campaign-banner') as SignpostCampaignBanner;
            Object.assign(el, {lang, campaign, variant, from: '2000-01-01', dismissible: true, ctaHref: '/x', ctaLabel: CTA[lang]});
            host.replaceChildren(el);
            await el.updateComplete;
            const height = el.getBoundingClientRect().height;
            const limit = RESERVE[variant][width] * 16;
            // A banner that did not show would fit any reserve: it counts as a failure.
            if (!height || height > limit) over.push(`${variant}/${lang}/${campaign}: ${Math.round(height)} > ${limit}`);
          }
        }
      }
      host.remove();
      expect(over).to.deep.equal([]);
    });
  }
});
