import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/components/campaign-banner/define.js';
import {embedDocs} from './embed.js';
import {langControl, theme, themeArgTypes, type ThemeArgs} from './theming.js';

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
}

// A calm, neutral illustration (a local file: the stories request nothing from elsewhere): a path
// between hills under a sun. An image must be http(s) or relative; a data: URL is refused (and warned).
const ILLUSTRATION = 'fixtures/illustration.svg';

const meta: Meta<Args> = {
  title: 'Widgets/Campaign banner',
  component: TAG,
  parameters: {
    docs: embedDocs(TAG),
  },
  args: {campaign: 'learn-the-signs', variant: 'inline', heading: '', message: '', 'cta-href': 'https://example.org/learn', 'cta-label': 'Learn the signs', image: '', 'image-alt': '', 'content-note': '', dismissible: true, from: '', until: '', 'remember-dismissal': '', 'heading-level': 2, lang: ''},
  argTypes: {
    campaign: {control: 'select', options: ['', 'world-day', 'prevention-month', 'wear-blue-day', 'learn-the-signs']},
    variant: {control: 'inline-radio', options: ['inline', 'bar', 'card']},
    'remember-dismissal': {control: 'inline-radio', options: ['', 'session', 'local'], description: 'Opt-in: keep only a "dismissed" flag (empty: store nothing)'},
    'heading-level': {control: {type: 'number', min: 2, max: 6}},
    'cta-label': {description: 'The call to action (the partner\'s own words: no built-in translation, so change it with the language)'},
    lang: langControl,
    ...themeArgTypes(TAG),
  },
  render: (a) => {
    const {style, parts} = theme(TAG, a);
    return html`${parts}<signpost-campaign-banner
    style=${style}
    campaign=${a.campaign || nothing}
    variant=${a.variant}
    heading=${a.heading || nothing}
    message=${a.message || nothing}
    cta-href=${a['cta-href'] || nothing}
    cta-label=${a['cta-label'] || nothing}
    image=${a.image || nothing}
    image-alt=${a.image ? a['image-alt'] : nothing}
    content-note=${a['content-note'] || nothing}
    ?dismissible=${a.dismissible}
    from=${a.from || nothing}
    until=${a.until || nothing}
    remember-dismissal=${a['remember-dismissal'] || nothing}
    heading-level=${a['heading-level']}
    lang=${a.lang || nothing}
  ></signpost-campaign-banner>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

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
export const CustomText: Story = {args: {campaign: '', heading: 'Training for volunteers', message: 'Join our free session on recognising exploitation at work.', 'cta-label': 'Book a place'}};
export const RightToLeft: Story = {name: 'العربية (RTL)', args: {lang: 'ar', 'cta-label': 'تعرّف على العلامات'}};
export const Spanish: Story = {name: 'Español', args: {lang: 'es', campaign: 'world-day', from: '2000-01-01', 'cta-label': 'Conozca las señales'}};
