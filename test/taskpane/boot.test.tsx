/** @jest-environment jsdom */
import { act, render, screen, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import { boot, type BootDeps, type Booted, type OfficeLike } from '../../src/taskpane/boot';
import { Root } from '../../src/taskpane/Root';
import { startTaskpane } from '../../src/taskpane/start';
import { FakeHost } from './fake-host';

function office(host: string | null, displayLanguage = 'sv-SE'): OfficeLike {
  return {
    onReady: async () => ({ host }),
    context: { displayLanguage, document: { url: 'https://x/plan.xlsx' } },
  };
}

function deps(overrides: Partial<BootDeps>): BootDeps & { created: string[] } {
  const created: string[] = [];
  return {
    created,
    office: office('Excel'),
    excelLoaded: () => true,
    checkRequirements: () => ({ ok: true }),
    createHost: async (lang) => {
      created.push(lang);
      return new FakeHost(lang);
    },
    ...overrides,
  };
}

describe('boot', () => {
  test("office.js did not load: outside Office, in the browser's language", async () => {
    const d = deps({ office: undefined, browserLanguage: 'en-US' });
    expect(await boot(d)).toEqual({ lang: 'en', state: { kind: 'outside-office' } });
    expect(d.created).toEqual([]);
  });

  test('onReady with host null (a plain browser): outside Office', async () => {
    expect((await boot(deps({ office: office(null) }))).state).toEqual({ kind: 'outside-office' });
  });

  test('another Office application, or Excel without the Excel API: outside Excel', async () => {
    expect((await boot(deps({ office: office('Word') }))).state.kind).toBe('outside-office');
    expect((await boot(deps({ excelLoaded: () => false }))).state.kind).toBe('outside-office');
  });

  test("an Excel too old for the API sets says so, in Office's language", async () => {
    const asked: string[] = [];
    const checkRequirements = (lang: 'sv' | 'en') => {
      asked.push(lang);
      return { ok: false as const, message: 'Excel lacks ExcelApi 1.13.' };
    };
    const d = deps({ office: office('Excel', 'en-US'), checkRequirements });
    expect(await boot(d)).toEqual({
      lang: 'en',
      state: { kind: 'too-old', message: 'Excel lacks ExcelApi 1.13.' },
    });
    expect(asked).toEqual(['en']);
    expect(d.created).toEqual([]);
  });

  test("in Excel the host is created in Office's language", async () => {
    const d = deps({ office: office('Excel', 'en-GB') });
    const booted = await boot(d);
    expect(booted.lang).toBe('en');
    expect(booted.state).toEqual({
      kind: 'ready',
      host: expect.any(FakeHost),
      workbook: 'https://x/plan.xlsx',
    });
    expect(d.created).toEqual(['en']);
  });

  test('a host that cannot be created is reported with its error', async () => {
    const error = { name: 'ExcelHostError', code: 'GeneralException', message: 'No workbook.' };
    const booted = await boot(deps({ createHost: async () => Promise.reject(error) }));
    expect(booted.state).toEqual({ kind: 'host-failed', error });
  });
});

describe('Root', () => {
  const renderRoot = (booted: Booted | null) => render(<Root booted={booted} initialLang="sv" />);

  test('while Office starts', () => {
    renderRoot(null);
    expect(screen.getByText('Ansluter till Excel …')).toBeInTheDocument();
  });

  test('outside Office: a clear "open this in Excel", not a crash', () => {
    renderRoot({ lang: 'sv', state: { kind: 'outside-office' } });
    expect(screen.getByText('Öppna tillägget i Excel')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Generera IKP-blad' })).not.toBeInTheDocument();
  });

  test('too old: the message from the requirement check', () => {
    renderRoot({ lang: 'en', state: { kind: 'too-old', message: 'Too old.' } });
    expect(screen.getByText('This version of Excel is not enough')).toBeInTheDocument();
    expect(screen.getByText('Too old.')).toBeInTheDocument();
  });

  test('host failed: the error bar with details', () => {
    renderRoot({ lang: 'sv', state: { kind: 'host-failed', error: new Error('kaputt') } });
    expect(screen.getByText(/Tillägget kunde inte ansluta till arbetsboken\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mer information' })).toBeInTheDocument();
  });

  test('ready: the app against the host', async () => {
    renderRoot({ lang: 'sv', state: { kind: 'ready', host: new FakeHost(), workbook: '' } });
    expect(await screen.findByRole('button', { name: 'Validera upphandling' })).toBeInTheDocument();
  });
});

describe('startTaskpane', () => {
  const globals = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    jest.restoreAllMocks();
    delete globals.Office;
    delete globals.Excel;
    document.body.innerHTML = '';
  });

  async function start(checkRequirements: BootDeps['checkRequirements'] = () => ({ ok: true })) {
    const container = document.body.appendChild(document.createElement('div'));
    const host = new FakeHost();
    let booted: Booted | undefined;
    await act(async () => {
      booted = await startTaskpane(container, { checkRequirements, createHost: async () => host });
    });
    return { container, booted, host };
  }

  test('office.js failed to load (no global Office): the pane says to open it in Excel', async () => {
    jest.spyOn(navigator, 'language', 'get').mockReturnValue('sv-SE');
    const { container, booted, host } = await start();
    expect(booted?.state.kind).toBe('outside-office');
    expect(container).toHaveTextContent('Öppna tillägget i Excel');
    expect(host.calls).toEqual([]);
  });

  test('inside Excel the pane talks to the host it was given', async () => {
    globals.Office = office('Excel', 'en-US');
    globals.Excel = {};
    const { container, booted, host } = await start();
    expect(booted?.lang).toBe('en');
    await waitFor(() => expect(container).toHaveTextContent('Generate IKP sheet'));
    expect(host.called('readStatus').length).toBeGreaterThan(0);
  });

  test('a requirement check that throws still leaves a message, not a blank pane', async () => {
    globals.Office = office('Excel', 'sv-SE');
    globals.Excel = {};
    const { container, booted } = await start(() => {
      throw new Error('isSetSupported is not a function');
    });
    expect(booted?.state.kind).toBe('host-failed');
    expect(container).toHaveTextContent('Tillägget kunde inte ansluta till arbetsboken.');
  });
});
