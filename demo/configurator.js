// "Get the code": builds its form from custom-elements.json, previews the widget, and writes a
// version-pinned snippet with integrity, the no-JS fallback and the reserved size. No innerHTML
// (the page runs with Trusted Types enforced).
import {literals} from './union-values.js';

/** Reserves that fit every case (every built-in country, in every shipped language, at 320 px: test/hotline-card/fallback.test.ts). */
const RESERVE = {
  'signpost-hotline-card': '63em',
  'signpost-quick-exit': '6.7em',
  'signpost-red-flag-quiz': '25em',
  'signpost-news-ticker': '14.5em',
  'signpost-campaign-banner': '26em',
};
/**
 * A banner with an image (or its content note, in the same 16:9 box): docs/campaign-banner.md's "with an
 * image" rows (tallest on a 480 px phone, where the stacked image is widest: test/banner/reserve.test.ts).
 */
const IMAGE_RESERVE = {inline: '35em', card: '34em'};
/**
 * The quick exit as a plain link, for readers without JavaScript: to `destination`, in the button's own
 * `words` for a chosen language, else in English, marked so. tabindex 0, as the button has: Safari's Tab
 * stops at a link only with one, unless its reader asked.
 */
const exitLink = (destination, words) =>
  `  <a href="${escapeAttr(destination)}" rel="noreferrer" target="_self" tabindex="0"${words ? '' : ' lang="en"'}>${words || 'Exit this page'}</a>`;
/**
 * The light-DOM fallback written into the snippet: what readers see with JavaScript off. A card with a
 * country or a partner line gets a copy of what the configured card shows (cardFallback, below);
 * these are the first draft, and the fallback when the card's country depends on the reader's page.
 */
const FALLBACK = {
  // English, marked so (the page may be in another language); in a chosen language, the card's own
  // words for them (cardDraftWords, below).
  'signpost-hotline-card': (a, el, [heading, emergency, mark] = ['Get help', 'In immediate danger, call your local emergency number.', ' lang="en"']) =>
    `  <!-- Readers without JavaScript see this, and only they: with it the card shows its own lines. Your own line goes in line-name and line-phone (and here too). -->\n  <h${headingLevel(a)}${mark}>${heading}</h${headingLevel(a)}>\n  <p${mark}>${emergency}</p>`,
  // The destination the widget itself uses (a relative or unsafe href falls back to its default); in
  // English, marked so, until the button's own words in a chosen language replace it (exitWords).
  'signpost-quick-exit': (a, el) => exitLink(el.destination),
  // A first draft in English, marked so (the page may be in another language): the partner writes their own.
  'signpost-red-flag-quiz': () =>
    '  <!-- Readers without JavaScript see this: a sentence and a link of your own, in your page\'s language. -->\n  <p lang="en">Learn the signs of human trafficking.</p>',
  'signpost-news-ticker': () => '  <ul>\n    <li><a href="https://your-site.example/news/1" rel="noreferrer">Your first story</a></li>\n  </ul>',
  // The partner's own heading and message, as light DOM (below); a built-in campaign's words have no fallback.
  'signpost-campaign-banner': (a) => {
    // Beside a built-in campaign's words (in the catalog's language and direction), dir="auto" gives them
    // their own direction: a Hebrew heading would otherwise be laid out as the English box is. (Without a
    // campaign the banner gives them the page's direction, which "HIV …" in Hebrew needs.)
    const words = ownWords(a).map(([name, slot, text]) => `  <${name}${slot ? ` slot="${slot}"` : ''}${ownDir(a)}>${escapeHtml(text)}</${name}>`);
    return words.length ? ['  <!-- Readers without JavaScript see these words; with it, the banner shows them (heading slot and message). -->', ...words].join('\n') : '';
  },
};
/**
 * Attributes the snippet (and the preview, so that both agree) writes as light DOM instead: the
 * banner's own words, so that readers without JavaScript see them (docs/campaign-banner.md: the
 * `heading` slot and the default slot; whatever is there replaces the attributes).
 */
