import { useCallback, useRef, useState } from 'react';
import type { CommandResult, WorkbookHost } from '../app/workbook-host';
import { COMMAND_LABEL, type CommandId } from './command-list';
import type { ReportFailure } from './failure';
import { useT } from './i18n-context';

export interface Outcome {
  command: CommandId;
  result: CommandResult;
  /** Set when the command ran from the ribbon: when it finished. */
  fromRibbonAt?: Date;
}

/** Runs one host command at a time; the buttons are disabled while `running` is set. */
export function useCommandRunner(host: WorkbookHost, report: ReportFailure, afterEach: () => Promise<void>) {
  const tr = useT();
  const [running, setRunning] = useState<CommandId | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // A second click can arrive before React re-renders the disabled buttons.
  const busy = useRef(false);

  const run = useCallback(
    async (command: CommandId) => {
      if (busy.current) return;
      busy.current = true;
      setRunning(command);
      report(null);
      setOutcome(null);
      try {
        setOutcome({ command, result: await host[command]() });
      } catch (error) {
        report({ what: { key: 'error.command', vars: { action: tr(COMMAND_LABEL[command]) } }, error });
      } finally {
        busy.current = false;
        setRunning(null);
      }
      await afterEach();
    },
    [host, report, afterEach, tr],
  );

  return { running, outcome, setOutcome, run };
}
