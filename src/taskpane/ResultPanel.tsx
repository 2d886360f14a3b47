import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { COMMAND_LABEL, isExportResult } from './command-list';
import { DownloadLink } from './DownloadLink';
import { FindingsList } from './FindingsList';
import { useLang, useT } from './i18n-context';
import { Section } from './Section';
import type { Outcome } from './use-command-runner';

const useStyles = makeStyles({
  when: { display: 'block', marginTop: tokens.spacingVerticalXXS },
});

interface Props {
  outcome: Outcome;
  onSelect: (sheet: string, cell: string) => void;
}

/** A command's summary (coloured by its worst finding), the export's file, then the findings. */
export function ResultPanel({ outcome, onSelect }: Props) {
  const styles = useStyles();
  const tr = useT();
  const lang = useLang();
  const { command, result, fromRibbonAt } = outcome;
  const intent = result.findings.some((f) => f.severity === 'error')
    ? 'error'
    : result.findings.length > 0
      ? 'warning'
      : 'success';
  const time = fromRibbonAt?.toLocaleTimeString(lang === 'en' ? 'en-GB' : 'sv-SE', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <Section title={tr('result.heading')}>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{tr(COMMAND_LABEL[command])}</MessageBarTitle>
          {result.summary}
          {time && <span className={styles.when}>{tr('result.fromRibbon', { time })}</span>}
        </MessageBarBody>
      </MessageBar>
      {isExportResult(result) && <DownloadLink csv={result.csv} fileName={result.fileName} />}
      <FindingsList findings={result.findings} onSelect={onSelect} />
    </Section>
  );
}