const LIGHT = {'signpost-campaign-banner': ['heading', 'message']};
/** Languages written right to left (Signpost ships Arabic; the rest as src/i18n/resolve.ts lists them). */
const RTL = /^(ar|fa|he|ps|ur|yi|dv|ckb|sd|ug)\b/;
/** The banner's own heading and message as light DOM: [element, slot, text] each. */
const ownWords = (attrs) => [attrs.heading && ['strong', 'heading', attrs.heading], attrs.message && ['p', '', attrs.message]].filter(Boolean);
/** ` dir="auto"` for the banner's own light-DOM words beside a built-in campaign's (FALLBACK says why), else ''. */
const ownDir = (attrs) => (attrs.campaign ? ' dir="auto"' : '');
/** The attributes written on the tag: all but those written as light DOM. */
const onTag = (tag, attrs) => Object.entries(attrs).filter(([name]) => !LIGHT[tag]?.includes(name));

// A useful first preview per widget (the partner changes it).
const PRESET = {
  'signpost-hotline-card': {country: 'US'},
  'signpost-campaign-banner': {campaign: 'learn-the-signs', 'cta-href': '/learn-the-signs', 'cta-label': 'Learn the signs', dismissible: true},
  'signpost-red-flag-quiz': {count: '5'},
};
/**
 * When the configuration fixes what the widget shows (a card's country, a built-in campaign's text,
 * in a chosen language), the reserve is measured instead: the widget rendered at 320 px (a narrow
 * phone column), plus 15% and 1em for another font (fonts alone moved a card's height by 13%), never
 * more than the all-cases reserve. Otherwise (the country or the text depends on the partner's page)
 * the all-cases reserve stays.
 */
function measurable(tag, attrs, lang) {
  if (!lang) return false;
  if (tag === 'signpost-hotline-card') return Boolean(attrs.country);
  if (tag === 'signpost-campaign-banner') return Boolean(attrs.campaign) && !attrs.heading && !attrs.message && !attrs.image;
  return false;
}
/**
 * A card whose line keeps weekly hours says more closed ("Closed, opens Monday at 9:00 AM (Germany Time)")
 * than open: it is measured at its tallest, whatever the time now, at the instants
 * test/hotline-card/fallback.test.ts measures every card at (its lines open, closed until tomorrow, closed
 * until a named weekday).
 */
const CARD_CLOCKS = ['2026-11-30T10:00:00Z', '2026-11-28T20:00:00Z', '2026-11-29T23:30:00Z'].map(Date.parse);
async function measureReserve(el) {
  const box = document.createElement('div');
  box.inert = true;
  for (const [name, value] of Object.entries({position: 'absolute', top: '0', left: '-10000px', width: '320px', visibility: 'hidden'})) box.style.setProperty(name, value);
  // As the snippet styles it, without this page's own reserve (demo.css).
  el.style.setProperty('display', 'flow-root');
  el.style.setProperty('min-height', '0');
  box.append(el);
  document.body.append(box);
  try {
    let height = 0;
    for (const instant of el.localName === 'signpost-hotline-card' ? CARD_CLOCKS : [0]) {
      if (instant) el.clock = () => instant;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      height = Math.max(height, el.getBoundingClientRect().height);
    }
    const em = height / parseFloat(getComputedStyle(el).fontSize);
    return em > 1 ? Math.ceil((em * 1.15 + 1) * 2) / 2 : Infinity; // nothing shown: keep the all-cases reserve
  } finally {
    box.remove();
  }
}
/** The all-cases reserve for these options: a card's own quick exit and country picker add theirs (docs/hotline-card.md). */
const allCases = (tag, attrs) =>
  tag === 'signpost-hotline-card'
    ? // Without a country (nor a line of the partner's, with a way to reach it) the card offers the picker anyway: the country is a guess.
      `${parseFloat(RESERVE[tag]) + (attrs['quick-exit'] ? 6 : 0) + (attrs['country-picker'] || !(attrs.country || ['line-phone', 'line-sms', 'line-chat', 'line-report'].some((name) => attrs[name])) ? 5 : 0)}em`
    : // An image shows only with its image-alt (or image-alt="", decorative), and never in a bar.
      tag === 'signpost-campaign-banner' && attrs.image && 'image-alt' in attrs && attrs.variant !== 'bar'
      ? IMAGE_RESERVE[attrs.variant === 'card' ? 'card' : 'inline']
      : // A quick exit without its explanation is one row at any width (4.4em as a sticky bar).
        tag === 'signpost-quick-exit' && !attrs.explain
        ? '4.5em'
        : RESERVE[tag];
