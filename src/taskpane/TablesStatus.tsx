import { Body1, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { TableStatus, WorkbookStatus } from '../app/workbook-host';
import type { MessageKey } from '../i18n';
import { useT } from './i18n-context';
import { Section } from './Section';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
  },
  number: { textAlign: 'right' },
  missing: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

const TABLE_NAME: Record<TableStatus['kind'], MessageKey> = {
  vor: 'table.vor',
  ikp: 'table.ikp',
  procurement: 'table.procurement',
};

const FOUND_BY: Record<NonNullable<TableStatus['foundBy']>, MessageKey> = {
  table: 'foundBy.table',
  sheet: 'foundBy.sheet',
  scan: 'foundBy.scan',
};

/** Which of the three tables (SPEC §2) were found, where, how and how many rows they have. */
export function TablesStatus({ status }: { status: WorkbookStatus | null }) {
  const styles = useStyles();
  const tr = useT();
  if (!status) {
    return (
      <Section title={tr('status.heading')}>
        <Spinner size="tiny" label={tr('app.loading')} />
      </Section>
    );
  }
  return (
    <Section title={tr('status.heading')}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.cell}>{tr('status.table')}</th>
            <th className={styles.cell}>{tr('status.sheet')}</th>
            <th className={styles.cell}>{tr('status.foundBy')}</th>
            <th className={mergeClasses(styles.cell, styles.number)}>{tr('status.rows')}</th>
          </tr>
        </thead>
        <tbody>
          {status.tables.map((table) => (
            <tr key={table.kind}>
              <th scope="row" className={styles.cell}>
                {tr(TABLE_NAME[table.kind])}
              </th>
              {table.found ? (
                <>
                  <td className={styles.cell}>{table.sheet}</td>
                  <td className={styles.cell}>{table.foundBy ? tr(FOUND_BY[table.foundBy]) : ''}</td>
                  <td className={mergeClasses(styles.cell, styles.number)}>{table.rows}</td>
                </>
              ) : (
                <td className={mergeClasses(styles.cell, styles.missing)} colSpan={3}>
                  {tr('status.missing')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {status.tables.every((table) => !table.found) && <Body1>{tr('status.noneFound')}</Body1>}
    </Section>
  );
}
