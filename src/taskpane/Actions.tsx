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
  // Offered when a table was found as a plain range (SPEC §2): it can become a real table.
  const canConvert =
    status !== null && status.tables.some((table) => table.found && table.tableName === null);
  const hintId = useId();
  const convertHintId = useId();
  const hint: Partial<
    Record<CommandId, { id: string; key: 'action.setupTemplate.hint' | 'action.convertToTables.hint' }>
  > = {
    setupTemplate: { id: hintId, key: 'action.setupTemplate.hint' },
    convertToTables: { id: convertHintId, key: 'action.convertToTables.hint' },
  };
  const disabled = (command: CommandId): boolean =>
    running !== null ||
    (command === 'setupTemplate' && !canSetUp) ||
    (command === 'convertToTables' && !canConvert);
  return (
    <Section title={tr('actions.heading')}>
      <div className={styles.buttons}>
        {COMMANDS.map((command) => (
          <Fragment key={command}>
            <Button
              appearance={hint[command] ? 'secondary' : 'primary'}
              disabled={disabled(command)}
              aria-describedby={hint[command]?.id}
              onClick={() => onRun(command)}
            >
              {tr(COMMAND_LABEL[command])}
            </Button>
            {hint[command] && <Caption1 id={hint[command]!.id}>{tr(hint[command]!.key)}</Caption1>}
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
