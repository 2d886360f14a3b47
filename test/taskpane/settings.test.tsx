/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { parseForm, toForm } from '../../src/taskpane/settings-form';
import { FakeHost } from './fake-host';
import { renderWithProviders } from './render-with-providers';

async function renderSettings(host = new FakeHost()) {
  renderWithProviders(<App host={host} />);
  await screen.findByRole('heading', { name: 'Inställningar' });
  const field = (name: RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;
  return {
    host,
    ikp: field(/Gräns för IKP/),
    action: field(/Gräns för åtgärd/),
    amount: field(/Beloppsgräns för upphandling/),
    year: field(/Planår/),
    save: screen.getByRole('button', { name: 'Spara inställningar' }),
  };
}

test("shows the workbook's settings and where the plan year came from", async () => {
  const host = new FakeHost();
  host.status.settings = {
    ikpThreshold: 15,
    actionThreshold: 10,
    procurementThreshold: 700_000,
    planYear: null,
  };
  host.status.planYear = { year: 2022, source: 'majority' };
  const { ikp, action, amount, year } = await renderSettings(host);
  expect(ikp.value).toBe('15');
  expect(action.value).toBe('10');
  expect(amount.value).toBe('700 000 kr');
  expect(year.value).toBe('');
  expect(screen.getByText('Planår 2022: året då flest upphandlingar planeras starta.')).toBeInTheDocument();
});

test('invalid values are named at their field and nothing is saved', async () => {
  const { host, ikp, action, amount, year, save } = await renderSettings();
  fireEvent.change(ikp, { target: { value: '30' } });
  fireEvent.change(action, { target: { value: '9,5' } });
  fireEvent.change(amount, { target: { value: 'en miljon' } });
  fireEvent.change(year, { target: { value: '21' } });
  fireEvent.click(save);

  expect(await screen.findByText('Ange ett heltal från 1 till 25.')).toBeInTheDocument();
  expect(screen.getByText('Ange ett heltal.')).toBeInTheDocument();
  expect(screen.getByText(/Ange ett belopp i hela kronor/)).toBeInTheDocument();
  expect(screen.getByText(/Ange ett årtal med fyra siffror/)).toBeInTheDocument();
  expect(ikp).toHaveAttribute('aria-invalid', 'true');
  expect(host.called('saveSettings')).toHaveLength(0);
});

test('the action threshold must be below the IKP threshold', async () => {
  const { host, ikp, action, save } = await renderSettings();
  fireEvent.change(ikp, { target: { value: '10' } });
  fireEvent.change(action, { target: { value: '10' } });
  fireEvent.click(save);
  expect(
    await screen.findByText('Gränsen för åtgärd måste vara lägre än gränsen för IKP (10).'),
  ).toBeInTheDocument();
  expect(host.called('saveSettings')).toHaveLength(0);
});

test('valid values are saved through the host and the workbook is read again', async () => {
  const { host, ikp, action, amount, year, save } = await renderSettings();
  const reads = host.called('readStatus').length;
  fireEvent.change(ikp, { target: { value: ' 16 ' } });
  fireEvent.change(action, { target: { value: '8' } });
  fireEvent.change(amount, { target: { value: '2\u00a0000\u00a0000 kr' } });
  fireEvent.change(year, { target: { value: '2024' } });
  fireEvent.click(save);

  expect(await screen.findByText('Inställningarna är sparade.')).toBeInTheDocument();
  expect(host.called('saveSettings')).toEqual([
    {
      method: 'saveSettings',
      args: [{ ikpThreshold: 16, actionThreshold: 8, procurementThreshold: 2_000_000, planYear: 2024 }],
    },
  ]);
  await waitFor(() => expect(host.called('readStatus').length).toBe(reads + 1));
});

test('a failed save is reported, not swallowed', async () => {
  const { host, save } = await renderSettings();
  host.failWith.saveSettings = { name: 'ExcelHostError', code: 'AccessDenied', message: 'Denied.' };
  fireEvent.click(save);
  expect(
    await screen.findByText(/Inställningarna kunde inte sparas\. Bladet eller arbetsboken är skyddad/),
  ).toBeInTheDocument();
  expect(screen.queryByText('Inställningarna är sparade.')).not.toBeInTheDocument();
});

describe('parseForm', () => {
  const valid = {
    ikpThreshold: '12',
    actionThreshold: '9',
    procurementThreshold: '1 000 000 kr',
    planYear: '',
  };

  test('round-trips the defaults', () => {
    const settings = {
      ikpThreshold: 12,
      actionThreshold: 9,
      procurementThreshold: 1_000_000,
      planYear: null,
    };
    expect(toForm(settings)).toEqual(valid);
    expect(parseForm(valid)).toEqual({ ok: true, settings });
  });

  test.each([
    ['ikpThreshold', '0', 'settings.error.range'],
    ['ikpThreshold', '26', 'settings.error.range'],
    ['ikpThreshold', '-3', 'settings.error.integer'],
    ['ikpThreshold', '', 'settings.error.integer'],
    ['actionThreshold', '12', 'settings.error.actionBelowIkp'],
    ['procurementThreshold', 'en miljon', 'settings.error.amount'],
    ['procurementThreshold', '1,5 kr', 'settings.error.amount'],
    ['procurementThreshold', '-5 000 kr', 'settings.error.amount'],
    ['procurementThreshold', '99999999999999999999', 'settings.error.amount'],
    ['planYear', '1899', 'settings.error.year'],
    ['planYear', '2021.0', 'settings.error.year'],
  ])('%s = %p is refused (%s)', (field, value, key) => {
    const parsed = parseForm({ ...valid, [field]: value });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[field as keyof typeof valid]?.key).toBe(key);
  });

  test.each([
    ['1\u202f500\u202f000 kr', 1_500_000],
    ['1,5 mkr', 1_500_000],
    ['700000', 700_000],
  ])('amounts are written as in the plans: %p', (text, value) => {
    const parsed = parseForm({ ...valid, procurementThreshold: text });
    expect(parsed).toEqual({ ok: true, settings: expect.objectContaining({ procurementThreshold: value }) });
  });
});
