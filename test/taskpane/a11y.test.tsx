/** @jest-environment jsdom */
import axe from 'axe-core';
import { fireEvent, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { FakeHost, finding } from './fake-host';
import { renderWithProviders } from './render-with-providers';

/** axe's WCAG A/AA rules, except those jsdom cannot judge (it lays nothing out, so no contrast). */
async function violations(container: HTMLElement) {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the pane with results, findings and an open error has no axe violations', async () => {
  const host = new FakeHost();
  host.results.validateProcurement = {
    summary: '6 rader: 1 fel, 1 varning.',
    findings: [
      finding({ severity: 'error', message: 'För lågt värde.' }),
      finding({ severity: 'warning', message: 'Skiljetecken.', cell: null }),
    ],
  };
  host.failWith.selectCell = {
    name: 'ExcelHostError',
    code: 'ItemNotFound',
    message: 'x',
    debugInfo: { a: 1 },
  };
  const { container } = renderWithProviders(<App host={host} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Validera upphandling' }));
  fireEvent.click(await screen.findByRole('button', { name: /För lågt värde\./ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Mer information' }));
  expect(screen.getByText('6 rader: 1 fel, 1 varning.')).toBeInTheDocument();

  expect(await violations(container)).toEqual([]);
});

test('every input has a label and every button a name', async () => {
  renderWithProviders(<App host={new FakeHost()} />);
  await screen.findByRole('heading', { name: 'Inställningar' });
  for (const input of screen.getAllByRole('textbox')) expect(input).toHaveAccessibleName();
  for (const button of screen.getAllByRole('button')) expect(button).toHaveAccessibleName();
  expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
    'Tabeller i arbetsboken',
    'Kommandon',
    'Inställningar',
  ]);
});
