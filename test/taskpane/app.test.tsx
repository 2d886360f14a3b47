/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { FakeHost, finding, table } from './fake-host';
import { renderWithProviders } from './render-with-providers';

async function renderApp(host = new FakeHost(), lang: 'sv' | 'en' = 'sv') {
  const view = renderWithProviders(<App host={host} />, { lang });
  // The status is read on mount.
  await screen.findByRole('cell', { name: 'Risk & Väsentlighet' });
  return { host, view };
}

describe('status', () => {
  test('shows each table with its sheet, how it was found and its rows', async () => {
    const host = new FakeHost('sv', [
      table('vor', true, 66),
      table('ikp', false),
      table('procurement', true, 6),
    ]);
    await renderApp(host);
    const vor = screen.getByRole('row', { name: /Risk & Väsentlighet \(VoR\)/ });
    expect(within(vor).getByText('Risk & Väsentlighet')).toBeInTheDocument();
    expect(within(vor).getByText('bladnamn')).toBeInTheDocument();
    expect(within(vor).getByText('66')).toBeInTheDocument();
    const ikp = screen.getByRole('row', { name: /Internkontrollplan \(IKP\)/ });
    expect(within(ikp).getByText('Saknas')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Internkontroll' })).toBeInTheDocument();
  });

  test('"Skapa tabeller från mall" is enabled only when no table is found', async () => {
    await renderApp(
      new FakeHost('sv', [table('vor', true, 1), table('ikp', false), table('procurement', false)]),
    );
    expect(screen.getByRole('button', { name: 'Skapa tabeller från mall' })).toBeDisabled();
  });

  test('with no tables the template can be created', async () => {
    const host = new FakeHost('sv', [table('vor', false), table('ikp', false), table('procurement', false)]);
    renderWithProviders(<App host={host} />);
    const button = await screen.findByRole('button', { name: 'Skapa tabeller från mall' });
    await waitFor(() => expect(button).toBeEnabled());
    expect(screen.getByText(/Arbetsboken har ingen av de tre tabellerna/)).toBeInTheDocument();
    fireEvent.click(button);
    await screen.findByText('setupTemplate klart.');
    expect(host.called('setupTemplate')).toHaveLength(1);
  });
});

describe('commands', () => {
  const buttons: [string, string][] = [
    ['Beräkna RV och värmekarta', 'refreshRisk'],
    ['Generera IKP-blad', 'generateIkp'],
    ['Kontrollera VoR ↔ IKP', 'check'],
    ['Validera upphandling', 'validateProcurement'],
  ];

  test.each(buttons)('"%s" calls host.%s, shows progress, then the summary', async (label, method) => {
    const { host } = await renderApp();
    host.hold = true;
    fireEvent.click(screen.getByRole('button', { name: label }));

    expect(await screen.findByText(`${label} pågår …`)).toBeInTheDocument();
    for (const button of screen.getAllByRole('button', { name: /./ })) {
      if (button.closest('form')) continue;
      expect(button).toBeDisabled();
    }
    expect(host.called(method)).toHaveLength(1);

    const readsBefore = host.called('readStatus').length;
    await act(async () => host.pending?.resolve(undefined));
    expect(await screen.findByText(`${method} klart.`)).toBeInTheDocument();
    expect(screen.queryByText(`${label} pågår …`)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: label })).toBeEnabled();
    // The workbook is read again: the command may have added a sheet or a table.
    await waitFor(() => expect(host.called('readStatus').length).toBe(readsBefore + 1));
  });

  test.each([
    ['already has one', '\uFEFFVerksamhet;Beskrivning\r\n'],
    ['lacks one', 'Verksamhet;Beskrivning\r\n'],
  ])('export offers the CSV as a download with one byte-order mark (the csv %s)', async (_, csv) => {
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:export';
    });
    URL.revokeObjectURL = jest.fn();
    const { host } = await renderApp();
    host.exportResult = {
      summary: '3 rader exporterade.',
      findings: [],
      csv,
      fileName: 'plan.csv',
    };
    fireEvent.click(screen.getByRole('button', { name: 'Exportera till inköpsenheten' }));

    const link = await screen.findByRole('link', { name: 'Ladda ner plan.csv' });
    expect(link).toHaveAttribute('href', 'blob:export');
    expect(link).toHaveAttribute('download', 'plan.csv');
    expect(created).toHaveLength(1);
    expect(created[0].type).toBe('text/csv;charset=utf-8');
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(created[0]);
    });
    expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 'V'.charCodeAt(0)]);
    expect(screen.getByText('3 rader exporterade.')).toBeInTheDocument();
  });
});

