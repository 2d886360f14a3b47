/** The one wrapper every UI test renders through: Fluent's provider and the UI language. */
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Lang } from '../../src/i18n';
import { LangProvider } from '../../src/taskpane/i18n-context';

// findBy…/waitFor wait up to 1 s by default; on a busy 2-core CI machine (webpack building in a
// parallel test file) a render can take longer. Waiting longer only costs time when a test fails.
configure({ asyncUtilTimeout: 5000 });

export function renderWithProviders(ui: ReactElement, { lang = 'sv' as Lang } = {}): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang={lang}>{ui}</LangProvider>
    </FluentProvider>,
  );
}
