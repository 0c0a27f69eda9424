import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // The docs build also ships "Get the code" (the configurator) with what it reads: the CDN files,
  // their integrity list and the manifest. `npm run build` must run first (npm test does).
  staticDirs: [
    {from: '../demo', to: '/demo'},
    {from: '../dist/cdn', to: '/dist/cdn'},
    {from: '../custom-elements.json', to: '/custom-elements.json'},
    // Sample feed and bank files for the stories that show `src`: nothing is requested from elsewhere.
    {from: '../stories/fixtures', to: '/fixtures'},
  ],
};
export default config;
