/**
 * The add-in's build, in the shape of Microsoft's Office-Addin-TaskPane-React template:
 * two entries (the task pane and the ribbon's function file), their HTML pages, the icons and the
 * manifest. `webpack --mode production` writes dist/ with every https://localhost:3000/ in the
 * manifest replaced by the production URL (env ADDIN_PROD_URL).
 *
 * Never an eval-based devtool, in any mode: the pages' Content-Security-Policy has no 'unsafe-eval'.
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const urlDev = 'https://localhost:3000/';

/** Where dist/ will be served from. Set ADDIN_PROD_URL before `npm run build`; the default is a placeholder. */
function productionUrl() {
  const url = process.env.ADDIN_PROD_URL || 'https://www.contoso.com/';
  return url.endsWith('/') ? url : `${url}/`;
}

/** The task pane's initial JavaScript must stay under this, gzip; scripts/bundle-size.js checks it. */
const { BUDGET_BYTES: TASKPANE_BUDGET_BYTES } = require('./scripts/bundle-size');

async function getHttpsOptions() {
  // Required here, not at the top: `npm run build` must work without the dev certificates.
  const devCerts = require('office-addin-dev-certs');
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const urlProd = productionUrl();
  if (!dev && env && env.WEBPACK_BUILD && !process.env.ADDIN_PROD_URL) {
    console.warn(`ADDIN_PROD_URL is not set: dist/manifest.xml points at the placeholder ${urlProd}`);
  }
  return {
    context: __dirname,
    mode: dev ? 'development' : 'production',
    devtool: 'source-map',
    // ExcelApi 1.13 (manifest.xml) means Excel 2021+, Microsoft 365 or the web: WebView2 or a
    // current WebKit, all with ES2020 — and a webpack runtime that uses globalThis, not `new Function`.
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
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
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/support.html', to: 'support.html' },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
    ],
    // A coarse early warning on raw sizes; the real gate is the gzip budget in scripts/bundle-size.js.
    performance: {
      hints: dev ? false : 'warning',
      maxEntrypointSize: TASKPANE_BUDGET_BYTES * 4,
      maxAssetSize: TASKPANE_BUDGET_BYTES * 4,
      assetFilter: (file) => file.endsWith('.js'),
    },
    // Only `webpack serve` (webpack-cli sets env.WEBPACK_SERVE) needs the https certificates.
    devServer:
      env && env.WEBPACK_SERVE
        ? {
            static: { directory: path.join(__dirname, 'dist') },
            headers: { 'Access-Control-Allow-Origin': '*' },
            server: { type: 'https', options: await getHttpsOptions() },
            port: Number(process.env.npm_package_config_dev_server_port) || 3000,
          }
        : undefined,
  };
};

module.exports.urlDev = urlDev;
