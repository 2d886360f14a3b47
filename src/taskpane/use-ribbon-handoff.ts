import { useEffect } from 'react';
import { HANDOFF_KEY, takeHandoff, type RibbonHandoff, type RibbonInbox } from '../commands/ribbon-handoff';
import { COMMAND_LABEL } from './command-list';
import type { ReportFailure } from './failure';
import { useT } from './i18n-context';
import type { Outcome } from './use-command-runner';

/** Shows what a ribbon button found (src/commands/ribbon-handoff.ts) as if it had run here. */
export function useRibbonHandoff(
  inbox: RibbonInbox | undefined,
  show: (outcome: Outcome) => void,
  report: ReportFailure,
) {
  const tr = useT();
  useEffect(() => {
    const present = (handoff: RibbonHandoff | null) => {
      if (!handoff) return;
      if (handoff.error) {
        const action = tr(COMMAND_LABEL[handoff.command]);
        report({ what: { key: 'error.command', vars: { action } }, error: handoff.error });
      } else if (handoff.result) {
        show({ command: handoff.command, result: handoff.result, fromRibbonAt: new Date(handoff.at) });
      }
    };
    if (!inbox) return;
    present(takeHandoff(inbox));
    const onStorage = (event: StorageEvent) => {
      if (event.key === HANDOFF_KEY && event.newValue) present(takeHandoff(inbox));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [inbox, show, report, tr]);
}