describe('findings', () => {
  const findings = [
    finding({
      severity: 'warning',
      message: 'Inledande eller avslutande skiljetecken.',
      row: 7,
      cell: 'C7',
      column: 'Beskrivning',
    }),
    finding({ severity: 'error', message: 'Värdet är inte över 1 000 000 kr.', row: 9, cell: 'F9' }),
    finding({ severity: 'error', message: 'Samordnare saknas.', row: null, column: null, cell: null }),
  ];

  test('are grouped by severity, errors first, with counts', async () => {
    const { host } = await renderApp();
    host.results.validateProcurement = { summary: '6 rader: 3 OK, 1 varning, 2 fel.', findings };
    fireEvent.click(screen.getByRole('button', { name: 'Validera upphandling' }));

    const errors = await screen.findByRole('heading', { name: 'Fel (2)' });
    const warnings = screen.getByRole('heading', { name: 'Varningar (1)' });
    expect(errors.compareDocumentPosition(warnings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      screen.getByText(
        'Planerade upphandlingar, rad 9, kolumn Uppskattat kontraktsvärde: Värdet är inte över 1 000 000 kr.',
      ),
    ).toBeInTheDocument();
    // A finding about the whole sheet has no cell to select: plain text, not a button.
    expect(screen.getByText('Planerade upphandlingar: Samordnare saknas.').closest('button')).toBeNull();
  });

  test("a click selects the finding's cell", async () => {
    const { host } = await renderApp();
    host.results.validateProcurement = { summary: 'Klart.', findings };
    fireEvent.click(screen.getByRole('button', { name: 'Validera upphandling' }));
    fireEvent.click(await screen.findByRole('button', { name: /rad 7, kolumn Beskrivning/ }));
    await waitFor(() =>
      expect(host.called('selectCell')).toEqual([
        { method: 'selectCell', args: ['Planerade upphandlingar', 'C7'] },
      ]),
    );
  });
});

describe('errors', () => {
  const officeError = {
    name: 'ExcelHostError',
    code: 'InvalidOperationInCellEditMode',
    message: 'Excel is in cell-editing mode.',
    debugInfo: { errorLocation: 'Range.values', statement: 'range.values = …;' },
  };

  test('show a short sentence and, behind "Mer information", code, message and debugInfo', async () => {
    const { host } = await renderApp();
    host.failWith.generateIkp = officeError;
    fireEvent.click(screen.getByRole('button', { name: 'Generera IKP-blad' }));

    expect(
      await screen.findByText(/Generera IKP-blad kunde inte slutföras\. Excel är i redigeringsläge/),
    ).toBeInTheDocument();
    expect(screen.queryByText('InvalidOperationInCellEditMode')).not.toBeInTheDocument();

    const more = screen.getByRole('button', { name: 'Mer information' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(more);
    expect(screen.getByRole('button', { name: 'Dölj information' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('InvalidOperationInCellEditMode')).toBeInTheDocument();
    expect(screen.getByText('Excel is in cell-editing mode.')).toBeInTheDocument();
    expect(screen.getByText(/"errorLocation": "Range.values"/)).toBeInTheDocument();
    // The buttons are usable again after a failure.
    expect(screen.getByRole('button', { name: 'Generera IKP-blad' })).toBeEnabled();
  });

  test('a plain Error is shown too, with its name as the code', async () => {
    const { host } = await renderApp();
    host.failWith.selectCell = new TypeError('sheet is undefined');
    host.results.check = {
      summary: 'Klart.',
      findings: [
        finding({
          severity: 'error',
          message: 'Saknas i IKP.',
          sheet: 'Risk & Väsentlighet',
          row: 12,
          column: 'Oönskad händelse',
          cell: 'E12',
        }),
      ],
    };
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollera VoR ↔ IKP' }));
    fireEvent.click(await screen.findByRole('button', { name: /rad 12/ }));
    expect(
      await screen.findByText(/Cellen E12 på bladet Risk & Väsentlighet kunde inte markeras\./),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Mer information' }));
    expect(screen.getByText('TypeError')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByText(/kunde inte markeras/)).not.toBeInTheDocument();
  });

  test('a failed status read is reported', async () => {
    const host = new FakeHost();
    host.failWith.readStatus = { name: 'ExcelHostError', code: 'ItemNotFound', message: 'Not found.' };
    renderWithProviders(<App host={host} />);
    expect(await screen.findByText(/Arbetsboken kunde inte läsas\. Ett blad, en tabell/)).toBeInTheDocument();
  });
});

test('English when Office runs in English', async () => {
  const host = new FakeHost('en');
  renderWithProviders(<App host={host} />, { lang: 'en' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Internal control' })).toBeInTheDocument();
  await screen.findByRole('cell', { name: 'Risk & Väsentlighet' });
  expect(screen.getByRole('button', { name: 'Generate IKP sheet' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Tables in the workbook' })).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: /IKP threshold \(RV\)/ })).toBeInTheDocument();
  expect(screen.queryByText('Inställningar')).not.toBeInTheDocument();
});
