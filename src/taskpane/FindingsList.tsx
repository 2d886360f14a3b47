import { Link, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../core/findings/finding';
import type { MessageKey } from '../i18n';
import { useT, type Translate } from './i18n-context';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    marginBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  link: { textAlign: 'left' },
});

// Errors first: they block (a row with errors is not exported, SPEC §7); warnings inform.
const GROUPS: { severity: Severity; heading: MessageKey }[] = [
  { severity: 'error', heading: 'findings.errors' },
  { severity: 'warning', heading: 'findings.warnings' },
];

/** "Planerade upphandlingar, rad 9, kolumn Uppskattat kontraktsvärde: …" — sheet, row, column (SPEC §8). */
export function findingText(finding: Finding, tr: Translate): string {
  // The core's messages name their place already ('Blad "…", rad 22, kolumn "…" (E22): …').
  if (finding.sheet === '' || finding.message.includes(`"${finding.sheet}"`)) return finding.message;
  const where = [finding.sheet];
  if (finding.row !== null) where.push(tr('findings.row', { row: finding.row }));
  if (finding.column !== null) where.push(tr('findings.column', { column: finding.column }));
  return `${where.join(', ')}: ${finding.message}`;
}

interface Props {
  findings: Finding[];
  onSelect: (sheet: string, cell: string) => void;
}

/** The findings by severity, each a link that selects its cell in the workbook. */
export function FindingsList({ findings, onSelect }: Props) {
  const styles = useStyles();
  const tr = useT();
  return (
    <>
      {GROUPS.map(({ severity, heading }) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={styles.group}>
            <Subtitle2 as="h3" className={mergeClasses(styles.heading, styles[severity])}>
              {tr(heading, { count: group.length })}
            </Subtitle2>
            <ul className={styles.list}>
              {group.map((finding, index) => (
                <li key={index} className={styles.item}>
                  {finding.cell === null ? (
                    findingText(finding, tr)
                  ) : (
                    <Link
                      as="button"
                      className={styles.link}
                      title={tr('findings.selectHint', { cell: finding.cell })}
                      onClick={() => onSelect(finding.sheet, finding.cell as string)}
                    >
                      {findingText(finding, tr)}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
