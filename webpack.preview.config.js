/**
 * The preview's build (npm run build:preview → dist-preview/): the task pane outside Office, on an
 * ExcelJS workbook held in the page (src/preview). Separate from webpack.config.js so the
 * add-in's build, and the task pane's 150 KB budget, never see ExcelJS.
 *
 * ExcelJS in the browser is its own prebuilt bundle, exceljs/dist/exceljs.min.js (the file its
 * package.json names for browsers: JSZip, the Buffer and stream polyfills and its runtime inside),
 * so webpack 5 needs no Node polyfills. It is copied beside the page as it is and loaded by a
 * <script> before ours (src/preview/preview.html), which makes it the global `ExcelJS`; the
 * `externals` entry hands that to `import ExcelJS from 'exceljs'`. Letting webpack bundle and
 * minify the already minified megabyte again quadruples the build time for nothing.
 * Never an eval-based devtool: the page's CSP has no 'unsafe-eval'.
 *
 * Production mode (React's production build) but not minified by default: the preview is served
 * from localhost, and Terser would take 40 of the build's 50 seconds. `--env minify` minifies,
 * for putting dist-preview/ on a web server.
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const EXCELJS_BROWSER = require.resolve('exceljs/dist/exceljs.min.js');
const OUTPUT = path.resolve(__dirname, 'dist-preview');

module.exports = (env = {}, options = {}) => {
  const dev = options.mode === 'development';
  return {
    context: __dirname,
    mode: dev ? 'development' : 'production',
    devtool: 'source-map',
    target: ['web', 'es2020'],
    entry: { preview: './src/preview/index.tsx' },
    output: {
      path: OUTPUT,
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    optimization: { minimize: Boolean(env.minify) },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    externals: { exceljs: 'ExcelJS' },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`'s job; the build only transpiles.
            options: {
              transpileOnly: true,
              compilerOptions: { module: 'esnext', target: 'es2020', noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/preview/preview.html' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: EXCELJS_BROWSER, to: 'exceljs.min.js' },
          { from: 'assets/icon-32.png', to: 'assets/icon-32.png' },
          // So dist-preview/ works from any static host too; scripts/preview-server.js serves
          // the repository's examples/ first.
          { from: 'examples/amn-2021.xlsx', to: 'examples/amn-2021.xlsx' },
        ],
      }),
    ],
    // ExcelJS alone is about 1 MB: the preview is not the add-in and has no size budget.
    performance: { hints: false },
  };
};

module.exports.OUTPUT = OUTPUT;
