/**
 * The preview's entry (npm run preview): the task pane outside Office, on an ExcelJS workbook in
 * the page. Swedish by default, English with ?lang=en.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { LangProvider } from '../taskpane/i18n-context';
import { createPreviewHost } from './preview-session';
import { langFromSearch, previewText } from './preview-text';
import { PreviewPage } from './PreviewPage';
import { PreviewStore } from './workbook-store';

const lang = langFromSearch(window.location.search);
document.documentElement.lang = lang;
document.title = previewText(lang)('page.title');

const store = new PreviewStore();
const host = createPreviewHost(store, lang);

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang={lang}>
        <PreviewPage store={store} host={host} lang={lang} />
      </LangProvider>
    </FluentProvider>,
  );
}
