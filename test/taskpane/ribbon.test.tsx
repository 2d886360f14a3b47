/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import {
  HANDOFF_KEY,
  HANDOFF_MAX_AGE_MS,
  leaveHandoff,
  takeHandoff,
  type RibbonHandoff,
  type RibbonInbox,
} from '../../src/commands/ribbon-handoff';
import { runRibbonCommand, type RibbonDeps } from '../../src/commands/run-ribbon-command';
import { App } from '../../src/taskpane/App';
import { FakeHost, finding } from './fake-host';
import { renderWithProviders } from './render-with-providers';

const AT = new Date('2025-03-04T13:05:00Z');
const WORKBOOK = 'https://stockholm.sharepoint.com/plan-2025.xlsx';
const inbox = (overrides: Partial<RibbonInbox> = {}): RibbonInbox => ({
  storage: window.localStorage,
  workbook: WORKBOOK,
  now: () => AT,
  ...overrides,
});
const handoff = (overrides: Partial<RibbonHandoff> = {}): RibbonHandoff => ({
  command: 'generateIkp',
  workbook: WORKBOOK,
  at: AT.toISOString(),
  result: { summary: 's', findings: [] },
  ...overrides,
});

function ribbon(host: FakeHost, overrides: Partial<RibbonDeps> = {}) {
  const event = { completed: jest.fn() };
  const showTaskpane = jest.fn(async () => undefined);
  const deps: RibbonDeps = {
    lang: 'sv',
    workbook: WORKBOOK,
    checkRequirements: () => ({ ok: true }),
    createHost: async () => host,
    storage: window.localStorage,
    showTaskpane,
    now: () => AT,
    ...overrides,
  };
  return { event, showTaskpane, deps };
}

beforeEach(() => window.localStorage.clear());

