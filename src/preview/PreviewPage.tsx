import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  makeStaticStyles,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
} from 'react';
import type { WorkbookHost } from '../app/workbook-host';
import type { Lang } from '../core/findings/finding';
import { App } from '../taskpane/App';
import { Header } from '../taskpane/Header';
import { previewText } from './preview-text';
import { SheetView } from './SheetView';
import {
  ExampleFetchError,
  openEmpty,
  openExample,
  openXlsx,
  saveFile,
  workbookBlob,
  xlsxName,
} from './workbook-files';
import type { PreviewStore } from './workbook-store';

const useStaticStyles = makeStaticStyles({
  'html, body, #root': { height: '100%', margin: 0 },
  body: { backgroundColor: tokens.colorNeutralBackground2 },
});

/** Office's task pane is 320–350 px wide by default; a little wider here, where there is room. */
const PANE_WIDTH = '380px';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: `minmax(0, 1fr) ${PANE_WIDTH}`,
    gridTemplateAreas: '"workbook pane"',
    height: '100vh',
    '@media (max-width: 820px)': {
      gridTemplateColumns: '1fr',
      gridTemplateAreas: '"pane" "workbook"',
      height: 'auto',
    },
  },
  pane: {
    gridArea: 'pane',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow8,
  },
  workbook: {
    gridArea: 'workbook',
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    '@media (max-width: 820px)': { height: '80vh' },
  },
  titleRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexShrink: 0,
  },
  // The sheet view takes the height that is left; the bars above it keep theirs.
  fixed: { flexShrink: 0 },
  title: { margin: 0, marginRight: 'auto' },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hiddenInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  waiting: {
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
});

interface Problem {
  title: string;
  message: string;
}

interface Props {
  store: PreviewStore;
  host: WorkbookHost;
  lang: Lang;
  /** Open the bundled example when the page starts (the default). */
  loadExampleOnStart?: boolean;
}

/**
 * The preview: the add-in's own task pane (App, unchanged) on the right, as in Excel, working on
 * an ExcelJS workbook in the page; on the left the workbook's sheets, read-only, and its file bar.
 */
export function PreviewPage({ store, host, lang, loadExampleOnStart = true }: Props) {
  useStaticStyles();
  const styles = useStyles();
  const tr = useMemo(() => previewText(lang), [lang]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const headingId = useId();

  const loadFailed = useCallback(
    (name: string, error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      setProblem({
        title: tr('load.failedTitle'),
        message:
          error instanceof ExampleFetchError
            ? tr('load.exampleFailed', { status: error.status })
            : tr('load.failed', { name, message }),
      });
    },
    [tr],
  );

  const loadExample = useCallback(() => {
    setProblem(null);
    openExample(store).catch((error: unknown) => loadFailed('amn-2021.xlsx', error));
  }, [store, loadFailed]);

  const started = useRef(false);
  useEffect(() => {
    if (started.current || !loadExampleOnStart) return;
    started.current = true;
    loadExample();
  }, [loadExample, loadExampleOnStart]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file again is a new choice
    if (!file) return;
    setProblem(null);
    try {
      await openXlsx(store, await file.arrayBuffer(), file.name);
    } catch (error) {
      loadFailed(file.name, error);
    }
  };

  const download = async () => {
    setProblem(null);
    setSaving(true);
    try {
      saveFile(await workbookBlob(store), xlsxName(store.getState().fileName));
    } catch (error) {
      setProblem({
        title: tr('download.failedTitle'),
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setSaving(false);
    }
  };

  const busy = state.loading !== null;
  return (
    <div className={styles.page}>
      <div className={styles.pane}>
        {state.workbook ? (
          // A new workbook is a new pane: status, results and settings start afresh.
          <App key={state.generation} host={host} />
        ) : (
          <main className={styles.waiting}>
            <Header />
            {busy ? (
              <Spinner label={tr('load.loading', { name: state.loading ?? '' })} />
            ) : (
              <p>{tr('workbook.none')}</p>
            )}
          </main>
        )}
      </div>
      <section className={styles.workbook} aria-labelledby={headingId}>
        <div className={styles.titleRow}>
          <Subtitle1 as="h2" id={headingId} className={styles.title}>
            {state.fileName
              ? tr('workbook.headingWithName', { name: state.fileName })
              : tr('workbook.heading')}
          </Subtitle1>
          <div className={styles.toolbar} role="toolbar" aria-label={tr('toolbar.label')}>
            <input
              ref={fileInput}
              className={styles.hiddenInput}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={tr('toolbar.openInput')}
              tabIndex={-1}
              onChange={(event) => void onFile(event)}
            />
            <Button disabled={busy} onClick={() => fileInput.current?.click()}>
              {tr('toolbar.open')}
            </Button>
            <Button disabled={busy} onClick={loadExample}>
              {tr('toolbar.example')}
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                setProblem(null);
                void openEmpty(store, tr('file.newName'), tr('file.newSheet'));
              }}
            >
              {tr('toolbar.new')}
            </Button>
            <Button
              appearance="primary"
              disabled={busy || saving || !state.workbook}
              onClick={() => void download()}
            >
              {saving ? tr('toolbar.downloading') : tr('toolbar.download')}
            </Button>
          </div>
        </div>
        <MessageBar className={styles.fixed} intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tr('notice.title')}</MessageBarTitle>
            {tr('notice.body')} {tr('sheet.readOnly')}
          </MessageBarBody>
        </MessageBar>
        {problem && (
          <MessageBar className={styles.fixed} intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{problem.title}</MessageBarTitle>
              {problem.message}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => setProblem(null)}>
                OK
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <SheetView
          state={state}
          lang={lang}
          tr={tr}
          onShowSheet={(sheet) => store.showSheet(sheet)}
          onSelect={(sheet, cell) => store.select(sheet, cell)}
        />
      </section>
    </div>
  );
}
