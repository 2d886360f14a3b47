/** @jest-environment jsdom */
/** The read-only sheet view (src/preview/SheetView.tsx): tabs, the grid, the selected cell. */
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import { previewText } from '../../src/preview/preview-text';
import { SheetView } from '../../src/preview/SheetView';
import type { PreviewStore } from '../../src/preview/workbook-store';
import { storeWithExample } from './example';

function View({ store }: { store: PreviewStore }) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  return (
    <FluentProvider theme={webLightTheme}>
      <SheetView
        state={state}
        lang="sv"
        tr={previewText('sv')}
        onShowSheet={(sheet) => store.showSheet(sheet)}
        onSelect={(sheet, cell) => store.select(sheet, cell)}
      />
    </FluentProvider>
  );
}

const selectedCells = (container: HTMLElement) =>
  [...container.querySelectorAll('td[data-selected="true"]')].map((td) => td.getAttribute('data-cell'));

test('a tab per visible sheet; the active one is selected and labels the grid', async () => {
  const store = await storeWithExample();
  render(<View store={store} />);
  const tabs = screen.getAllByRole('tab');
  expect(tabs.map((tab) => tab.textContent)).toEqual([
    'Risk & Väsentlighet',
    'Internkontrollplan',
    'Planerade upphandlingar',
  ]);
  expect(screen.getByRole('tab', { name: 'Risk & Väsentlighet' })).toHaveAttribute('aria-selected', 'true');
  expect(screen.getByRole('tabpanel', { name: 'Risk & Väsentlighet' })).toBeInTheDocument();
  expect(screen.getByRole('table', { name: 'Bladet Risk & Väsentlighet' })).toBeInTheDocument();
  expect(screen.getByRole('columnheader', { name: 'E' })).toBeInTheDocument();
  expect(screen.getByRole('rowheader', { name: '3' })).toBeInTheDocument();
});

test('a finding link selects its cell: the tab switches, the cell and its headers are marked', async () => {
  const store = await storeWithExample();
  const { container } = render(<View store={store} />);
  act(() => store.select('Internkontrollplan', 'E22'));
  expect(screen.getByRole('tab', { name: 'Internkontrollplan' })).toHaveAttribute('aria-selected', 'true');
  expect(selectedCells(container)).toEqual(['E22']);
  expect(screen.getByTestId('name-box')).toHaveTextContent('E22');
  expect(container.querySelector('td[data-cell="E22"]')).toHaveTextContent(
    'Bristande kunskaper bland medarbetarna gällande informationssäkerhet',
  );
});

test('a range selection marks every cell in it', async () => {
  const store = await storeWithExample();
  const { container } = render(<View store={store} />);
  act(() => store.select('Planerade upphandlingar', 'B5:C5'));
  expect(selectedCells(container)).toEqual(['B5', 'C5']);
});

test('clicking a cell selects it; arrow keys move between the tabs', async () => {
  const store = await storeWithExample();
  const { container } = render(<View store={store} />);
  fireEvent.click(container.querySelector('td[data-cell="E4"]') as Element);
  expect(store.getState().selection).toEqual({ sheet: 'Risk & Väsentlighet', cell: 'E4' });
  fireEvent.keyDown(screen.getByRole('tab', { name: 'Risk & Väsentlighet' }), { key: 'ArrowRight' });
  expect(store.getState().activeSheet).toBe('Internkontrollplan');
  expect(screen.getByRole('tab', { name: 'Internkontrollplan' })).toHaveFocus();
  fireEvent.keyDown(screen.getByRole('tab', { name: 'Internkontrollplan' }), { key: 'End' });
  expect(store.getState().activeSheet).toBe('Planerade upphandlingar');
  fireEvent.keyDown(screen.getByRole('tab', { name: 'Planerade upphandlingar' }), { key: 'ArrowRight' });
  expect(store.getState().activeSheet).toBe('Risk & Väsentlighet');
});
