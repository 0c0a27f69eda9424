// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/**', 'storybook-static/**', 'src/generated/**', 'node_modules/**', 'custom-elements.json']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {languageOptions: {globals: globals.browser}},
  {files: ['*.js', '*.mjs', 'scripts/**', 'bench/**', 'bin/**', 'test/node/**', '.storybook/**', 'vite.config.ts', 'test/server.js'], languageOptions: {globals: {...globals.node, ...globals.browser}}},
  {files: ['test/**/*.ts'], rules: {'@typescript-eslint/no-unused-expressions': 'off'}},
);
