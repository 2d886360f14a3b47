import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Lang } from '../i18n';
import { App } from './App';
import type { Booted } from './boot';
import { ErrorBar } from './ErrorBar';
import { Header } from './Header';
import { LangProvider, useT } from './i18n-context';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
  },
});

/** What the pane shows when it cannot work on a workbook: said in words, never a blank pane. */
function Notice({ booted }: { booted: Booted }) {
  const styles = useStyles();
  const tr = useT();
  const { state } = booted;
  return (
    <main className={styles.page}>
      <Header />
      {state.kind === 'host-failed' ? (
        <ErrorBar failure={{ what: { key: 'boot.hostFailed' }, error: state.error }} />
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {tr(state.kind === 'too-old' ? 'boot.tooOld.title' : 'boot.outsideOffice.title')}
            </MessageBarTitle>
            {state.kind === 'too-old' ? state.message : tr('boot.outsideOffice.body')}
          </MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}

function Connecting() {
  const styles = useStyles();
  const tr = useT();
  return (
    <main className={styles.page}>
      <Header />
      <Spinner label={tr('boot.connecting')} />
    </main>
  );
}

interface Props {
  /** null while Office is starting. */
  booted: Booted | null;
  /** Language before Office has said which it runs in. */
  initialLang: Lang;
  storage?: Storage;
}

/** The providers every component needs (theme, language) around the app or a notice. */
export function Root({ booted, initialLang, storage }: Props) {
  const workbook = booted?.state.kind === 'ready' ? booted.state.workbook : null;
  // One inbox per workbook, so the ribbon hand-off is not re-subscribed on every render.
  const inbox = useMemo(
    () => (storage && workbook !== null ? { storage, workbook } : undefined),
    [storage, workbook],
  );
  return (
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang={booted?.lang ?? initialLang}>
        {booted === null ? (
          <Connecting />
        ) : booted.state.kind === 'ready' ? (
          <App host={booted.state.host} inbox={inbox} />
        ) : (
          <Notice booted={booted} />
        )}
      </LangProvider>
    </FluentProvider>
  );
}
