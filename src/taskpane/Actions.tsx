import { Button, Caption1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, useId } from 'react';
import type { WorkbookStatus } from '../app/workbook-host';
import { COMMAND_LABEL, COMMANDS, type CommandId } from './command-list';
import { useT } from './i18n-context';
import { Section } from './Section';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
  progress: { minHeight: tokens.lineHeightBase300 },
});

interface Props {
  status: WorkbookStatus | null;
  running: CommandId | null;
  onRun: (command: CommandId) => void;
}

/** One button per host command; all disabled while one runs, with a spinner naming it. */
export function Actions({ status, running, onRun }: Props) {
  const styles = useStyles();
  const tr = useT();
  // The template only goes into a workbook with none of the tables, so nothing is overwritten (SPEC §8).
  const canSetUp = status !== null && status.tables.every((table) => !table.found);
  const hintId = useId();
  return (
    <Section title={tr('actions.heading')}>
      <div className={styles.buttons}>
        {COMMANDS.map((command) => (
          <Fragment key={command}>
            <Button
              appearance={command === 'setupTemplate' ? 'secondary' : 'primary'}
              disabled={running !== null || (command === 'setupTemplate' && !canSetUp)}
              aria-describedby={command === 'setupTemplate' ? hintId : undefined}
              onClick={() => onRun(command)}
            >
              {tr(COMMAND_LABEL[command])}
            </Button>
            {command === 'setupTemplate' && (
              <Caption1 id={hintId}>{tr('action.setupTemplate.hint')}</Caption1>
            )}
          </Fragment>
        ))}
      </div>
      <div role="status" aria-live="polite" className={styles.progress}>
        {running && (
          <Spinner size="tiny" label={tr('progress.running', { action: tr(COMMAND_LABEL[running]) })} />
        )}
      </div>
    </Section>
  );
}
