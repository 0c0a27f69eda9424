import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/components/campaign-banner/define.js';
import '../../src/i18n/locales/es.js';
import '../../src/i18n/locales/ar.js';
import type {SignpostCampaignBanner} from '../../src/components/campaign-banner/campaign-banner.js';
import {isShowing, localDate, parseDay, WINDOWS} from '../../src/banner/campaigns.js';
import {$, $$, captureWarnings, contrast, withFakeWaits, markupOf, readmeSnippet, rgbOf, textOf, textUnder} from '../helpers/util.js';

type Banner = SignpostCampaignBanner;
const mount = (tpl: ReturnType<typeof html>) => fixture<Banner>(tpl);
/** Noon, local time, on a date: the banner uses the reader's local calendar date. */
const on = (y: number, m: number, d: number) => () => new Date(y, m - 1, d, 12).getTime();
const IMG = '/test-server/pixel.gif';

describe('<signpost-campaign-banner>', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('shows a partner heading, message and safe call to action, in every variant', async () => {
    for (const variant of ['inline', 'bar', 'card'] as const) {
      const el = await mount(html`<signpost-campaign-banner variant=${variant} heading="Know the signs" message="Read our guide."
        cta-href="/guide" cta-label="Read the guide"></signpost-campaign-banner>`);
      expect($(el, '[part="heading"]').textContent).to.equal('Know the signs');
      expect($(el, '[part="heading"]').getAttribute('role')).to.equal('heading');
      expect($(el, '[part="heading"]').getAttribute('aria-level'), 'a level-2 heading by default').to.equal('2');
      expect($(el, '[part="message"]').textContent).to.equal('Read our guide.');
      const cta = $<HTMLAnchorElement>(el, '[part="cta"]');
      expect(cta.href).to.equal(new URL('/guide', location.href).href);
      expect(cta.textContent).to.equal('Read the guide');
      expect(cta.rel).to.equal('noopener noreferrer');
      expect(cta.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect($(el, '[part="base"]').classList.contains(variant)).to.equal(true);
      expect($$(el, '[part="close-button"]'), 'no close button unless dismissible').to.have.length(0);
      await expect(el).to.be.accessible();
    }
  });

  it('card: the close button in the corner never covers the heading, the content note, or a message without a heading (en, ar)', async () => {
    const covered: string[] = [];
    const message = 'Knowing the signs helps you notice when someone may need help. Report what you see.';
    for (const lang of ['en', 'ar']) {
      for (const note of ['', 'Mentions exploitation and abuse.']) {
        for (const headed of [true, false]) {
          const el = await mount(html`<div style="width: 320px; font-size: 16px"><signpost-campaign-banner variant="card" lang=${lang}
            campaign=${headed ? 'learn-the-signs' : ''} message=${headed ? '' : message} content-note=${note} cta-href="/x" cta-label="Learn the signs" dismissible></signpost-campaign-banner></div>`);
          const banner = el.firstElementChild as Banner;
          await banner.updateComplete;
          const close = $(banner, '[part="close-button"]').getBoundingClientRect();
          for (const part of ['heading', 'content-note', 'message']) {
            const node = banner.shadowRoot!.querySelector(`[part="${part}"]`);
            if (!node) continue;
            if (textUnder(node, close)) covered.push(`${lang}${note ? ' with a note' : ''}${headed ? '' : ' without a heading'}: ${part}`);
          }
        }
      }
    }
    expect(covered).to.deep.equal([]);
  });

  it('the close button in the corner never covers the partner’s words: the message under a one-line heading, nor a Hebrew page’s words in an English banner; in the bar nothing moves for it', async () => {
    const covered: string[] = [];
    const long = 'Knowing the signs helps you notice when someone may need help. Report what you see.';
    const cases = [
      ['en', 'Know the signs'],
      ['ar', 'اعرف العلامات'],
      // Signpost has no Hebrew: its own words are English, left to right; the partner's, right to left.
      ['he', 'סימנים של סחר'],
      ['he', 'סימנים של סחר בבני אדם ומה לעשות כשאתם רואים אותם'],
    ];
    for (const [lang, heading] of cases) {
      for (const variant of ['card', 'inline']) {
        for (const width of [320, 700]) {
          for (const message of [long, 'Report what you see.']) {
            const wrap = await fixture(html`<div lang=${lang} style="width: ${width}px; font-size: 16px"><signpost-campaign-banner variant=${variant} heading=${heading}
              message=${message} content-note="Mentions exploitation." cta-href="/x" cta-label="Learn the signs" dismissible></signpost-campaign-banner></div>`);
            const banner = wrap.firstElementChild as Banner;
            await banner.updateComplete;
            const close = $(banner, '[part="close-button"]').getBoundingClientRect();
            for (const part of ['heading', 'message', 'content-note', 'cta']) {
              if (textUnder($(banner, `[part="${part}"]`), close)) covered.push(`${lang}/${variant}/${width} px/${heading.length}/${message.length}: ${part}`);
            }
          }
        }
      }
    }
    expect(covered).to.deep.equal([]);
    // The bar keeps its close button in its row: its text sits where a bar without one has it.
    const moved: string[] = [];
    for (const width of [320, 700]) {
      const at = async (dismissible: boolean) => {
        const wrap = await fixture(html`<div style="width: ${width}px; font-size: 16px"><signpost-campaign-banner variant="bar" heading="Know the signs"
          message="Report what you see." ?dismissible=${dismissible}></signpost-campaign-banner></div>`);
        const banner = wrap.firstElementChild as Banner;
        await banner.updateComplete;
        const box = $(banner, '[part="heading"]').getBoundingClientRect();
        const base = $(banner, '[part~="base"]').getBoundingClientRect();
        return [Math.round(box.left - base.left), Math.round(box.top - base.top)];
      };
      const [plain, closable] = [await at(false), await at(true)];
      if (String(plain) !== String(closable)) moved.push(`bar at ${width} px: heading at ${closable} with a close button, ${plain} without`);
    }
    expect(moved).to.deep.equal([]);
  });

  it('writes the partner’s words right to left on a Hebrew page, whose language Signpost does not ship (its own words stay English, left to right)', async () => {
    const direction = (el: Element, part: string) => getComputedStyle($(el, `[part="${part}"]`)).direction;
    const wrap = await fixture(html`<div lang="he"><signpost-campaign-banner heading="סימנים של סחר בבני אדם" message="למדו לזהות את הסימנים." cta-label="קראו עוד" cta-href="/he" content-note="מזכיר אלימות" dismissible></signpost-campaign-banner></div>`);
    const el = wrap.querySelector<Banner>('signpost-campaign-banner')!;
    await el.updateComplete;
    expect(['heading', 'message', 'cta', 'close-button'].map((p) => direction(el, p))).to.deep.equal(['rtl', 'rtl', 'rtl', 'ltr']);
    // The content note: its words right to left, Signpost's English label before them left to right
    // (in a right-to-left paragraph, "Content note:" would show as ":Content note").
    const note = $(el, '[part="content-note"]');
    expect([getComputedStyle(note.querySelector('strong')!).direction, getComputedStyle(note.querySelector('[lang]')!).direction]).to.deep.equal(['ltr', 'rtl']);
    expect($(el, '[part="close-button"]').getAttribute('aria-label')).to.equal('Dismiss this message');
    // The host's own dir decides for both (a language Signpost does not know is written right to left).
    const own = await mount(html`<signpost-campaign-banner lang="pa-Arab" dir="rtl" message="پیغام"></signpost-campaign-banner>`);
    expect(direction(own, 'message')).to.equal('rtl');
    // A built-in campaign's words are the catalog's (English, here): left to right.
    const builtIn = await fixture(html`<div lang="he"><signpost-campaign-banner campaign="learn-the-signs"></signpost-campaign-banner></div>`);
    const shipped = builtIn.querySelector<Banner>('signpost-campaign-banner')!;
    await shipped.updateComplete;
    expect(direction(shipped, 'message')).to.equal('ltr');
    // Beside a built-in campaign's words, the partner's own heading is theirs: right to left, the campaign's message left to right.
    const mixed = await fixture(html`<div lang="he"><signpost-campaign-banner campaign="learn-the-signs" heading="סימנים של סחר בבני אדם"></signpost-campaign-banner></div>`);
    const both = mixed.querySelector<Banner>('signpost-campaign-banner')!;
    await both.updateComplete;
    expect(['heading', 'message'].map((p) => direction(both, p))).to.deep.equal(['rtl', 'ltr']);
    // And the partner's own message beside the campaign's heading.
    const message = await fixture(html`<div lang="he"><signpost-campaign-banner campaign="learn-the-signs" message="למדו לזהות את הסימנים."></signpost-campaign-banner></div>`);
    const withMessage = message.querySelector<Banner>('signpost-campaign-banner')!;
    await withMessage.updateComplete;
    expect(['heading', 'message'].map((p) => direction(withMessage, p))).to.deep.equal(['ltr', 'rtl']);
  });

  it('slots partner-authored light DOM as is, without parsing it', async () => {
    const el = await mount(html`<signpost-campaign-banner>
      <span slot="heading">Our <em>campaign</em></span>
      <p>Partner text with <a href="/more">a link</a>.</p>
    </signpost-campaign-banner>`);
    const heading = $<HTMLSlotElement>(el, 'slot[name="heading"]').assignedElements()[0];
    expect(heading.innerHTML).to.equal('Our <em>campaign</em>');
    expect($<HTMLSlotElement>(el, '[part="message"] slot').assignedElements()[0].querySelector('a')!.getAttribute('href')).to.equal('/more');
  });

  it('makes links only from http(s), relative or tel: URLs, and a tel: link only to a phone number', async () => {
    for (const [href, link] of [
      ['https://example.org/a', true],
      ['tel:+18883737888', true],
      ['tel:1-888-373-7888', true],
      ['tel:+44 (0)800 121 700', true],
      ['tel:+44%20800%20121%20700', true],
      // As pasted from web pages: no-break and thin spaces, non-breaking hyphens, en dashes, a German slash.
      ['tel:+44\u00a0800\u00a0012\u00a01700', true],
      ['tel:+1\u2011888\u2011373\u20117888', true],
      ['tel:1\u2013888\u2013373\u20137888', true],
      ['tel:0800 / 0116016', true],
      ['tel:+44\u202f800\u202f012\u202f1700', true],
      ['tel:**21*+447700900123#', false], // a call-forwarding code, not a number
      ['tel:1-900-PREMIUM', false],
      ['tel:+18883737888;phone-context=x', false],
      ['tel:', false],
      ['javascript:alert(1)', false],
      ['JaVaScRiPt:alert(1)', false],
      ['data:text/html,<script>alert(1)</script>', false],
      ['vbscript:x', false],
    ] as const) {
      let el!: Banner;
      const warnings = await captureWarnings(async () => {
        el = await mount(html`<signpost-campaign-banner heading="H" cta-href=${href} cta-label="Go"></signpost-campaign-banner>`);
      });
      expect($$(el, '[part="cta"]').length, href).to.equal(link ? 1 : 0);
      // The link dials digits (and + - . ( ) as written): never a pasted space or dash that a dialler may refuse.
      if (link && href.startsWith('tel:')) expect($(el, '[part="cta"]').getAttribute('href'), href).to.match(/^tel:\+?[\d().-]+$|%20/);
      if (!link) expect(warnings.join(), href).to.contain('no link is made');
    }
    // A framework unsetting it (undefined, null): no link, not one to the relative URL "undefined".
    for (const unset of [undefined, null]) {
      const el = await mount(html`<signpost-campaign-banner heading="H" .ctaHref=${unset} cta-label="Go"></signpost-campaign-banner>`);
      expect($$(el, '[part="cta"]').map((a) => a.getAttribute('href')), String(unset)).to.deep.equal([]);
    }
  });

  it('does not show an image without image-alt, and says why; image-alt="" marks it decorative', async () => {
    let el!: Banner;
    const warnings = await captureWarnings(async () => {
      el = await mount(html`<signpost-campaign-banner heading="H" image=${IMG}></signpost-campaign-banner>`);
    });
    expect($$(el, 'img')).to.have.length(0);
    expect(warnings.join()).to.contain('image without image-alt');
    // A framework binding unset data (Vue :imageAlt, Angular [imageAlt]) sets undefined: no alt either, not a decorative image.
    let bound!: Banner;
    const unset = await captureWarnings(async () => {
      bound = await mount(html`<signpost-campaign-banner heading="H" image=${IMG} .imageAlt=${undefined}></signpost-campaign-banner>`);
    });
    expect($$(bound, 'img'), 'imageAlt undefined').to.have.length(0);
    expect(unset.join()).to.contain('image without image-alt');
    // An image given later to a banner that had none (a CMS, a framework binding) is said too.
    const plain = await mount(html`<signpost-campaign-banner heading="H"></signpost-campaign-banner>`);
    const later = await captureWarnings(async () => {
      plain.image = IMG;
      await plain.updateComplete;
    });
    expect($$(plain, 'img'), 'image set later').to.have.length(0);
    expect(later.join()).to.contain('image without image-alt');
    const described = await mount(html`<signpost-campaign-banner heading="H" image=${IMG} image-alt="People at a community meeting"></signpost-campaign-banner>`);
    const img = $<HTMLImageElement>(described, 'img');
    expect(img.alt).to.equal('People at a community meeting');
    expect(img.referrerPolicy).to.equal('no-referrer');
    const decorative = await mount(html`<signpost-campaign-banner heading="H" image=${IMG} image-alt=""></signpost-campaign-banner>`);
    expect($<HTMLImageElement>(decorative, 'img').getAttribute('alt')).to.equal('');
    await expect(decorative).to.be.accessible();
    for (const bad of ['javascript:alert(1)', 'data:image/svg+xml,<svg/>']) {
      let unsafe!: Banner;
      const said = await captureWarnings(async () => {
        unsafe = await mount(html`<signpost-campaign-banner heading="H" image=${bad} image-alt="x"></signpost-campaign-banner>`);
      });
      expect($$(unsafe, 'img'), bad).to.have.length(0);
      expect(said.join(), bad).to.contain('is not an http(s) or relative URL');
    }
  });

  it('a banner with every attribute valid says nothing in the console, when mounted and when each changes to another valid value', async () => {
    let el!: Banner;
    const mounted = await captureWarnings(async () => {
      el = await mount(html`<signpost-campaign-banner
        heading="Walk, Saturday"
        message="Meet at the square."
        from="2026-06-01"
        until="2026-06-30"
        image=${IMG}
        image-alt="People at a community meeting"
        content-note="shows a crowd"
        cta-href="https://example.org/walk"
        cta-label="Join"
        remember-dismissal="local"
        heading-level="3"
        variant="card"
        dismissible
        .clock=${on(2026, 6, 20)}
      ></signpost-campaign-banner>`);
    });
    expect([el.showing, mounted]).to.deep.equal([true, []]);
    const changes: [string, string][] = [
      ['from', '2026-06-10'],
      ['until', '2026-06-25'],
      ['image', `${IMG}?other`],
      ['image-alt', ''],
      ['content-note', 'shows a police van'],
      ['cta-href', 'tel:+18883737888'],
      ['cta-href', '/walk'],
      ['remember-dismissal', 'session'],
      ['heading-level', '4'],
      ['variant', 'bar'],
      ['variant', 'inline'],
      ['campaign', 'learn-the-signs'],
    ];
    for (const [name, value] of changes) {
      const said = await captureWarnings(async () => {
        el.setAttribute(name, value);
        await el.updateComplete;
      });
      expect(said, `${name}="${value}"`).to.deep.equal([]);
      expect(el.showing, `${name}="${value}"`).to.equal(true);
    }
    expect([$$(el, '[part="cta"]').length, el.headingLevel]).to.deep.equal([1, 4]);
  });

  it('shows its message when the tags hold only line breaks, or only a heading slot (whitespace takes no slot)', async () => {
    const el = await mount(html`<signpost-campaign-banner message="Join us on Monday.">
      <span slot="heading">Volunteer training</span>
    </signpost-campaign-banner>`);
    expect($(el, '[part="message"]').textContent!.trim()).to.equal('Join us on Monday.');
    const builtIn = await mount(html`<signpost-campaign-banner campaign="learn-the-signs">
    </signpost-campaign-banner>`);
    expect($(builtIn, '[part="message"]').textContent).to.contain('Knowing the signs helps you notice');
    // A paragraph written in later (a CMS script) replaces the message.
    const p = document.createElement('p');
    p.textContent = 'Written later.';
    el.append(p);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect($<HTMLSlotElement>(el, '[part="message"] slot').assignedElements()).to.deep.equal([p]);
    expect($(el, '[part="message"]').textContent!.trim()).to.equal('');
  });

  it('a content note longer than the image box makes the box grow: the note and its "Show the image" button stay whole, clear of the close button (every variant, wide and narrow, en and ar, larger text)', async () => {
    const note = 'this banner links to news about a court case in which survivors gave evidence, with descriptions of exploitation and threats';
    const problems: string[] = [];
    for (const variant of ['inline', 'card']) {
      for (const [width, size] of [[1000, 16], [320, 16], [412, 32]]) {
        for (const lang of ['en', 'ar']) {
          const wrap = await fixture(html`<div style="width: ${width}px; font-size: ${size}px"><signpost-campaign-banner variant=${variant} lang=${lang} heading="H" message="M"
            image=${IMG} image-alt="A photo" content-note=${note} dismissible></signpost-campaign-banner></div>`);
          const el = wrap.firstElementChild as Banner;
          await el.updateComplete;
          const at = `${variant} ${width}px ${size}px ${lang}`;
          const box = $(el, '.media.note');
          const outer = box.getBoundingClientRect();
          if (box.scrollHeight > box.clientHeight + 1) problems.push(`${at}: the note scrolls inside its box`);
          const button = box.querySelector('button')!.getBoundingClientRect();
          if (button.bottom > outer.bottom || button.top < outer.top) problems.push(`${at}: the button is outside the box`);
          const close = $(el, '[part="close-button"]').getBoundingClientRect();
          if (textUnder(box.querySelector('p')!, close)) problems.push(`${at}: the close button covers the note`);
          // Never smaller than the image it stands for (16:9 of its width).
          if (outer.height + 1 < (outer.width * 9) / 16) problems.push(`${at}: the box is smaller than the image's`);
        }
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('a removed variant attribute means inline, without a warning', async () => {
    const el = await mount(html`<signpost-campaign-banner heading="H" variant="card"></signpost-campaign-banner>`);
    const warnings = await captureWarnings(async () => {
      el.removeAttribute('variant');
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect($(el, '[part="base"]').classList.contains('inline')).to.equal(true);
  });

  it('a variant set as a property (as frameworks set it) is written to the attribute, so the page’s documented reserve rule applies', async () => {
    const style = document.createElement('style');
    style.textContent = 'signpost-campaign-banner[variant="bar"] { display: flow-root; min-height: 23em; }';
    document.head.append(style);
    try {
      const el = await mount(html`<signpost-campaign-banner heading="H"></signpost-campaign-banner>`);
      el.variant = 'bar';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('bar');
      expect(getComputedStyle(el).minHeight).to.equal(`${23 * parseFloat(getComputedStyle(el).fontSize)}px`);
    } finally {
      style.remove();
    }
  });

  it('its background is a tint of the partner’s accent', async () => {
    const el = await mount(html`<signpost-campaign-banner heading="H" style="--signpost-accent: rgb(200, 0, 0)"></signpost-campaign-banner>`);
    const [r, g, b] = rgbOf(getComputedStyle($(el, '[part="base"]')).backgroundColor);
    expect(r, 'reddish').to.be.above(b);
    expect(g).to.be.above(200); // pale
  });

  it('marks the partner’s words around the image (the content note, the alt text) with the page’s language', async () => {
    for (const variant of ['inline', 'bar'] as const) {
      const wrap = await fixture(html`<div lang="es-MX"><signpost-campaign-banner variant=${variant} heading="H" image=${IMG} image-alt="Una foto" content-note="muestra una redada"></signpost-campaign-banner></div>`);
      const el = wrap.querySelector<Banner>('signpost-campaign-banner')!;
      await el.updateComplete;
      const note = $(el, '[part="content-note"]');
      expect(note.closest('[lang]')!.getAttribute('lang'), `${variant}: the label, the widget’s`).to.equal('es');
      const words = note.querySelector('span[lang]')!;
      expect([words.getAttribute('lang'), words.textContent], variant).to.deep.equal(['es-MX', 'muestra una redada']);
    }
    const wrap = await fixture(html`<div lang="es-MX"><signpost-campaign-banner heading="H" image=${IMG} image-alt="Una foto"></signpost-campaign-banner></div>`);
    const img = $<HTMLImageElement>(wrap.querySelector<Banner>('signpost-campaign-banner')!, 'img');
    expect([img.alt, img.lang]).to.deep.equal(['Una foto', 'es-MX']);
  });

  it('on a page that states no language, marks the partner’s words lang="" (unknown: the reader’s own voice), not the widget’s English', async () => {
    // The test runner's page states none (no lang on <html>); a blank lang on an ancestor would not count.
    expect(document.documentElement.hasAttribute('lang'), 'the page states no language').to.equal(false);
    const wrap = await fixture(html`<div><signpost-campaign-banner heading="Connaître les signes" message="Apprenez à les reconnaître." cta-href="/signes" cta-label="Lire" image=${IMG} image-alt="Une photo"></signpost-campaign-banner></div>`);
    const el = wrap.querySelector<Banner>('signpost-campaign-banner')!;
    await el.updateComplete;
    const langOf = (node: Element) => node.closest('[lang]')!.getAttribute('lang');
    expect($(el, '[part="base"]').getAttribute('lang'), 'Signpost’s own words').to.equal('en');
    expect([$(el, '[part="heading"]'), $(el, '[part="message"]'), $(el, '[part="cta"]'), $(el, 'img')].map((w) => [w.textContent || (w as HTMLImageElement).alt, langOf(w)])).to.deep.equal([
      ['Connaître les signes', ''],
      ['Apprenez à les reconnaître.', ''],
      ['Lire', ''],
      ['Une photo', ''],
    ]);
  });

  it('out of its dates, does not show its own light-DOM message even before its first render (a language file may hold that back)', async () => {
    const el = document.createElement('signpost-campaign-banner');
    el.setAttribute('until', '2020-01-31');
    el.innerHTML = '<p>Our winter appeal</p>';
    document.body.append(el);
    try {
      // At once, before any render: the fallback slot is there, and shows nothing.
      expect(el.hasAttribute('showing')).to.equal(false);
      expect(el.shadowRoot!.querySelector('slot'), 'the fallback slot').to.not.equal(null);
      expect(el.querySelector('p')!.getClientRects().length, 'the message takes no box').to.equal(0);
      const shown = document.createElement('signpost-campaign-banner');
      shown.innerHTML = '<p>Our spring appeal</p>';
      document.body.append(shown);
      expect(shown.querySelector('p')!.getClientRects().length, 'a banner that shows keeps its fallback in view').to.be.greaterThan(0);
      shown.remove();
    } finally {
      el.remove();
    }
  });

  it('with a content note, shows the note first and the image only when the reader asks', async () => {
    const el = await mount(html`<signpost-campaign-banner heading="H" image=${IMG} image-alt="A photo" content-note="this image shows a police operation"></signpost-campaign-banner>`);
    const note = $(el, '[part="content-note"]');
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.contain('Content note: this image shows a police operation');
    expect($$(el, 'img')).to.have.length(0);
    const box = $(el, '.media').getBoundingClientRect();
    const show = note.querySelector('button')!;
    show.focus();
    show.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect($<HTMLImageElement>(el, 'img').alt).to.equal('A photo');
    // The button is gone: focus moves to the image that replaced it, not back to the page.
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.media'));
    // The image takes the place the note held (as tall, or less when the note's words needed more):
    // a 16:9 box, sized before the image loads.
    const after = $(el, '.media').getBoundingClientRect();
    expect(Math.round(after.width)).to.equal(Math.round(box.width));
    expect(after.height).to.be.at.most(box.height + 0.5);
    expect(after.height).to.be.closeTo((after.width * 9) / 16, 1);
    await expect(el).to.be.accessible();
  });

  it('after "Show the image" on a decorative image (image-alt=""), focus goes on to the banner’s words, not to a box with nothing to say', async () => {
    const el = await mount(html`<signpost-campaign-banner heading="Know the signs" message="Report what you see." image=${IMG} image-alt="" content-note="a crowded street"></signpost-campaign-banner>`);
    $(el, '[part="content-note"] button').click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect($<HTMLImageElement>(el, 'img').getAttribute('alt')).to.equal('');
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused?.className, 'the focused element').to.equal('text');
    expect(focused.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Know the signs Report what you see.');
    await expect(el).to.be.accessible();
  });

  it('over an image, the close button’s focus ring lies against the button’s own surface, not the photo', async () => {
    const wrap = await fixture(html`<div><button id="before">Before</button><signpost-campaign-banner variant="card" heading="Know the signs" message="Report what you see."
      image=${IMG} image-alt="A person looking at a phone" dismissible></signpost-campaign-banner></div>`);
    const el = wrap.querySelector<Banner>('signpost-campaign-banner')!;
    await el.updateComplete;
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({press: 'Tab'});
    const close = $(el, '[part="close-button"]');
    expect(el.shadowRoot!.activeElement === close, 'Tab reaches the close button').to.equal(true);
    const style = getComputedStyle(close);
    expect(style.outlineStyle, 'a focus ring').to.equal('solid');
    // No gap: the ring touches the button, whose surface is what it is seen against (3:1 at least).
    expect(style.outlineOffset).to.equal('0px');
    expect(contrast(style.outlineColor, style.backgroundColor), 'ring against the button').to.be.at.least(3);
  });

  it('keeps focus where it was when the focused close button goes, so the next Tab goes on from there', async () => {
    // Buttons, not links, around it: WebKit's Tab may skip links (a user preference), never buttons.
    const wrap = await fixture(html`<div><button id="before">before</button><signpost-campaign-banner heading="H" dismissible></signpost-campaign-banner><button id="after">after</button></div>`);
    const el = wrap.querySelector<Banner>('signpost-campaign-banner')!;
    await el.updateComplete;
    const close = $<HTMLButtonElement>(el, '[part="close-button"]');
    close.focus();
    close.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(document.activeElement === el, `focus stays on the banner, not ${document.activeElement?.localName}`).to.equal(true);
    // On words a screen reader reads as focus comes to them, unseen (no "blank"), in the widget's language.
    const said = el.shadowRoot!.activeElement as HTMLElement;
    expect(said?.textContent).to.equal('Message closed.');
    expect(said.getAttribute('lang')).to.equal('en');
    expect(said.getBoundingClientRect().width).to.be.at.most(1);
    expect(getComputedStyle(said).clipPath).to.equal('inset(50%)');
    await sendKeys({press: 'Tab'});
    // On from the banner's place: the button after it, not the page's first control (nor the one before).
    expect(document.activeElement?.id, 'the next Tab after closing').to.equal('after');
    // The words stay where a screen reader reading on finds them, unseen: nothing else of the banner does.
    expect(textOf(el).trim()).to.equal('Message closed.');
    expect(el.getBoundingClientRect().height).to.equal(0);
    // And they are no Tab stop: from the button before, Tab goes straight to the one after.
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({press: 'Tab'});
    expect(document.activeElement?.id, 'Tab past the closed banner').to.equal('after');
  });

  it('says "Message closed." in the banner’s language when closed', async () => {
    const el = await mount(html`<signpost-campaign-banner lang="es" campaign="learn-the-signs" dismissible></signpost-campaign-banner>`);
    $<HTMLButtonElement>(el, '[part="close-button"]').click();
    await new Promise((r) => setTimeout(r, 50));
    const said = el.shadowRoot!.activeElement as HTMLElement;
    expect(said?.textContent).to.equal('Mensaje cerrado.');
    expect(said.getAttribute('lang')).to.equal('es');
    await expect(el).to.be.accessible();
  });

  it('takes a heading level (2–6, whole) to fit the page’s outline; others warn and use 2', async () => {
    const el = await mount(html`<signpost-campaign-banner campaign="learn-the-signs" heading-level="3"></signpost-campaign-banner>`);
    expect($(el, '[part="heading"]').getAttribute('aria-level')).to.equal('3');
    let bad!: Banner;
    const warnings = await captureWarnings(async () => {
      bad = await mount(html`<signpost-campaign-banner campaign="learn-the-signs" heading-level="h4"></signpost-campaign-banner>`);
    });
    expect(warnings.join('\n')).to.contain('heading-level must be 2–6');
    expect($(bad, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
    // A level between two (2.5) is as wrong as one past either end (1, 6.4, 7): each warns and uses 2.
    for (const level of ['2.5', '6.4', '1', '7']) {
      const half = await captureWarnings(async () => {
        bad = await mount(html`<signpost-campaign-banner campaign="learn-the-signs" heading-level=${level}></signpost-campaign-banner>`);
      });
      expect(half.join('\n'), level).to.contain('heading-level must be 2–6');
      expect($(bad, '[part="heading"]').getAttribute('aria-level'), level).to.equal('2');
    }
    // Removed or emptied (a template writing an unset value): 2 again, without a warning.
    for (const change of [() => el.removeAttribute('heading-level'), () => el.setAttribute('heading-level', '')]) {
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      const quiet = await captureWarnings(async () => {
        change();
        await el.updateComplete;
      });
      expect(quiet).to.deep.equal([]);
      expect($(el, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
    }
  });

  it('shows words written straight into it (text, no element) and words in an element alike', async () => {
    for (const words of ['Our volunteers meet on Monday.', '<p>Our volunteers meet on Monday.</p>']) {
      const el = document.createElement('signpost-campaign-banner') as Banner;
      el.innerHTML = words;
      document.body.append(el);
      await el.updateComplete;
      expect(el.showing, words).to.equal(true);
      expect($$(el, '[part="base"]').length, words).to.equal(1);
      expect(el.innerText.trim(), words).to.equal('Our volunteers meet on Monday.');
      el.remove();
    }
  });

  it('a banner with a message only has no empty heading and no label from one', async () => {
    const el = await mount(html`<signpost-campaign-banner message="Our volunteers meet on Monday."></signpost-campaign-banner>`);
    expect($$(el, '[part="heading"]')).to.have.length(0);
    expect($(el, '[part="base"]').hasAttribute('aria-labelledby')).to.equal(false);
    await expect(el).to.be.accessible();
    const slotted = await mount(html`<signpost-campaign-banner><span slot="heading">Slotted heading</span>Text</signpost-campaign-banner>`);
    expect($(slotted, '[part="base"]').getAttribute('aria-labelledby')).to.equal('heading');
    // A template that writes an empty value between spaces (heading=" {{ h }} ") gives no heading either.
    const blank = await mount(html`<signpost-campaign-banner heading="  \n " message=" Our volunteers meet on Monday. "></signpost-campaign-banner>`);
    expect($$(blank, '[part="heading"]'), 'no empty heading').to.have.length(0);
    expect($(blank, '[part="base"]').hasAttribute('aria-labelledby')).to.equal(false);
    expect($(blank, '[part="message"]').textContent).to.equal('Our volunteers meet on Monday.');
    await expect(blank).to.be.accessible();
  });

  it('reads its attributes without the spaces around them (campaign="world-day ", variant=" bar"), without a warning', async () => {
    let el!: Banner;
    const warnings = await captureWarnings(async () => {
      el = await mount(html`<signpost-campaign-banner campaign=" world-day " variant=" bar" from="2026-01-01" until="2099-12-31"></signpost-campaign-banner>`);
    });
    expect(warnings).to.deep.equal([]);
    expect($(el, '[part="heading"]').textContent).to.equal('30 July: World Day against Trafficking in Persons');
    expect($(el, '[part="base"]').classList.contains('bar')).to.equal(true);
  });

  it('the bar variant, which shows no image, still shows a content note first', async () => {
    const el = await mount(html`<signpost-campaign-banner variant="bar" heading="H" image=${IMG} image-alt="A photo" content-note="mentions violence"></signpost-campaign-banner>`);
    const notes = $$(el, '[part="content-note"]').filter((n) => n.getClientRects().length > 0);
    expect(notes).to.have.length(1);
    expect(notes[0].textContent).to.contain('mentions violence');
  });

  it('shows each built-in campaign only in its own dates (reader’s local date)', async () => {
    const cases: Array<[string, [number, number, number], boolean]> = [
      ['world-day', [2026, 7, 30], true],
      ['world-day', [2026, 7, 24], true],
      ['world-day', [2026, 7, 23], false],
      ['world-day', [2026, 7, 31], false],
      ['prevention-month', [2027, 1, 1], true],
      ['prevention-month', [2027, 1, 31], true],
      ['prevention-month', [2026, 12, 31], false],
      ['wear-blue-day', [2027, 1, 11], true],
      ['wear-blue-day', [2027, 1, 5], true],
      ['wear-blue-day', [2027, 1, 12], false],
      ['learn-the-signs', [2026, 3, 3], true],
    ];
    for (const [campaign, [y, m, d], shown] of cases) {
      const el = await mount(html`<signpost-campaign-banner campaign=${campaign} .clock=${on(y, m, d)}></signpost-campaign-banner>`);
      expect(el.showing, `${campaign} on ${y}-${m}-${d}`).to.equal(shown);
      expect($$(el, '[part="base"]').length).to.equal(shown ? 1 : 0);
    }
    const world = await mount(html`<signpost-campaign-banner campaign="world-day" .clock=${on(2026, 7, 30)}></signpost-campaign-banner>`);
    expect(textOf(world)).to.contain('30 July: World Day against Trafficking in Persons');
    await expect(world).to.be.accessible();
  });

  it('a page left open past the reader\'s midnight looks at the dates again: a day\'s banner goes, the next day\'s comes', async () => {
    // The reader's clock: half a second before local midnight on 29 November, then running.
    const start = new Date(2026, 10, 29, 23, 59, 59, 500).getTime();
    const t0 = performance.now();
    const clock = () => start + (performance.now() - t0);
    const today = await mount(html`<signpost-campaign-banner heading="Event today" until="2026-11-29" .clock=${clock}></signpost-campaign-banner>`);
    const tomorrow = await mount(html`<signpost-campaign-banner heading="Event tomorrow" from="2026-11-30" .clock=${clock}></signpost-campaign-banner>`);
    expect([today.hasAttribute('showing'), $$(today, '[part="base"]').length, tomorrow.hasAttribute('showing')]).to.deep.equal([true, 1, false]);
    await new Promise((r) => setTimeout(r, 1600)); // past midnight, and the at-least-a-second wait
    await Promise.all([today.updateComplete, tomorrow.updateComplete]);
    expect([today.hasAttribute('showing'), $$(today, '[part="base"]').length]).to.deep.equal([false, 0]);
    expect([tomorrow.hasAttribute('showing'), textOf(tomorrow)]).to.deep.equal([true, 'Event tomorrow']);
  });

  it('a computer that slept past midnight: the banner looks at its dates again within the hour (a timer stands still in sleep)', async () => {
    // Sleep, as the page sees it: the timer fires when it was due in the page's own time, while the
    // reader's clock has moved on by the hours the computer slept.
    let time = new Date(2026, 10, 29, 10).getTime();
    const waits: number[] = [];
    const realSetTimeout = window.setTimeout;
    let due: (() => void) | undefined;
    window.setTimeout = ((fn: () => void, ms: number) => (waits.push(ms), (due = fn), 0)) as typeof window.setTimeout;
    const today = document.createElement('signpost-campaign-banner') as Banner;
    Object.assign(today, {heading: 'Event today', until: '2026-11-29', clock: () => time});
    try {
      document.body.append(today); // connecting arms the timer
    } finally {
      window.setTimeout = realSetTimeout;
    }
    await today.updateComplete;
    expect(today.showing).to.equal(true);
    expect(waits, 'the one timer: the next look at the dates').to.have.length(1);
    expect(waits[0]).to.be.at.most(3600e3);
    time = new Date(2026, 10, 30, 8).getTime(); // the lid opened the next morning
    due!();
    await today.updateComplete;
    expect(today.showing, 'yesterday’s event is gone').to.equal(false);
    today.remove();
  });

  it('a page shown again the next day (a phone woken, a tab brought back) looks at its dates at once, before its timer', async () => {
    let time = new Date(2026, 10, 29, 10).getTime();
    const el = await mount(html`<signpost-campaign-banner heading="Event today" until="2026-11-29" .clock=${() => time}></signpost-campaign-banner>`);
    expect([el.showing, $$(el, '[part="base"]').length]).to.deep.equal([true, 1]);
    time = new Date(2026, 10, 30, 8).getTime(); // the phone woken the next morning, its timers late
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect([el.showing, $$(el, '[part="base"]').length, el.hasAttribute('showing')], 'yesterday’s event is gone').to.deep.equal([false, 0, false]);
  });

  it('a removed banner stops looking at its dates (no timer left running), and looks again once back in the page', async () => {
    // 10:00: the next look is an hour away (at most an hour, whatever the time to midnight).
    await withFakeWaits(3600e3, async (waits) => {
      const el = document.createElement('signpost-campaign-banner') as Banner;
      Object.assign(el, {heading: 'Event', clock: () => new Date(2026, 10, 29, 10).getTime()});
      document.body.append(el);
      expect(waits.pending(), 'in the page: one timer').to.equal(1);
      el.remove(); // a single-page app's route change
      expect(waits.pending(), 'removed: none').to.equal(0);
      document.body.append(el);
      expect(waits.pending(), 'back: one again').to.equal(1);
      el.remove();
    });
  });

  it('lets from/until override a window or give one to any banner', async () => {
    const placedAhead = await mount(html`<signpost-campaign-banner campaign="world-day" from="2026-07-01" until="2026-08-15" .clock=${on(2026, 8, 10)}></signpost-campaign-banner>`);
    expect(placedAhead.showing).to.equal(true);
    const custom = await mount(html`<signpost-campaign-banner heading="Event" until="2026-11-28" .clock=${on(2026, 11, 29)}></signpost-campaign-banner>`);
    expect(custom.showing).to.equal(false);
    expect(isShowing([2026, 11, 29], WINDOWS['learn-the-signs'], parseDay('2026-11-29'), null)).to.equal(true);
    expect(parseDay('2026-02-30')).to.equal(null);
    const warnings = await captureWarnings(async () => {
      await mount(html`<signpost-campaign-banner heading="X" from="soon" variant="huge" campaign="nope"></signpost-campaign-banner>`);
    });
    expect(warnings.join('\n')).to.contain('from="soon" is not a date').and.to.contain('variant must be').and.to.contain('unknown campaign "nope"');
  });

  it('reads a campaign named after an Object member (constructor, __proto__, toString, hasOwnProperty) as unknown: a warning, no box of its own, and a partner message shown as it is', async () => {
    for (const campaign of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      let alone!: Banner;
      let withWords!: Banner;
      const warnings = await captureWarnings(async () => {
        alone = await mount(html`<signpost-campaign-banner campaign=${campaign}></signpost-campaign-banner>`);
        withWords = await mount(html`<signpost-campaign-banner campaign=${campaign} message="Our helpline is open today."></signpost-campaign-banner>`);
      });
      expect(warnings.filter((w) => w.includes(`unknown campaign "${campaign}"`)), campaign).to.have.length(2);
      expect(alone.showing, `${campaign} alone`).to.equal(false);
      expect(textOf(alone), `${campaign} alone`).to.equal('');
      expect(withWords.showing, `${campaign} with a message`).to.equal(true);
      expect(textOf($(withWords, '[part="message"]')), `${campaign} with a message`).to.equal('Our helpline is open today.');
      expect(markupOf(withWords.shadowRoot!.querySelector('[part="heading"]')), `${campaign}: no heading`).to.equal(null);
    }
  });

  it('shows a campaign on the first and last day of its yearly window, every year, and not the day before or after', () => {
    // isShowing reads a window as from/until in today's year: one crossing the new year would never show.
    const windows = Object.entries(WINDOWS);
    expect(windows.length).to.be.at.least(3);
    for (const [id, window] of windows) {
      for (const year of [2026, 2027, 2028]) {
        const day = (month: number, date: number): [number, number, number] => localDate(new Date(year, month - 1, date).getTime());
        const [fromMonth, fromDay] = window!.from;
        const [untilMonth, untilDay] = window!.until;
        expect(isShowing(day(fromMonth, fromDay), window, null, null), `${id} on its first day of ${year}`).to.equal(true);
        expect(isShowing(day(untilMonth, untilDay), window, null, null), `${id} on its last day of ${year}`).to.equal(true);
        expect(isShowing(day(fromMonth, fromDay - 1), window, null, null), `${id} the day before, ${year}`).to.equal(false);
        expect(isShowing(day(untilMonth, untilDay + 1), window, null, null), `${id} the day after, ${year}`).to.equal(false);
      }
    }
  });

  it('a from or until that is not a real date hides the banner and says so (a dated message must not show for ever); so does a from after its until', async () => {
    for (const [from, until] of [['2026-7-18', '2026-7-18'], ['2026-06-01', '2026-06-31'], ['', 'next week']]) {
      let el!: Banner;
      const warnings = await captureWarnings(async () => {
        el = await mount(html`<signpost-campaign-banner heading="Walk, Saturday" from=${from} until=${until} .clock=${on(2026, 6, 20)}></signpost-campaign-banner>`);
      });
      expect([el.showing, el.hasAttribute('showing'), $$(el, '[part="base"]').length], `${from}…${until}`).to.deep.equal([false, false, 0]);
      expect(warnings.join('\n')).to.contain('is not a date (YYYY-MM-DD); the banner is hidden');
    }
    // Real dates the wrong way round: it never shows, and says so.
    let reversed!: Banner;
    const warnings = await captureWarnings(async () => {
      reversed = await mount(html`<signpost-campaign-banner heading="Walk, Saturday" from="2026-06-30" until="2026-06-01" .clock=${on(2026, 6, 20)}></signpost-campaign-banner>`);
    });
    expect(reversed.showing).to.equal(false);
    expect(warnings.join('\n')).to.contain('from="2026-06-30" is after until="2026-06-01": it never shows');
    // A from that is no date is said once, as that.
    const once = await captureWarnings(async () => {
      await mount(html`<signpost-campaign-banner heading="Walk" from="soon" until="2026-06-01"></signpost-campaign-banner>`);
    });
    expect(once.join('\n')).to.contain('from="soon" is not a date').and.not.to.contain('is after until');
    // Fixed, it shows on its days.
    const fixed = await mount(html`<signpost-campaign-banner heading="Walk, Saturday" from="2026-06-01" until="2026-06-30" .clock=${on(2026, 6, 20)}></signpost-campaign-banner>`);
    expect(fixed.showing).to.equal(true);
    // Changed later, one date at a time (a CMS, a framework binding): the wrong order is said then too.
    const later = await captureWarnings(async () => {
      fixed.until = '2026-05-31';
      await fixed.updateComplete;
    });
    expect([fixed.showing, later.join('\n')]).to.deep.equal([false, 'Signpost: banner from="2026-06-01" is after until="2026-05-31": it never shows.']);
    fixed.until = '2026-06-30';
    await fixed.updateComplete;
    const fromLater = await captureWarnings(async () => {
      fixed.from = '2026-07-01';
      await fixed.updateComplete;
    });
    expect(fromLater.join('\n')).to.contain('from="2026-07-01" is after until="2026-06-30": it never shows');
    // A one-day banner (from and until the same day) is no mistake: it shows that day, without a word
    // (a space pasted before until too: the dates are compared trimmed).
    let oneDay!: Banner;
    const quiet = await captureWarnings(async () => {
      oneDay = await mount(html`<signpost-campaign-banner heading="Walk, Saturday" from="2026-06-20" until=" 2026-06-20" .clock=${on(2026, 6, 20)}></signpost-campaign-banner>`);
    });
    expect([oneDay.showing, quiet]).to.deep.equal([true, []]);
  });

  it('dismisses with a cancelable event, then a dismissed event; stores nothing by default', async () => {
    const el = await mount(html`<signpost-campaign-banner campaign="learn-the-signs" dismissible></signpost-campaign-banner>`);
    const close = $<HTMLButtonElement>(el, '[part="close-button"]');
    expect(close.getAttribute('aria-label')).to.equal('Dismiss this message');
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('signpost-banner-dismiss', cancel, {once: true});
    close.click();
    await el.updateComplete;
    expect(el.showing).to.equal(true);
    setTimeout(() => close.click());
    const dismissed = await oneEvent(el, 'signpost-banner-dismissed');
    expect(dismissed.detail).to.deep.equal({campaign: 'learn-the-signs'});
    await el.updateComplete;
    expect($$(el, '[part="base"]')).to.have.length(0);
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    expect(document.cookie).not.to.contain('signpost');
  });

  it('the dismissed event comes once the banner has closed: a page that moves focus on it keeps it there', async () => {
    const el = await mount(html`<signpost-campaign-banner campaign="learn-the-signs" dismissible></signpost-campaign-banner>`);
    const status = document.createElement('p');
    status.tabIndex = -1;
    status.textContent = 'Thanks: the message is closed.';
    document.body.append(status);
    try {
      const seen: unknown[] = [];
      el.addEventListener('signpost-banner-dismissed', () => {
        seen.push(el.hasAttribute('showing'), $$(el, '[part="base"]').length);
        status.focus();
      });
      const close = $<HTMLButtonElement>(el, '[part="close-button"]');
      close.focus();
      close.click();
      await new Promise((r) => setTimeout(r, 50));
      expect(seen, 'closed when the event came').to.deep.equal([false, 0]);
      expect(document.activeElement, 'the page kept the focus it moved').to.equal(status);
      // Without a listener that moves it, focus stays where the banner was (the next test file's case too).
      const other = await mount(html`<signpost-campaign-banner campaign="learn-the-signs" dismissible></signpost-campaign-banner>`);
      $<HTMLButtonElement>(other, '[part="close-button"]').focus();
      $<HTMLButtonElement>(other, '[part="close-button"]').click();
      await oneEvent(other, 'signpost-banner-dismissed');
      expect(document.activeElement).to.equal(other);
    } finally {
      status.remove();
    }
  });

  it('carries a showing attribute while it shows, so a reserved height can go when it closes or is out of its dates', async () => {
    const style = document.createElement('style');
    // The README's snippet: the reserve, and the rule that gives it back.
    style.textContent = /<style>([\s\S]*?)<\/style>/.exec(await readmeSnippet('campaign-banner'))![1];
    expect(style.textContent).to.contain(':not([showing])');
    document.head.append(style);
    try {
      const el = await mount(html`<signpost-campaign-banner campaign="learn-the-signs" dismissible></signpost-campaign-banner>`);
      expect(el.hasAttribute('showing')).to.equal(true);
      const open = el.getBoundingClientRect().height;
      expect(open).to.be.at.least(parseFloat(getComputedStyle(el).fontSize) * 24 - 1);
      $<HTMLButtonElement>(el, '[part="close-button"]').click();
      await el.updateComplete;
      expect(el.hasAttribute('showing')).to.equal(false);
      expect(el.getBoundingClientRect().height).to.equal(0);
      // Outside its dates (World Day is 24–30 July): no box; in them: the banner.
      const out = await mount(html`<signpost-campaign-banner campaign="world-day" .clock=${on(2026, 11, 29)}></signpost-campaign-banner>`);
      expect([out.hasAttribute('showing'), out.getBoundingClientRect().height]).to.deep.equal([false, 0]);
      const inWindow = await mount(html`<signpost-campaign-banner campaign="world-day" .clock=${on(2026, 7, 28)}></signpost-campaign-banner>`);
      expect(inWindow.hasAttribute('showing')).to.equal(true);
    } finally {
      style.remove();
    }
  });

  it('dismissible="false" (as Vue binds a false value) has no close button', async () => {
    const el = await mount(html`<signpost-campaign-banner campaign="learn-the-signs" dismissible="false"></signpost-campaign-banner>`);
    expect([el.dismissible, $$(el, '[part="close-button"]').length]).to.deep.equal([false, 0]);
  });

  it('remember-dismissal keeps only a dismissed flag for that campaign (session by default, or local)', async () => {
    const el = await mount(html`<signpost-campaign-banner campaign="learn-the-signs" dismissible remember-dismissal></signpost-campaign-banner>`);
    $(el, '[part="close-button"]').click();
    expect({...sessionStorage}).to.deep.equal({'signpost-banner-dismissed:learn-the-signs': '1'});
    expect(localStorage.length).to.equal(0);
    const again = await mount(html`<signpost-campaign-banner campaign="learn-the-signs" dismissible remember-dismissal></signpost-campaign-banner>`);
    expect(again.showing).to.equal(false);
    const other = await mount(html`<signpost-campaign-banner campaign="world-day" from="2000-01-01" dismissible remember-dismissal></signpost-campaign-banner>`);
    expect(other.showing).to.equal(true);
    const local = await mount(html`<signpost-campaign-banner heading="Ours" dismissible remember-dismissal="local"></signpost-campaign-banner>`);
    $(local, '[part="close-button"]').click();
    const keys = Object.keys(localStorage);
    expect(keys).to.have.length(1);
    expect(keys[0]).to.match(/^signpost-banner-dismissed:custom:[0-9a-z]+$/);
    expect(Object.values(localStorage)).to.deep.equal(['1']);
  });

  it('a remembered dismissal hides that message only: another message, or a yearly campaign next year, still shows', async () => {
    const first = await mount(html`<signpost-campaign-banner heading="Volunteer training" dismissible remember-dismissal="local"></signpost-campaign-banner>`);
    $(first, '[part="close-button"]').click();
    const same = await mount(html`<signpost-campaign-banner heading="Volunteer training" dismissible remember-dismissal="local"></signpost-campaign-banner>`);
    expect(same.showing).to.equal(false);
    const other = await mount(html`<signpost-campaign-banner heading="New hotline hours" dismissible remember-dismissal="local"></signpost-campaign-banner>`);
    expect(other.showing).to.equal(true);
    // A partner's next message, as long as the closed one and one word changed near its start: it shows.
    const monday = await mount(html`<signpost-campaign-banner message="Training on Monday at the town hall, 6 pm to 8 pm." dismissible remember-dismissal="local"></signpost-campaign-banner>`);
    $(monday, '[part="close-button"]').click();
    const friday = await mount(html`<signpost-campaign-banner message="Training on Friday at the town hall, 6 pm to 8 pm." dismissible remember-dismissal="local"></signpost-campaign-banner>`);
    expect(friday.showing, 'same length, another day').to.equal(true);
    const y2025 = await mount(html`<signpost-campaign-banner campaign="world-day" .clock=${on(2025, 7, 30)} dismissible remember-dismissal="local"></signpost-campaign-banner>`);
    $(y2025, '[part="close-button"]').click();
    // The keys docs/privacy.md names: the campaign and its year; a message of the partner's own by a hash of its words.
    const keys = Object.keys(localStorage).sort();
    expect(keys).to.have.length(3);
    expect(keys.slice(0, 2).filter((key) => /^signpost-banner-dismissed:custom:\w+$/.test(key))).to.have.length(2);
    expect(keys[2]).to.equal('signpost-banner-dismissed:world-day:2025');
    expect((await mount(html`<signpost-campaign-banner campaign="world-day" .clock=${on(2025, 7, 30)} remember-dismissal="local"></signpost-campaign-banner>`)).showing).to.equal(false);
    expect((await mount(html`<signpost-campaign-banner campaign="world-day" .clock=${on(2026, 7, 30)} remember-dismissal="local"></signpost-campaign-banner>`)).showing).to.equal(true);
  });

  it('a remembered yearly campaign placed across New Year (26 December to 31 January) stays closed on 1 January', async () => {
    const dated = (clock: ReturnType<typeof on>) => html`<signpost-campaign-banner campaign="prevention-month" from="2026-12-26" until="2027-01-31" .clock=${clock} dismissible remember-dismissal="local"></signpost-campaign-banner>`;
    const december = await mount(dated(on(2026, 12, 30)));
    expect(december.showing).to.equal(true);
    $(december, '[part="close-button"]').click();
    expect((await mount(dated(on(2027, 1, 1)))).showing).to.equal(false);
    // The campaign's own January, the next time it is placed, shows again.
    expect((await mount(html`<signpost-campaign-banner campaign="prevention-month" .clock=${on(2028, 1, 10)} remember-dismissal="local"></signpost-campaign-banner>`)).showing).to.equal(true);
  });

  it('a remembered message stays closed when a framework passes its unset heading or message as null or undefined', async () => {
    const first = await mount(html`<signpost-campaign-banner message="Volunteer training on Monday." dismissible remember-dismissal="local"></signpost-campaign-banner>`);
    $(first, '[part="close-button"]').click();
    await first.updateComplete;
    for (const unset of [undefined, null]) {
      const again = await mount(html`<signpost-campaign-banner .heading=${unset as never} message="Volunteer training on Monday." dismissible remember-dismissal="local"></signpost-campaign-banner>`);
      expect(again.showing, `heading ${unset}`).to.equal(false);
    }
    const headed = await mount(html`<signpost-campaign-banner heading="Volunteer training" dismissible remember-dismissal="local"></signpost-campaign-banner>`);
    $(headed, '[part="close-button"]').click();
    await headed.updateComplete;
    const later = await mount(html`<signpost-campaign-banner heading="Volunteer training" .message=${null as never} dismissible remember-dismissal="local"></signpost-campaign-banner>`);
    expect(later.showing, 'message null').to.equal(false);
    // Other words still show.
    expect((await mount(html`<signpost-campaign-banner .heading=${null as never} message="Another message." dismissible remember-dismissal="local"></signpost-campaign-banner>`)).showing).to.equal(true);
  });

  it('a dismissal follows the message, not the element: set after connect (frameworks), or changed later', async () => {
    // Remembered for campaign A; the framework sets `campaign` only after the element is in the page.
    sessionStorage.setItem('signpost-banner-dismissed:learn-the-signs', '1');
    const el = await mount(html`<signpost-campaign-banner dismissible remember-dismissal></signpost-campaign-banner>`);
    el.campaign = 'learn-the-signs';
    await el.updateComplete;
    expect(el.showing, 'remembered A stays closed').to.equal(false);
    // Closed on this element without storage, then the element gets another message: it shows.
    const plain = await mount(html`<signpost-campaign-banner heading="First message" dismissible></signpost-campaign-banner>`);
    $(plain, '[part="close-button"]').click();
    await plain.updateComplete;
    expect(plain.showing).to.equal(false);
    plain.heading = 'Second message';
    await plain.updateComplete;
    expect(plain.showing, 'a new message shows').to.equal(true);
    expect(textOf($(plain, '[part="heading"]'))).to.equal('Second message');
    plain.heading = 'First message';
    await plain.updateComplete;
    expect(plain.showing, 'the closed one stays closed').to.equal(false);
  });

  it('an unset remember-dismissal from a framework (undefined) stores nothing', async () => {
    const el = await mount(html`<signpost-campaign-banner heading="Ours" dismissible .rememberDismissal=${undefined}></signpost-campaign-banner>`);
    $(el, '[part="close-button"]').click();
    await el.updateComplete;
    expect(el.showing).to.equal(false);
    expect(sessionStorage.length + localStorage.length).to.equal(0);
  });

  it('a remember-dismissal that means "off" (false, "false", "none") stores nothing, and says so', async () => {
    for (const off of [false, 'false', 'none']) {
      let el!: Banner;
      const warnings = await captureWarnings(async () => {
        el = await mount(html`<signpost-campaign-banner heading="Ours" dismissible .rememberDismissal=${off as never}></signpost-campaign-banner>`);
      });
      expect(warnings.join(), String(off)).to.contain('nothing is stored');
      $(el, '[part="close-button"]').click();
      await el.updateComplete;
      expect(el.showing, String(off)).to.equal(false);
      expect(sessionStorage.length + localStorage.length, String(off)).to.equal(0);
    }
  });

  it('a new image or content note is held back again behind its note, each changed alone or both together', async () => {
    const el = await mount(html`<signpost-campaign-banner heading="H" image=${IMG} image-alt="A raid" content-note="shows a police raid"></signpost-campaign-banner>`);
    const show = async () => {
      $<HTMLButtonElement>(el, '[part="content-note"] button').click();
      await el.updateComplete;
      expect($$(el, '[part="image"]'), 'shown on asking').to.have.length(1);
    };
    // Each change, with the note then shown.
    for (const [label, change, note] of [
      ['a new image alone', {image: `${IMG}?next`}, 'shows a police raid'],
      ['a new note alone', {contentNote: 'shows an arrest'}, 'shows an arrest'],
      ['both', {image: `${IMG}?third`, contentNote: 'shows a courtroom'}, 'shows a courtroom'],
    ] as const) {
      await show();
      Object.assign(el, change);
      await el.updateComplete;
      expect($$(el, '[part="image"]'), label).to.have.length(0);
      expect(textOf($(el, '[part="content-note"]')), label).to.contain(note);
    }
    // Unchanged, the reader's choice stands: words changed elsewhere do not hide the image again.
    await show();
    el.heading = 'Another heading';
    await el.updateComplete;
    expect($$(el, '[part="image"]'), 'a new heading').to.have.length(1);
  });

  it('its close button and icon grow with the page’s text (200%)', async () => {
    const wrap = await fixture(html`<div style="font-size: 32px"><signpost-campaign-banner heading="H" dismissible></signpost-campaign-banner></div>`);
    const el = wrap.querySelector<Banner>('signpost-campaign-banner')!;
    await el.updateComplete;
    const close = $(el, '[part="close-button"]');
    expect(close.getBoundingClientRect().width).to.be.at.least(2.75 * 32 - 1);
    expect(close.querySelector('svg')!.getBoundingClientRect().width).to.be.at.least(31);
  });

  it('its close button stays inside the banner and off the call to action, however small the theme’s spacing (every variant, ltr and rtl)', async () => {
    // Its negative margin eats into the banner's padding: once more than the padding (--signpost-space under
    // 0.5em, or 5vw with large text on a phone), it stuck out past the edge (the page scrolled sideways)
    // and over the call to action, whose edge then closed the banner.
    const problems: string[] = [];
    for (const dir of ['ltr', 'rtl']) {
      for (const variant of ['bar', 'inline', 'card']) {
        for (const space of ['0', '4px']) {
          const wrap = await fixture(html`<div dir=${dir} style="width: 600px; font-size: 16px"><signpost-campaign-banner variant=${variant} style="--signpost-space: ${space}"
            heading="Know the signs" message="Report what you see." cta-href="/x" cta-label="Learn the signs" dismissible></signpost-campaign-banner></div>`);
          const banner = wrap.firstElementChild as Banner;
          await banner.updateComplete;
          const base = $(banner, '[part~="base"]').getBoundingClientRect();
          const close = $(banner, '[part="close-button"]').getBoundingClientRect();
          const cta = $(banner, '[part="cta"]').getBoundingClientRect();
          const what = `${dir} ${variant} --signpost-space: ${space}`;
          const out = Math.max(base.left - close.left, close.right - base.right, base.top - close.top, close.bottom - base.bottom);
          if (out > 0.5) problems.push(`${what}: the close button ${out.toFixed(1)} px past the banner's edge`);
          const overX = Math.min(close.right, cta.right) - Math.max(close.left, cta.left);
          const overY = Math.min(close.bottom, cta.bottom) - Math.max(close.top, cta.top);
          if (overX > 0.5 && overY > 0.5) problems.push(`${what}: the close button over the call to action (${overX.toFixed(1)} × ${overY.toFixed(1)} px)`);
        }
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('is translated and mirrored in Arabic; Spanish too; axe passes in RTL', async () => {
    const ar = await mount(html`<signpost-campaign-banner lang="ar" campaign="learn-the-signs" dismissible cta-href="/x" cta-label="اعرف المزيد"></signpost-campaign-banner>`);
    expect($(ar, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    expect(textOf(ar)).to.contain('تعرّف على علامات الاتجار بالبشر');
    expect($(ar, '[part="close-button"]').getAttribute('aria-label')).to.equal('إغلاق هذه الرسالة');
    await expect(ar).to.be.accessible();
    const es = await mount(html`<signpost-campaign-banner lang="es" campaign="world-day" .clock=${on(2026, 7, 30)}></signpost-campaign-banner>`);
    expect(textOf(es)).to.contain('30 de julio: Día Mundial contra la Trata de Personas');
  });

  it('beside a built-in campaign’s words, the partner’s own heading or message carries the page’s language (a German page: de, not en)', async () => {
    const heading = await mount(html`<signpost-campaign-banner lang="de" campaign="world-day" heading="Welttag gegen Menschenhandel" .clock=${on(2026, 7, 30)}></signpost-campaign-banner>`);
    const langOf = (el: Element) => el.closest('[lang]')!.getAttribute('lang');
    expect(langOf($(heading, '[part="heading"]')), 'the partner’s heading').to.equal('de');
    expect(langOf($(heading, '[part="message"]')), 'the built-in message (no German catalogue)').to.equal('en');
    const message = await mount(html`<signpost-campaign-banner lang="de" campaign="world-day" message="Erkennen Sie die Zeichen." .clock=${on(2026, 7, 30)}></signpost-campaign-banner>`);
    expect([langOf($(message, '[part="heading"]')), langOf($(message, '[part="message"]'))]).to.deep.equal(['en', 'de']);
    await expect(message).to.be.accessible();
  });

  it('shows content written in after it rendered nothing (a framework, a CMS script)', async () => {
    const el = await mount(html`<signpost-campaign-banner></signpost-campaign-banner>`);
    expect(markupOf(el.shadowRoot!.querySelector('[part="base"]'))).to.equal(null);
    el.innerHTML = '<span slot="heading">Late heading</span><p>Late message.</p>';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect($<HTMLSlotElement>(el, 'slot[name="heading"]').assignedElements()[0].textContent).to.equal('Late heading');
    expect($<HTMLSlotElement>(el, '[part="message"] slot').assignedElements()[0].textContent).to.equal('Late message.');
  });

  it('a child given slot="heading" later (a binding, a CMS script) becomes the heading', async () => {
    const el = await mount(html`<signpost-campaign-banner><span>Later a heading</span><p>Message.</p></signpost-campaign-banner>`);
    expect(markupOf(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal(null);
    el.querySelector('span')!.slot = 'heading';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect($<HTMLSlotElement>(el, 'slot[name="heading"]').assignedElements()[0]?.textContent).to.equal('Later a heading');
    expect($<HTMLSlotElement>(el, '[part="message"] slot').assignedElements().map((e) => e.textContent)).to.deep.equal(['Message.']);
  });

  it('a text node a framework fills in later ({{msg}}) replaces the message, not joins it', async () => {
    const el = await mount(html`<signpost-campaign-banner campaign="learn-the-signs"></signpost-campaign-banner>`);
    const text = document.createTextNode('');
    el.append(text);
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect($(el, '[part="message"]').textContent).to.contain('Knowing the signs');
    text.data = 'Our own message.';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect($(el, '[part="message"]').textContent!.trim(), 'the built-in message gives way').to.equal('');
    expect($<HTMLSlotElement>(el, '[part="message"] slot').assignedNodes()).to.deep.equal([text]);
  });

  it('renders nothing, not an empty box, when it has nothing to say, and then gives its reserve back (no showing)', async () => {
    const empty = await mount(html`<signpost-campaign-banner dismissible></signpost-campaign-banner>`);
    expect($$(empty, '[part="base"]')).to.have.length(0);
    expect(empty.hasAttribute('showing'), 'showing').to.equal(false);
    // A mistyped campaign (warned) is nothing to say either.
    const typo = await mount(html`<signpost-campaign-banner campaign="worldday"></signpost-campaign-banner>`);
    expect([$$(typo, '[part="base"]').length, typo.showing, typo.hasAttribute('showing')]).to.deep.equal([0, false, false]);
    // Nor are a heading and a message of spaces only (a template that writes an empty value between spaces).
    const spaces = await mount(html`<signpost-campaign-banner heading=" " message="
      " dismissible></signpost-campaign-banner>`);
    expect([$$(spaces, '[part="base"]').length, spaces.showing, spaces.hasAttribute('showing')]).to.deep.equal([0, false, false]);
    // Nor when a script sets them as properties (until 2026-12-06 such a banner showed an empty box).
    const scripted = await mount(html`<signpost-campaign-banner .heading=${' '} .message=${'\n  '}></signpost-campaign-banner>`);
    expect([$$(scripted, '[part="base"]').length, scripted.showing, scripted.hasAttribute('showing')]).to.deep.equal([0, false, false]);
    // A message beside a heading of spaces only shows without a heading (an empty one would be announced).
    scripted.message = ' Partner message ';
    await scripted.updateComplete;
    expect([$$(scripted, '[part="base"]').length, $$(scripted, '[role="heading"]').length, $(scripted, '[part="message"]').textContent!.trim()]).to.deep.equal([1, 0, 'Partner message']);
    const slotted = await mount(html`<signpost-campaign-banner><p>Partner message</p></signpost-campaign-banner>`);
    expect($$(slotted, '[part="base"]')).to.have.length(1);
    expect(slotted.hasAttribute('showing')).to.equal(true);
    // Content written into it later (a CMS, a framework) shows it.
    empty.append(Object.assign(document.createElement('p'), {textContent: 'Added later'}));
    await new Promise((r) => setTimeout(r));
    await empty.updateComplete;
    expect([$$(empty, '[part="base"]').length, empty.hasAttribute('showing')]).to.deep.equal([1, true]);
  });

  it('keeps its height after the first render and never animates', async () => {
    const wrap = await fixture(html`<div style="width: 320px"><signpost-campaign-banner variant="card" campaign="learn-the-signs" dismissible></signpost-campaign-banner></div>`);
    const el = wrap.querySelector('signpost-campaign-banner') as Banner;
    await el.updateComplete;
    const h1 = el.getBoundingClientRect().height;
    await new Promise((r) => setTimeout(r, 200));
    expect(el.getBoundingClientRect().height).to.equal(h1);
    expect(el.shadowRoot!.getAnimations?.() ?? []).to.have.length(0);
    for (const node of $$(el, '*')) expect(getComputedStyle(node).animationName).to.equal('none');
  });
});
