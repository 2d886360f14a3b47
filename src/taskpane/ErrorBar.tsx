import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import type { Failure } from './failure';
import { errorDetails, formatDebugInfo, hintFor } from './host-error';
import { useT } from './i18n-context';

const useStyles = makeStyles({
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, display: 'grid', gap: tokens.spacingVerticalXXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
  pre: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
  },
});

/**
 * Errors in two levels (STYLE.md): a short sentence — what failed and what to do — and, behind
 * "Mer information", Office's error code, message and debugInfo for whoever maintains the add-in.
 */
export function ErrorBar({ failure, onDismiss }: { failure: Failure; onDismiss?: () => void }) {
  const styles = useStyles();
  const tr = useT();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [failure]);
  const detailsId = useId();
  const details = errorDetails(failure.error);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{tr('error.title')}</MessageBarTitle>
        {tr(failure.what.key, failure.what.vars)} {tr(hintFor(details.code))}
        {open && (
          <dl id={detailsId} className={styles.details}>
            <dt className={styles.term}>{tr('error.code')}</dt>
            <dd className={styles.value}>{details.code}</dd>
            <dt className={styles.term}>{tr('error.message')}</dt>
            <dd className={styles.value}>{details.message}</dd>
            {details.debugInfo !== undefined && (
              <>
                <dt className={styles.term}>{tr('error.debugInfo')}</dt>
                <dd className={styles.value}>
                  <pre className={styles.pre}>{formatDebugInfo(details.debugInfo)}</pre>
                </dd>
              </>
            )}
          </dl>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          aria-expanded={open}
          aria-controls={open ? detailsId : undefined}
          onClick={() => setOpen(!open)}
        >
          {open ? tr('error.less') : tr('error.more')}
        </Button>
        {onDismiss && (
          <Button size="small" appearance="transparent" onClick={onDismiss}>
            {tr('error.dismiss')}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
