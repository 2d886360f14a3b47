import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { WorkbookHost } from '../app/workbook-host';
import type { RibbonInbox } from '../commands/ribbon-handoff';
import type { Settings } from '../core/settings/settings';
import { Actions } from './Actions';
import { ErrorBar } from './ErrorBar';
import type { Failure } from './failure';
import { Header } from './Header';
import { ResultPanel } from './ResultPanel';
import { SettingsPanel } from './SettingsPanel';
import { TablesStatus } from './TablesStatus';
import { useCommandRunner, type Outcome } from './use-command-runner';
import { useRibbonHandoff } from './use-ribbon-handoff';
import { useWorkbookStatus } from './use-workbook-status';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
  },
});

interface Props {
  /** The only way the task pane reaches the workbook (src/app/workbook-host.ts). */
  host: WorkbookHost;
  /** Where ribbon commands leave their results for this workbook (src/commands/ribbon-handoff.ts). */
  inbox?: RibbonInbox;
}

export function App({ host, inbox }: Props) {
  const styles = useStyles();
  const [failure, setFailure] = useState<Failure | null>(null);
  const { status, reload } = useWorkbookStatus(host, setFailure);
  const { running, outcome, setOutcome, run } = useCommandRunner(host, setFailure, reload);
  // A ribbon command may have added sheets or tables too: show its result and read the workbook again.
  const showRibbonOutcome = useCallback(
    (ribbonOutcome: Outcome) => {
      setOutcome(ribbonOutcome);
      void reload();
    },
    [setOutcome, reload],
  );
  useRibbonHandoff(inbox, showRibbonOutcome, setFailure);

  const saveSettings = useCallback(
    async (settings: Settings) => {
      setFailure(null);
      try {
        await host.saveSettings(settings);
      } catch (error) {
        setFailure({ what: { key: 'error.saveSettings' }, error });
        return false;
      }
      await reload();
      return true;
    },
    [host, reload],
  );

  const selectCell = useCallback(
    (sheet: string, cell: string) => {
      host.selectCell(sheet, cell).catch((error: unknown) => {
        setFailure({ what: { key: 'error.selectCell', vars: { sheet, cell } }, error });
      });
    },
    [host],
  );

  return (
    <main className={styles.root}>
      <Header />
      {failure && <ErrorBar failure={failure} onDismiss={() => setFailure(null)} />}
      <TablesStatus status={status} />
      <Actions status={status} running={running} onRun={(command) => void run(command)} />
      {outcome && <ResultPanel outcome={outcome} onSelect={selectCell} />}
      {status && <SettingsPanel status={status} disabled={running !== null} onSave={saveSettings} />}
    </main>
  );
}
