/** @jest-environment jsdom */
/**
 * The function file's entry (src/commands/commands.ts) against a fake Office: it registers every
 * ribbon function of the manifest, and a click runs the command and completes the event.
 */
import { RIBBON_COMMANDS, takeHandoff } from '../../src/commands/ribbon-handoff';
import { FakeHost } from './fake-host';

const mockHost = new FakeHost('en');
jest.mock('../../src/excel/office-host', () => ({ createOfficeHost: async () => mockHost }));
jest.mock('../../src/excel/requirements', () => ({ checkExcelRequirements: () => ({ ok: true }) }));

type Handler = (event: { completed: () => void }) => Promise<void>;
const handlers = new Map<string, Handler>();

beforeAll(() => {
  (globalThis as unknown as { Office: unknown }).Office = {
    actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) },
    context: {
      displayLanguage: 'en-US',
      document: { url: 'https://x/plan.xlsx' },
    },
  };
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../src/commands/commands');
  });
});

test('registers exactly the ribbon functions', () => {
  expect([...handlers.keys()]).toEqual([...RIBBON_COMMANDS]);
});

test.each([...RIBBON_COMMANDS])('%s runs the host command and completes the event', async (name) => {
  const completed = jest.fn();
  await handlers.get(name)?.({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(mockHost.called(name)).toHaveLength(1);
  const handoff = takeHandoff({ storage: window.localStorage, workbook: 'https://x/plan.xlsx' });
  expect(handoff?.command).toBe(name);
  expect(handoff?.result?.summary).toBe(`${name} klart.`);
});
