import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';

const EXCEL_GREEN = '#107C41';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexShrink: 0,
    overflowX: 'auto',
    gap: '2px',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
  tab: {
    flexShrink: 0,
    border: 'none',
    borderBottom: '3px solid transparent',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: EXCEL_GREEN,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: EXCEL_GREEN,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1 },
  },
});

interface Props {
  label: string;
  sheets: string[];
  selected: string | null;
  tabId: (index: number) => string;
  panelId: string;
  onSelect: (sheet: string) => void;
}

/**
 * The sheet tabs, as Excel has them under the grid: a WAI-ARIA tablist (arrow keys, Home and End
 * move between the tabs). Plain buttons rather than Fluent's TabList, whose focus helpers add
 * hidden focusable elements that axe reports as a serious violation (aria-hidden-focus).
 */
export function SheetTabs({ label, sheets, selected, tabId, panelId, onSelect }: Props) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = sheets.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % sheets.length
        : event.key === 'ArrowLeft'
          ? (index + last) % sheets.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    onSelect(sheets[next]);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };

  return (
    <div ref={list} className={styles.list} role="tablist" aria-label={label}>
      {sheets.map((sheet, index) => {
        const isSelected = sheet === selected;
        return (
          <button
            key={sheet}
            id={tabId(index)}
            type="button"
            role="tab"
            aria-selected={isSelected}
            aria-controls={isSelected ? panelId : undefined}
            tabIndex={isSelected || (selected === null && index === 0) ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected ? styles.selected : undefined)}
            onClick={() => onSelect(sheet)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {sheet}
          </button>
        );
      })}
    </div>
  );
}