let updates = 0;
const $ = (id) => document.getElementById(id);
/** The heading level the partner chose for the widget (2–6, as the widget reads it). */
const headingLevel = (attrs) => {
  const n = Number(attrs['heading-level'] ?? 2);
  return Number.isInteger(n) && n >= 2 && n <= 6 ? n : 2;
};
/**
 * A theme value that could end its declaration, its rule or the `<style>` element, or open a comment
 * or a string that would swallow them: refused (Storybook's theming strips the same characters).
 */
const unsafeCss = (v) => /[{}<>;\\]|\/\*|\*\//.test(v) || v.split('"').length % 2 === 0 || v.split("'").length % 2 === 0;
/**
 * The folder the files are hosted in, as the snippet writes it: an http(s) URL without a user name,
 * query or fragment, or a path from the site's root (/signpost/0.1.0/); null for anything else (a
 * quote or angle bracket would end the `src` attribute, a relative folder depends on each page's URL).
 */
function folder(value) {
  const text = value.trim();
  if (!text || /[\s"'<>\\^`{|}]/.test(text)) return null;
  try {
    const rooted = text.startsWith('/') && !text.startsWith('//');
    const url = new URL(text, rooted ? 'https://root.invalid' : undefined);
    if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash || (rooted && url.origin !== 'https://root.invalid')) return null;
    return (rooted ? url.pathname : url.href).replace(/\/?$/, '/');
  } catch {
    return null;
  }
}
/** Text as HTML text: markup escaped (an attribute's value also needs its quotes: escapeAttr). */
const escapeHtml = (v) => String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttr = (v) => escapeHtml(v).replace(/"/g, '&quot;');
/** Rendered text as HTML text: whitespace (the number's no-break spaces too) collapsed, markup escaped. */
const escapeText = (node) => escapeHtml((node?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim());

/**
 * The card's fallback as the configured card renders it: its heading, its first contact link (with
 * the card's own dialling rules for a partner number) and its emergency line, in its language. Null
 * when the country depends on the reader's page, or when the card shows no contact link.
 */
async function cardFallback(el, attrs, lang) {
  if (!attrs.country && !attrs['line-phone']) return null;
  await el.updateComplete;
  // A chosen language renders once its file has loaded (the card waits up to 3 s for it).
  for (let i = 0; i < 40 && !el.shadowRoot?.querySelector('[part="channels"] a[href]'); i++) await new Promise((r) => setTimeout(r, 100));
  const root = el.shadowRoot;
  const link = root?.querySelector('[part="channels"] a[href]');
  if (!link) return null;
  const external = /^https?:/.test(link.href) ? ' rel="noreferrer"' : '';
  const level = headingLevel(attrs);
  // What the card says around its first line (not in "Other services"), when it says it: "no
  // dedicated hotline" and who answers (a country whose line is the police's), or the operator and
  // kind of service; a scam warning.
  const first = (selector) => [...root.querySelectorAll(selector)].find((node) => !node.closest('[part="more"]'));
  // "Page language": the card's own words are English, but the page may not be: they are marked so,
  // as in the first draft. A line's name (a heading or subheading holding one, in a <bdi>) is the
  // line's own or the partner's, in whatever language it is written: not marked.
  const mark = (node) => (lang || node?.querySelector('bdi') ? '' : ' lang="en"');
  const heading = root.querySelector('[part="heading"]');
  const emergency = root.querySelector('[part="emergency"] strong');
  const dial = emergency?.querySelector('a[href]');
  const lines = [
    `  <h${level}${mark(heading)}>${escapeText(heading)}</h${level}>`,
    ...['[part="notice"]', '.subheading', 'header [part="scope"]', '[part="scam-warning"]']
      .map(first)
      .filter(Boolean)
      // The subheading is the name and, in its own box, the kind of service: "name · kind".
      .map((node) => `  <p${mark(node)}>${node.matches('.subheading') ? [...node.childNodes].filter((n) => n.nodeType !== Node.COMMENT_NODE).map(escapeText).filter(Boolean).join(' · ') : escapeText(node)}</p>`),
    `  <p${mark(link)}><a href="${escapeAttr(link.getAttribute('href'))}"${external}>${linkText(link)}</a></p>`,
    // The emergency number is a link to dial, as in the card (a country without a stated number has none).
    `  <p${mark(emergency)}>${dial ? `<a href="${escapeAttr(dial.getAttribute('href'))}">${linkText(dial)}</a>` : escapeText(emergency)}</p>`,
  ];
  return lines.join('\n');
}
/** What `words()` reads from the previewed widget once it renders in its chosen language (it waits up to 3 s for the file); '' if it does not. */
async function inItsLanguage(el, words) {
  await el.updateComplete;
  const ready = () => words() && el.getAttribute('lang') === el.shadowRoot?.querySelector('[lang]')?.getAttribute('lang');
  for (let i = 0; i < 40 && !ready(); i++) await new Promise((r) => setTimeout(r, 100));
  return ready() ? words() : '';
}
/**
 * A card's contact link as text for the fallback: in right-to-left text, with the number isolated left
 * to right (U+2066 … U+2069): the card's `dir="ltr"` box for it is not copied, and without it Arabic
 * words around "1-888-373-7888" show it as "7888-373-888-1". (The card breaks a number after its
 * hyphens at a <wbr>, which has no text.)
 */
function linkText(link) {
  const copy = link.cloneNode(true);
  if (getComputedStyle(link).direction === 'rtl') copy.querySelectorAll('[dir="ltr"]').forEach((number) => (number.textContent = `\u2066${number.textContent}\u2069`));
  return escapeText(copy);
}
/** The quick exit's label as the previewed button shows it, in its language; '' if it does not. */
const exitWords = (el) =>
  // Its text nodes, without the visually hidden "Emergency" read before it.
  inItsLanguage(el, () => escapeText({textContent: [...(el.shadowRoot?.querySelector('[part="button"]')?.childNodes ?? [])].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')}));
/** A card with no country (it depends on the reader's page): its heading and emergency line as the preview says them, in its language; null if it does not. */
async function cardDraftWords(el) {
  const both = () => [el.shadowRoot?.querySelector('[part="heading"]'), el.shadowRoot?.querySelector('[part="emergency"] strong')].map(escapeText);
  return (await inItsLanguage(el, () => both().every(Boolean))) ? [...both(), ''] : null;
}
const [manifest, integrity] = await Promise.all([
  fetch(new URL('../custom-elements.json', import.meta.url)).then((r) => r.json()),
  fetch(new URL('../dist/cdn/integrity.json', import.meta.url)).then((r) => r.json()),
]);
const widgets = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName?.startsWith('signpost-'));

// Each widget by its plain name, with the tag the snippet will hold: "Hotline card — <signpost-hotline-card>".
for (const {tagName} of widgets) {
  const name = tagName.replace(/^signpost-/, '').replaceAll('-', ' ');
  $('widget').append(new Option(`${name[0].toUpperCase()}${name.slice(1)} — <${tagName}>`, tagName));
}
// The widget to start with: the one a link names (`?widget=news-ticker`, with or without the prefix, as
// the demo page's links write it), else the hotline card, the widget most partners come for. The form's
// choice goes back into the address, so a partner can send a colleague the page open on that widget.
{
  const asked = new URLSearchParams(location.search).get('widget')?.trim().toLowerCase().replace(/^(?!signpost-)/, 'signpost-');
  $('widget').value = widgets.some((w) => w.tagName === asked) ? asked : 'signpost-hotline-card';
}
// The version folder of the files the hashes belong to.
$('base').value = `https://your-site.example/signpost/${integrity.version}/`;

/**
 * Suggestions for `country` (the card's, and the quiz's for its closing card): the directory's countries,
 * read from a hidden card's own picker, so the list is always the shipped directory's, with English names.
 * Any other code can still be typed (a code the directory lacks shows the picker).
 */
const countries = Object.assign(document.createElement('datalist'), {id: 'countries'});
document.body.append(countries);
customElements.whenDefined('signpost-hotline-card').then(async () => {
  const card = Object.assign(document.createElement('signpost-hotline-card'), {hidden: true, lang: 'en', countryPicker: true});
  document.body.append(card);
  await card.updateComplete;
  const options = [...card.shadowRoot.querySelectorAll('[part="picker"] option')].filter((o) => o.value);
  countries.append(...options.map((o) => new Option(o.textContent.trim(), o.value)));
  card.remove();
});

function field(container, attr) {
  const type = attr.type?.text ?? 'string';
  const label = document.createElement('label');
  label.append(attr.name, ' ');
  let input;
  // A union of string literals offers its values ('' means "none": the "(default)" option below).
  const options = literals(type).filter(Boolean);
  if (type === 'boolean') {
    input = document.createElement('input');
    input.type = 'checkbox';
  } else if (options.length > 1) {
    input = document.createElement('select');
    input.append(new Option('(default)', ''));
    for (const o of options) input.append(new Option(o, o));
  } else {
    input = document.createElement('input');
    input.type = type === 'number' ? 'number' : 'text';
  }
  input.name = attr.name;
  if (attr.name === 'country') input.setAttribute('list', 'countries');
  input.dataset.kind = container.id;
  label.append(input);
  const p = document.createElement('p');
  p.append(label);
  if (attr.description) {
    // What the option does, from its JSDoc in custom-elements.json, shown under the field and read
    // with it (a tooltip would be lost on touch screens).
    const hint = document.createElement('small');
    hint.className = 'hint';
    hint.id = `hint-${container.id}-${attr.name}`;
    hint.append(...describe(attr.description));
    input.setAttribute('aria-describedby', hint.id);
    p.append(hint);
  }
  container.append(p);
}

/** The description's `code` spans as <code>, the rest as text (built with the DOM: no innerHTML). */
function describe(text) {
  return text.split(/`([^`]*)`/).map((part, i) => {
    if (i % 2 === 0) return part;
    const code = document.createElement('code');
    code.textContent = part;
    return code;
  });
}

function buildForm() {
  const w = widgets.find((d) => d.tagName === $('widget').value);
  for (const id of ['attributes', 'theme']) {
    const box = $(id);
    box.replaceChildren(box.querySelector('legend'));
  }
  for (const attr of w.attributes ?? []) if (attr.name !== 'lang') field($('attributes'), attr);
  for (const prop of w.cssProperties ?? []) field($('theme'), {name: prop.name, description: prop.description});
  // An empty text field writes no attribute, but image-alt="" has a meaning of its own: a decorative image
  // (without image-alt the banner shows no image). A checkbox under the field writes it.
  const alt = document.querySelector('[data-kind="attributes"][name="image-alt"]');
  if (alt) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = 'decorative';
    const label = document.createElement('label');
    label.append(box, ' Decorative image: image-alt="" (screen readers skip it)');
    const p = document.createElement('p');
    p.append(label);
    alt.closest('p').after(p);
  }
  for (const [name, value] of Object.entries(PRESET[w.tagName] ?? {})) {
    const input = document.querySelector(`[data-kind="attributes"][name="${name}"]`);
    if (!input) continue;
    if (input.type === 'checkbox') input.checked = Boolean(value);
    else input.value = value;
  }
  update();
}

function values(kind) {
  const out = {};
  for (const input of document.querySelectorAll(`[data-kind="${kind}"]`)) {
    if (input.type === 'checkbox') {
      if (input.checked) out[input.name] = true;
    } else if (input.value.trim()) out[input.name] = input.value.trim();
  }
  return out;
}

function configured(tag, attrs, theme, lang) {
  const el = document.createElement(tag);
  for (const [name, value] of onTag(tag, attrs)) el.setAttribute(name, value === true ? '' : value);
  if (LIGHT[tag]) {
    for (const [name, slot, text] of ownWords(attrs)) {
      const child = document.createElement(name);
      if (slot) child.slot = slot;
      if (ownDir(attrs)) child.dir = 'auto'; // as the snippet writes them (FALLBACK)
      child.textContent = text;
      el.append(child);
    }
  }
  if (lang) el.setAttribute('lang', lang);
  for (const [name, value] of Object.entries(theme)) el.style.setProperty(name, value);
  return el;
}

/** In the preview, Exit does not leave Get the code (the partner would lose the form): the page is hidden for two seconds, then restored, as in Storybook (stories/simulated-exit.ts). */
const simulatedNavigate = () => setTimeout(() => window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true})), 2000);
/** The previewed quick exit, or the one a previewed card shows (once it has rendered), exits in the preview only. */
async function simulateExit(el) {
  if (el.localName === 'signpost-quick-exit') el.navigate = simulatedNavigate;
  else if (el.localName === 'signpost-hotline-card') {
    await el.updateComplete;
    el.shadowRoot?.querySelectorAll('signpost-quick-exit').forEach((exit) => (exit.navigate = simulatedNavigate));
  }
}

/**
 * The form as it stands. An update that finds it unchanged leaves the preview alone: a text field's
 * `change` (after the `input` that already drew it) fires when it loses focus, as to a click on the
 * preview, and a preview drawn again under the pointer would lose that click.
 */
const formState = () => JSON.stringify([...$('options').elements].map((e) => [e.name || e.id, e.type === 'checkbox' ? e.checked : e.value]));
let drawn = '';

async function update() {
  const state = formState();
  if (state === drawn) return;
  drawn = state;
  const run = ++updates;
  const tag = $('widget').value;
  const attrs = values('attributes');
  const decorative = $('decorative');
  if (decorative) {
    document.querySelector('[data-kind="attributes"][name="image-alt"]').disabled = decorative.checked;
    if (decorative.checked && attrs.image) attrs['image-alt'] = '';
  }
  // A theme value that could break out of the snippet's <style> is refused: in neither the preview nor the snippet.
  const theme = {};
  const refused = [];
  for (const [name, value] of Object.entries(values('theme'))) {
    if (unsafeCss(value)) refused.push(name);
    else theme[name] = value;
  }
  for (const input of document.querySelectorAll('[data-kind="theme"]')) {
    input.setCustomValidity(refused.includes(input.name) ? 'Not used: a CSS value here cannot contain { } ; < > \\ /* */ or an unpaired quote.' : '');
  }
  const lang = $('language').value;
  const base = folder($('base').value);
  $('base').setCustomValidity(base ? '' : 'An http(s) URL (https://your-site.example/signpost/0.1.0/) or a path from your site\'s root (/signpost/0.1.0/).');
  const refusal = [
    base ? '' : 'No snippet: "Where you host the files" must be an http(s) URL (https://your-site.example/signpost/0.1.0/) or a path from your site\'s root (/signpost/0.1.0/), with no quotes, spaces or angle brackets.',
    refused.length ? `Not used (a CSS value here cannot contain { } ; < > \\ /* */ or an unpaired quote): ${refused.join(', ')}.` : '',
  ].filter(Boolean).join(' ');
  // A status region: written only when its words change, so a screen reader does not read them again at each keystroke.
  if ($('refused').textContent !== refusal) $('refused').textContent = refusal;
  $('copy').disabled = !base;
  // The snippet, once the folder is one it can write.
  const write = (reserve, fallback, note) => {
    $('snippet').value = base ? snippet(tag, attrs, theme, lang, base, reserve, fallback, note) : '';
  };
  // Preview: a real element, configured through the DOM.
  const preview = configured(tag, attrs, theme, lang);
  $('preview').replaceChildren(preview);
  void simulateExit(preview);
  let fallback = FALLBACK[tag](attrs, preview);
  const reserve = allCases(tag, attrs);
  write(reserve, fallback);
  $('snippet').dataset.reserve = 'all cases';
  delete $('snippet').dataset.fallback;
  // The quick exit's link in the chosen language: the previewed button's own words (not its hidden "Emergency").
  if (tag === 'signpost-quick-exit' && lang && lang !== 'en') {
    const words = await exitWords(preview);
    if (run !== updates) return; // the form changed meanwhile
    if (words) {
      fallback = exitLink(preview.destination, words);
      write(reserve, fallback);
      $('snippet').dataset.fallback = 'quick-exit';
    }
  }
  if (tag === 'signpost-hotline-card') {
    const copied = await cardFallback(preview, attrs, lang);
    if (run !== updates) return; // the form changed meanwhile
    if (copied) {
      fallback = copied;
      write(reserve, fallback);
      $('snippet').dataset.fallback = 'card';
    } else if (lang && lang !== 'en') {
      // No country: the first draft's two lines in the chosen language, as the card says them.
      const words = await cardDraftWords(preview);
      if (run !== updates) return; // the form changed meanwhile
      if (words) {
        fallback = FALLBACK[tag](attrs, preview, words);
        write(reserve, fallback);
        $('snippet').dataset.fallback = 'card-draft';
      }
    }
  }
  // The card's own quick exit appears only with the card: readers without JavaScript (a wrong integrity,
  // a blocked script) and those who arrive before it get the exit the partner asked for as a plain link,
  // first in the fallback, as the quick exit's own snippet writes it (the card shows none of its light
  // DOM once it has rendered).
  if (tag === 'signpost-hotline-card' && attrs['quick-exit']) {
    await preview.updateComplete;
    const exit = preview.shadowRoot?.querySelector('signpost-quick-exit');
    const words = exit && lang && lang !== 'en' ? await exitWords(exit) : '';
    if (run !== updates) return; // the form changed meanwhile
    fallback = `${exitLink(exit?.destination ?? 'https://www.wikipedia.org/', words)}\n${fallback}`;
    write(reserve, fallback);
  }
  if (!measurable(tag, attrs, lang)) return;
  // A dated campaign is measured as it looks on its days, whatever today is.
  const shown = tag === 'signpost-campaign-banner' ? {...attrs, from: '2000-01-01', until: '2999-12-31'} : attrs;
  const measured = await measureReserve(configured(tag, shown, theme, lang));
  if (run !== updates) return; // the form changed meanwhile
  if (measured < parseFloat(reserve)) {
    const note = `measured for these options at 320 px wide; ${reserve} fits every case`;
    write(`${measured}em`, fallback, note);
  }
  $('snippet').dataset.reserve = 'measured';
}

function snippet(tag, attrs, theme, lang, base, reserve, fallback, note = '') {
  // A ticker's list (mode="list", or "scroll" for a reader who reduces motion: it lists its stories then)
  // is as tall as its stories, which no reserve can know: the snippet says so (docs/news-ticker.md).
  if (tag === 'signpost-news-ticker' && /^(list|scroll)$/.test(attrs.mode)) {
    note = `fits a rotating ticker; as a list (${attrs.mode === 'list' ? 'mode="list"' : 'scroll, when the reader reduces motion'}) it grows with its stories: reserve your list's usual height`;
  }
  // A right-to-left language says so too: the fallback inside is laid out before any script runs.
  const attrText = onTag(tag, attrs).map(([n, v]) => (v === true ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`)).join('') + (lang ? ` lang="${lang}"${RTL.test(lang) ? ' dir="rtl"' : ''}` : '');
  const css = [
    `  ${tag} { display: flow-root; min-height: ${reserve}; font-size: max(1em, 14px); }${note ? ` /* ${note} */` : ''}`,
    // The page's display above beats the browser's own [hidden] rule until the widget's own styles arrive.
    `  ${tag}[hidden] { display: none; } /* the display above must not show a widget you hide */`,
    // The banner's reserve goes when it shows nothing (closed, or a dated campaign outside its days), as the README's snippet has it.
    ...(tag === 'signpost-campaign-banner'
      ? ['  /* Closed by the reader, or outside its dates: no empty box; nor with JavaScript off. */', `  ${tag}:defined:not([showing]) { min-height: 0; }`]
      : []),
    // The sticky bar with its explanation spans the page: wider than 40em it is one row (the README's snippet).
    ...(tag === 'signpost-quick-exit' && attrs.placement === 'sticky' && attrs.explain
      ? ['  /* Wider than 40em, the bar is one row: a smaller reserve, not an empty strip under it. */', `  @media (min-width: 40.01em) { ${tag} { min-height: 4.5em; } }`]
      : []),
    // JavaScript off: the fallback alone, with no empty space below it (a browser without the query keeps the reserve).
    `  @media (scripting: none) { ${tag} { min-height: 0; } }`,
  ];
  if (Object.keys(theme).length) css.push(`  ${tag} { ${Object.entries(theme).map(([n, v]) => `${n}: ${v};`).join(' ')} }`);
  // No referrer: a CDN serving these files does not learn which page the reader is on (docs/privacy.md).
  const script = (file) => `<script type="module" src="${escapeAttr(base)}${file}" integrity="${integrity.files[file]}" crossorigin="anonymous" referrerpolicy="no-referrer"></script>`;
  const lines = [
    `<!-- Signpost ${integrity.version}: in your stylesheet (or a <style> block), so nothing shifts. -->`,
    '<style>',
    ...css,
    '</style>',
    script('signpost.js'),
  ];
  if (lang && lang !== 'en') lines.push(`<!-- The bundle is pinned, so add the language file yourself. -->`, script(`locales/${lang}.js`));
  // The page's language: unknown here. The pinned bundle loads no file by itself, so say which to add.
  else if (!lang) {
    const codes = Object.keys(integrity.files).filter((f) => f.startsWith('locales/')).map((f) => f.slice(8, -3));
    lines.push(`<!-- On a page not in English, add its language file too (the bundle is pinned; ${codes.join(', ')}), e.g. Spanish:`, `     ${script('locales/es.js')} -->`);
  }
  lines.push('');
  // position: sticky holds only for a direct child of <body> (docs/quick-exit.md); as the README's snippet says.
  if (tag === 'signpost-quick-exit' && attrs.placement === 'sticky') lines.push('<!-- First thing in <body>, so it is reached early and stays on top while the page scrolls. -->');
  lines.push(`<${tag}${attrText}>${fallback ? `\n${fallback}\n` : ''}</${tag}>`);
  return lines.join('\n');
}

$('widget').addEventListener('change', () => {
  const url = new URL(location.href);
  url.searchParams.set('widget', $('widget').value.replace(/^signpost-/, ''));
  history.replaceState(null, '', url);
  buildForm();
});
$('options').addEventListener('input', update);
$('options').addEventListener('change', update);
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('snippet').value);
    $('copied').textContent = 'Copied.';
  } catch {
    $('snippet').select();
    $('copied').textContent = 'Select the snippet and copy it.';
  }
});
buildForm();
