/** The one wrapper every UI test renders through: Fluent's provider and the UI language. */
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Lang } from '../../src/i18n';
import { LangProvider } from '../../src/taskpane/i18n-context';

export function renderWithProviders(ui: ReactElement, { lang = 'sv' as Lang } = {}): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang={lang}>{ui}</LangProvider>
    </FluentProvider>,
  );
}
