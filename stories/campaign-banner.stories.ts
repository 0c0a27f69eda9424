import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import '../src/components/campaign-banner/define.js';
import {embedDocs} from './embed.js';
import {langControl, showcase, theme, themeArgTypes, type ThemeArgs} from './theming.js';

const TAG = 'signpost-campaign-banner';

interface Args extends ThemeArgs {
  campaign: string;
  variant: 'inline' | 'bar' | 'card';
  heading: string;
  message: string;
  'cta-href': string;
  'cta-label': string;
  image: string;
  'image-alt': string;
  'content-note': string;
  dismissible: boolean;
  from: string;
  until: string;
  'remember-dismissal': '' | 'session' | 'local';
  'heading-level': number;
  lang: string;
  omitImageAlt: boolean;
  'slot:default': string;
}

// A calm, neutral illustration (a local file: the stories request nothing from elsewhere): a path
// between hills under a sun. An image must be http(s) or relative; a data: URL is refused (and warned).
const ILLUSTRATION = 'fixtures/illustration.svg';

// The theming rows from the manifest, read once: the default slot's row gets a control here.
const themed = themeArgTypes(TAG);

const meta: Meta<Args> = {
  title: 'Widgets/Campaign banner',
  component: TAG,
  parameters: {
    docs: embedDocs(TAG),
  },
  args: {campaign: 'learn-the-signs', variant: 'inline', heading: '', message: '', 'cta-href': 'https://example.org/learn', 'cta-label': 'Learn the signs', image: '', 'image-alt': '', 'content-note': '', dismissible: true, from: '', until: '', 'remember-dismissal': '', 'heading-level': 2, lang: '', omitImageAlt: false, 'slot:default': ''},
  argTypes: {
    campaign: {control: 'select', options: ['', 'world-day', 'prevention-month', 'wear-blue-day', 'learn-the-signs'], description: showcase(TAG, 'campaign', 'learn-the-signs')},
    variant: {control: 'inline-radio', options: ['inline', 'bar', 'card']},
    'remember-dismissal': {control: 'inline-radio', options: ['', 'session', 'local'], description: 'Opt-in: keep only a "dismissed" flag. The first choice here leaves the attribute out (nothing stored); on the element, `remember-dismissal=""` means session storage'},
    'heading-level': {control: {type: 'number', min: 2, max: 6}},
    'cta-href': {description: showcase(TAG, 'cta-href', 'https://example.org/learn')},
    'cta-label': {description: showcase(TAG, 'cta-label', 'Learn the signs', 'The partner\'s own words: no built-in translation, so change it with the language.')},
    dismissible: {description: showcase(TAG, 'dismissible', true)},
    omitImageAlt: {control: 'boolean', description: 'With an image the stories write `image-alt` even when empty (`image-alt=""`: decorative); on, they leave it out, and the image is not shown (a console warning says why)'},
    lang: langControl,
    ...themed,
    'slot:default': {
      ...themed['slot:default'],
      control: 'text',
      description: `${themed['slot:default']!.description} Here: text the story places in a \`<p>\` child (it replaces a campaign's built-in message too, and is what readers without JavaScript see); empty: no child.`,
    },
  },
  // Keyed on the args: a banner closed with × stays closed on its element, so changed or reset
  // controls get a new one (as would the toolbar's Remount).
  render: (a) => {
    const {style, parts} = theme(TAG, a);
    return html`${parts}${keyed(
      JSON.stringify(a),
      html`<signpost-campaign-banner
    style=${style}
    campaign=${a.campaign || nothing}
    variant=${a.variant}
    heading=${a.heading || nothing}
    message=${a.message || nothing}
    cta-href=${a['cta-href'] || nothing}
    cta-label=${a['cta-label'] || nothing}
    image=${a.image || nothing}
    image-alt=${a.image && !a.omitImageAlt ? a['image-alt'] : nothing}
    content-note=${a['content-note'] || nothing}
    ?dismissible=${a.dismissible}
    from=${a.from || nothing}
    until=${a.until || nothing}
    remember-dismissal=${a['remember-dismissal'] || nothing}
    heading-level=${a['heading-level']}
    lang=${a.lang || nothing}
    >${a['slot:heading'] ? html`<span slot="heading">${a['slot:heading']}</span>` : nothing}${a['slot:default'] ? html`<p>${a['slot:default']}</p>` : nothing}</signpost-campaign-banner
  >`,
    )}`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Starts from showcase values: the `learn-the-signs` campaign, a call to action and a close button (the element has none of them by default). */
export const Inline: Story = {};
export const Bar: Story = {args: {variant: 'bar'}};
export const Card: Story = {args: {variant: 'card', image: ILLUSTRATION, 'image-alt': ''}};
/** Dated campaigns show only in their window; `from` places them in view here. */
export const WorldDay: Story = {name: 'World Day (30 July)', args: {campaign: 'world-day', from: '2000-01-01'}};
export const PreventionMonth: Story = {name: 'Prevention Month (January)', args: {campaign: 'prevention-month', from: '2000-01-01'}};
export const WearBlueDay: Story = {name: 'Wear Blue Day (11 January)', args: {campaign: 'wear-blue-day', from: '2000-01-01'}};
export const LearnTheSigns: Story = {name: 'Learn the signs (any day)', args: {campaign: 'learn-the-signs'}};
export const ContentNote: Story = {
  name: 'Content note before an image',
  args: {variant: 'card', image: ILLUSTRATION, 'image-alt': 'A path between green hills under a sun', 'content-note': 'this banner links to news about a court case'},
};
/** No `image-alt` at all: the image is not shown (a console warning says why); `image-alt=""` would show it as decorative. */
export const ImageWithoutAlt: Story = {name: 'Image without image-alt', args: {variant: 'card', image: ILLUSTRATION, omitImageAlt: true}};
export const CustomText: Story = {args: {campaign: '', heading: 'Training for volunteers', message: 'Join our free session on recognising exploitation at work.', 'cta-label': 'Book a place'}};
/** The `heading` slot replaces the `heading` attribute (and a campaign's built-in heading). */
export const HeadingSlot: Story = {
  name: 'Heading from the slot',
  args: {campaign: '', 'slot:heading': 'Training for volunteers', message: 'Join our free session on recognising exploitation at work.', 'cta-label': 'Book a place'},
};
/** The partner's own heading and message as light DOM: what readers without JavaScript see, and what the banner shows (the attributes and a campaign's words give way to it). */
export const LightDom: Story = {
  name: 'Heading and message from the light DOM (no-JavaScript fallback)',
  args: {campaign: '', 'slot:heading': 'Training for volunteers', 'slot:default': 'Join our free session on recognising exploitation at work.', 'cta-label': 'Book a place'},
};
export const RightToLeft: Story = {name: 'العربية (RTL)', args: {lang: 'ar', 'cta-label': 'تعرّف على العلامات'}};
export const Spanish: Story = {name: 'Español', args: {lang: 'es', campaign: 'world-day', from: '2000-01-01', 'cta-label': 'Conozca las señales'}};
