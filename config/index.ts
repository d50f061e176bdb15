import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');
const isH5 = process.env.TARO_ENV === 'h5';

/**
 * The CloudBase environment id baked into the weapp build: `wx.cloud.init({ env })` then calls the functions
 * where they are deployed. Without it wx.cloud picks the account's default environment, which need not be the
 * one the functions went to (a test and a production environment, say), so a weapp build refuses to go on.
 * The functions themselves use the environment they are deployed in (server/cloud.ts).
 */
function cloudEnv(): string {
  const env = process.env.TARO_APP_CLOUD_ENV?.trim() ?? '';
  if (env || isH5) return env;
  throw new Error(
    'Set TARO_APP_CLOUD_ENV to the CloudBase environment id the functions are deployed in ' +
      '(README, "WeChat DevTools and CloudBase"), e.g. TARO_APP_CLOUD_ENV=cloud1-abc123 npm run build:weapp',
  );
}

/**
 * The mediation room's phone, which residents call with one tap. Set TARO_APP_ROOM_PHONE to the local room's
 * number when building; without it residents reach 12348, the national public legal service hotline.
 */
const roomPhone = process.env.TARO_APP_ROOM_PHONE || '12348';

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'palm-mediation-room',
    date: '2025-11-29',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // Two outputs so a weapp build never wipes the h5 demo the local server is serving (and vice versa).
    outputRoot: isH5 ? 'dist-h5' : 'dist',
    plugins: [],
    // The h5 build exists for the local demo and browser tests, so it talks to the local cloud unless told not to.
    env: {
      LOCAL_CLOUD: JSON.stringify(process.env.LOCAL_CLOUD ?? (isH5 ? 'true' : 'false')),
    },
    defineConstants: {
      CLOUD_ENV: JSON.stringify(cloudEnv()),
      MEDIATION_ROOM_PHONE: JSON.stringify(roomPhone),
    },
    alias: {
      '@': path.resolve(root, 'src'),
      '@contracts': path.resolve(root, 'types'),
    },
    copy: {
      patterns: isH5 ? [] : [{ from: 'src/sitemap.json', to: 'dist/sitemap.json' }],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    // Taro's default minifier escapes every non-ASCII character (\uXXXX, 6 bytes for a Chinese character that
    // is 3 bytes in UTF-8); WeChat reads sources as UTF-8, so keep the characters and save about 5 KB of main.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    cache: { enable: false },
    mini: {
      // Code used only by subpackages stays in those subpackages, keeping the first download small.
      optimizeMainPackage: { enable: true },
      // types/ (shared contracts) lives outside src/, so it must be added to the compiled sources explicitly.
      // Dependencies are transpiled too (to the browserslist targets, ES5): project.config.json has es6 off, so
      // WeChat uploads the code as built, and zod's `?.`/`??` would stop the app on iOS below 13.4.
      compile: { include: [path.resolve(root, 'types'), (file: string) => /node_modules/.test(file)] },
      // Component styles are independent (BEM names), so the order of CSS chunks does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        // WeChat renders with WKWebView (iOS) and its Chromium (Android): no -ms- prefixes, no old flexbox.
        autoprefixer: { enable: true, config: { overrideBrowserslist: ['iOS >= 9', 'Android >= 5'] } },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin);
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      compile: { include: [path.resolve(root, 'types')] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin);
      },
    },
  };

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
