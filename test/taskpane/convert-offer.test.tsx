/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { FakeHost, table } from './fake-host';
import { renderWithProviders } from './render-with-providers';

test('offers to turn plain ranges into tables, and runs it', async () => {
  const host = new FakeHost();
  host.status = {
    ...host.status,
    tables: [table('vor', true, 65), table('ikp', false), table('procurement', false)],
  };
  renderWithProviders(<App host={host} />);
  const button = await screen.findByRole('button', { name: 'Gör om områden till tabeller' });
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
  await waitFor(() => expect(host.calls.map((c) => c.method)).toContain('convertToTables'));
});

test('does not offer it when every table found is a real table', async () => {
  const host = new FakeHost();
  host.status = {
    ...host.status,
    tables: [
      { ...table('vor', true, 65), tableName: 'RiskVasentlighet', foundBy: 'table' },
      table('ikp', false),
      table('procurement', false),
    ],
  };
  renderWithProviders(<App host={host} />);
  const button = await screen.findByRole('button', { name: 'Gör om områden till tabeller' });
  await waitFor(() => expect(host.calls.map((c) => c.method)).toContain('readStatus'));
  expect(button).toBeDisabled();
});