describe('runRibbonCommand', () => {
  test('runs the host command, leaves the result for the pane and completes the event', async () => {
    const host = new FakeHost();
    host.results.validateProcurement = { summary: '6 rader, inga fel.', findings: [] };
    const { event, showTaskpane, deps } = ribbon(host);
    await runRibbonCommand('validateProcurement', event, deps);

    expect(host.called('validateProcurement')).toHaveLength(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
    // Nothing to read: the pane is not forced open.
    expect(showTaskpane).not.toHaveBeenCalled();
    expect(takeHandoff(inbox())).toEqual({
      command: 'validateProcurement',
      workbook: WORKBOOK,
      at: AT.toISOString(),
      result: { summary: '6 rader, inga fel.', findings: [] },
    });
  });

  test('with findings the task pane is brought up', async () => {
    const host = new FakeHost();
    host.results.generateIkp = {
      summary: 'IKP-bladet har 28 rader.',
      findings: [finding({ severity: 'warning', message: 'x' })],
    };
    const { event, showTaskpane, deps } = ribbon(host);
    await runRibbonCommand('generateIkp', event, deps);
    expect(showTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test('a failing command still completes the event and hands the error over', async () => {
    const host = new FakeHost();
    host.failWith.generateIkp = {
      name: 'ExcelHostError',
      code: 'ItemNotFound',
      message: 'No VoR.',
      debugInfo: { at: 'x' },
    };
    const { event, showTaskpane, deps } = ribbon(host, {
      showTaskpane: jest.fn(async () => Promise.reject(new Error('no shared runtime'))),
    });
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await runRibbonCommand('generateIkp', event, deps);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(showTaskpane).not.toHaveBeenCalled();
    expect(deps.showTaskpane).toHaveBeenCalledTimes(1);
    expect(takeHandoff(inbox())?.error).toEqual({
      code: 'ItemNotFound',
      message: 'No VoR.',
      debugInfo: { at: 'x' },
    });
  });

  test('without the API sets the host is never created, and the event completes', async () => {
    const createHost = jest.fn(async () => new FakeHost());
    const message = 'Excel API 1.13 saknas.';
    const { event, deps } = ribbon(new FakeHost(), {
      createHost,
      checkRequirements: () => ({ ok: false, message }),
    });
    await runRibbonCommand('validateProcurement', event, deps);
    expect(createHost).not.toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(takeHandoff(inbox())?.error).toEqual({ code: 'RequirementsNotMet', message });
  });

  test('without storage or a way to open the pane the command still completes', async () => {
    const { event, deps } = ribbon(new FakeHost(), { storage: undefined, showTaskpane: undefined });
    await runRibbonCommand('generateIkp', event, deps);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe('hand-off', () => {
  test('is read once', () => {
    leaveHandoff(window.localStorage, handoff());
    expect(takeHandoff(inbox())?.command).toBe('generateIkp');
    expect(takeHandoff(inbox())).toBeNull();
  });

  test("another workbook's result is left for that workbook", () => {
    leaveHandoff(window.localStorage, handoff({ workbook: 'https://x/other.xlsx' }));
    expect(takeHandoff(inbox())).toBeNull();
    expect(takeHandoff(inbox({ workbook: 'https://x/other.xlsx' }))?.workbook).toBe('https://x/other.xlsx');
  });

  test('a stale result is dropped', () => {
    leaveHandoff(window.localStorage, handoff());
    const later = new Date(AT.getTime() + HANDOFF_MAX_AGE_MS + 1);
    expect(takeHandoff(inbox({ now: () => later }))).toBeNull();
    expect(window.localStorage.getItem(HANDOFF_KEY)).toBeNull();
  });

  test('ignores what is not a hand-off', () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    window.localStorage.setItem(HANDOFF_KEY, '{not json');
    expect(takeHandoff(inbox())).toBeNull();
    window.localStorage.setItem(HANDOFF_KEY, JSON.stringify({ ...handoff(), command: 'deleteEverything' }));
    expect(takeHandoff(inbox())).toBeNull();
    expect(window.localStorage.getItem(HANDOFF_KEY)).toBeNull();
  });

  test('the task pane shows a ribbon result with its findings, and a click selects the cell', async () => {
    const host = new FakeHost();
    leaveHandoff(window.localStorage, {
      command: 'validateProcurement',
      workbook: WORKBOOK,
      at: new Date().toISOString(),
      result: {
        summary: '6 rader: 1 fel.',
        findings: [finding({ severity: 'error', message: 'För lågt värde.', cell: 'F9' })],
      },
    });
    renderWithProviders(<App host={host} inbox={{ storage: window.localStorage, workbook: WORKBOOK }} />);
    expect(await screen.findByText('6 rader: 1 fel.')).toBeInTheDocument();
    expect(screen.getByText(/Kört från menyfliksområdet kl\. \d\d[:.]\d\d/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /För lågt värde\./ }));
    expect(host.called('selectCell')[0]?.args).toEqual(['Planerade upphandlingar', 'F9']);
  });

  test('an open task pane picks up a ribbon error as it happens', async () => {
    renderWithProviders(
      <App host={new FakeHost()} inbox={{ storage: window.localStorage, workbook: WORKBOOK }} />,
    );
    await screen.findByRole('heading', { name: 'Kommandon' });
    const error = { code: 'AccessDenied', message: 'Protected.' };
    await act(async () => {
      leaveHandoff(window.localStorage, handoff({ at: new Date().toISOString(), result: undefined, error }));
      window.dispatchEvent(new StorageEvent('storage', { key: HANDOFF_KEY, newValue: '…' }));
    });
    expect(
      screen.getByText(/Generera IKP-blad kunde inte slutföras\. Bladet eller arbetsboken är skyddad/),
    ).toBeInTheDocument();
  });

  test('an open task pane shows a ribbon result as it happens and reads the workbook again', async () => {
    const host = new FakeHost();
    renderWithProviders(<App host={host} inbox={{ storage: window.localStorage, workbook: WORKBOOK }} />);
    await screen.findByRole('cell', { name: 'Risk & Väsentlighet' });
    const reads = host.called('readStatus').length;
    await act(async () => {
      leaveHandoff(
        window.localStorage,
        handoff({
          at: new Date().toISOString(),
          result: { summary: 'IKP-bladet har 28 rader.', findings: [] },
        }),
      );
      window.dispatchEvent(new StorageEvent('storage', { key: HANDOFF_KEY, newValue: '…' }));
    });
    expect(await screen.findByText('IKP-bladet har 28 rader.')).toBeInTheDocument();
    await waitFor(() => expect(host.called('readStatus').length).toBe(reads + 1));
  });
});
