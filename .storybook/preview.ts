import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html, nothing, type ChildPart} from 'lit';
import {Directive, directive, PartType, type PartInfo} from 'lit/directive.js';
import {withActions} from 'storybook/actions/decorator';
import customElements from '../custom-elements.json' with {type: 'json'};
import '../src/define.js';
import {dirOf} from '../src/i18n/resolve.js';
import '../src/i18n/locales/es.js';
import '../src/i18n/locales/ar.js';
import '../src/i18n/locales/fr.js';
import '../src/i18n/locales/pt.js';
import '../src/i18n/locales/zh-Hans.js';
import '../src/i18n/locales/ru.js';
import '../src/i18n/locales/uk.js';
import '../src/i18n/locales/th.js';
import '../src/i18n/locales/tl.js';
import '../src/i18n/locales/vi.js';
import '../src/i18n/locales/ro.js';

setCustomElementsManifest(customElements);

/** The widgets given the Direction toolbar's dir: "From the language" takes back only what it gave. */
const directed = new WeakSet<Element>();

/**
 * Placed after the story in the wrapper (so it runs once the story is in the DOM): gives the Direction
 * toolbar's `ltr` or `rtl` to the story's widgets, which read only their own `dir` (else their
 * language's direction); with "From the language" they have none.
 */
class WidgetDir extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('widgetDir() goes where a child goes');
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the argument is read in update()
  render(_dir: string) {
    return nothing;
  }
  override update(part: ChildPart, [dir]: [string]) {
    for (const el of (part.parentNode as ParentNode).querySelectorAll('*')) {
      if (!el.localName.startsWith('signpost-')) continue;
      if (dir === 'ltr' || dir === 'rtl') {
        el.setAttribute('dir', dir);
        directed.add(el);
      } else if (directed.delete(el)) el.removeAttribute('dir');
    }
    return nothing;
  }
}
const widgetDir = directive(WidgetDir);

/**
 * The page fonts the Font toolbar offers: the widgets set none and inherit the page's, so a designer
 * sees them in a sans-serif page (most partners' sites), a serif one (a newsroom's), or the browser's
 * own default (a bare page, as the no-JavaScript fallback also meets it).
 */
const FONTS: Record<string, string> = {
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
  serif: 'Georgia, "Times New Roman", "DejaVu Serif", serif',
  browser: 'initial',
};

/** A toolbar menu that sets a global of the page around the widgets: its values with their titles, in order. */
const menu = (description: string, title: string, icon: 'globe' | 'transfer' | 'contrast' | 'paragraph' | 'zoom', items: Record<string, string>) => ({
  description,
  toolbar: {title, icon, items: Object.entries(items).map(([value, title]) => ({value, title})), dynamicTitle: true},
});

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: {test: 'error'},
    controls: {expanded: true},
    // The widgets' events (bubbling and composed), shown in the Actions panel.
    actions: {
      handles: [
        'signpost-hotline-contact',
        'signpost-hotline-country-change',
        'signpost-quick-exit',
        'signpost-quiz-answered',
        'signpost-quiz-completed',
        'signpost-banner-dismiss',
        'signpost-banner-dismissed',
        'signpost-ticker-error',
      ],
    },
  },
  globalTypes: {
    lang: menu('Language of the page around the widgets (their lang falls back to it)', 'Language', 'globe', {
      en: 'English',
      es: 'Español',
      ar: 'العربية (RTL)',
      fr: 'Français',
      pt: 'Português',
      'zh-Hans': '简体中文',
      ru: 'Русский',
      uk: 'Українська',
      th: 'ไทย',
      tl: 'Tagalog',
      vi: 'Tiếng Việt',
      ro: 'Română',
    }),
    dir: menu('Direction of the widgets (their own dir attribute) and of the page around them; "From the language": no dir on the widgets', 'Direction', 'transfer', {
      auto: 'From the language',
      ltr: 'Left to right',
      rtl: 'Right to left',
    }),
    scheme: menu('Host colour scheme (widgets follow the host’s color-scheme)', 'Scheme', 'contrast', {light: 'Light', dark: 'Dark'}),
    font: menu('Font of the page around the widgets (they set none: they inherit it)', 'Font', 'paragraph', {
      sans: 'Sans-serif page',
      serif: 'Serif page',
      browser: 'Browser default',
    }),
    textSize: menu('Text size of the page around the widgets (Android offers up to 200%; widgets inherit it)', 'Text size', 'zoom', {
      100: 'Text 100%',
      150: 'Text 150%',
      200: 'Text 200% (Android’s largest)',
    }),
  },
  initialGlobals: {lang: 'en', scheme: 'light', dir: 'auto', font: 'sans', textSize: '100'},
  decorators: [
    withActions,
    (story, context) => html`<div
      lang=${context.globals.lang ?? 'en'}
      dir=${context.globals.dir && context.globals.dir !== 'auto' ? context.globals.dir : dirOf(context.globals.lang ?? 'en')}
      style="color-scheme: ${context.globals.scheme ?? 'light'}; font-family: ${FONTS[context.globals.font] ?? FONTS.sans}; font-size: ${context.globals.textSize ?? 100}%; padding: 1rem; background: ${context.globals.scheme === 'dark' ? '#0d1117' : 'transparent'}"
    >
      ${story()}${widgetDir(context.globals.dir ?? 'auto')}
    </div>`,
  ],
};
export default preview;
