import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useRef, type CSSProperties } from 'react';
import type { Lang } from '../core/findings/finding';
import { columnLetter, type RangeBox } from '../core/workbook/a1';
import { findWorksheet } from '../xlsx/sheet-setup';
import type { PreviewTranslate } from './preview-text';
import { selectionBox, sheetGrid, type GridCell } from './sheet-grid';
import { SheetTabs } from './SheetTabs';
import { workbookLooks } from './workbook-looks';
import { isVisible, type PreviewState } from './workbook-store';

/** Enough for any committee's plans; a bigger sheet is cut off with a note (Excel is for working). */
const MAX_ROWS = 3000;

const EXCEL_GREEN = '#107C41';
const ROW_HEAD_PX = 40;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    flexGrow: 1,
    gap: tokens.spacingVerticalXS,
  },
  bar: {
    display: 'flex',
    alignItems: 'stretch',
    flexShrink: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    minHeight: '28px',
  },
  nameBox: {
    minWidth: '96px',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    alignItems: 'center',
  },
  content: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    display: 'flex',
    alignItems: 'center',
    minWidth: 0,
  },
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflow: 'auto',
    backgroundColor: '#FFFFFF',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    tableLayout: 'fixed',
    fontFamily: 'Calibri, Carlito, "Segoe UI", Arial, sans-serif',
    fontSize: '13px',
    lineHeight: '18px',
    color: '#000000',
  },
  corner: {
    position: 'sticky',
    top: 0,
    left: 0,
    zIndex: 3,
    backgroundColor: '#E6E6E6',
    borderRight: '1px solid #BDBDBD',
    borderBottom: '1px solid #BDBDBD',
  },
  colHead: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: '#F0F0F0',
    color: '#333333',
    fontWeight: tokens.fontWeightRegular,
    borderRight: '1px solid #D0D0D0',
    borderBottom: '1px solid #BDBDBD',
    textAlign: 'center',
    padding: '2px 0',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: '#F0F0F0',
    color: '#333333',
    fontWeight: tokens.fontWeightRegular,
    borderRight: '1px solid #BDBDBD',
    borderBottom: '1px solid #D0D0D0',
    textAlign: 'right',
    padding: '0 6px',
  },
  headSelected: { backgroundColor: '#D3F0E0', color: '#0B5A2F', fontWeight: tokens.fontWeightBold },
  cell: {
    borderRight: '1px solid #E1E1E1',
    borderBottom: '1px solid #E1E1E1',
    padding: '1px 4px',
    verticalAlign: 'bottom',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    cursor: 'cell',
  },
  overflow: { overflow: 'visible' },
  wrap: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', verticalAlign: 'top' },
  tableHeader: { backgroundColor: '#DDEBF7' },
  selected: { outline: `2px solid ${EXCEL_GREEN}`, outlineOffset: '-2px', position: 'relative', zIndex: 0 },
  uncalculated: { color: '#605E5C', fontStyle: 'italic' },
  note: { flexShrink: 0 },
});

interface Props {
  state: PreviewState;
  lang: Lang;
  tr: PreviewTranslate;
  onShowSheet: (sheet: string) => void;
  onSelect: (sheet: string, cell: string) => void;
}

/**
 * The workbook as a controller knows it from Excel, read-only: a tab per sheet, the used range
 * with column letters and row numbers, and the selected cell outlined, scrolled into view and
 * shown with its content (or formula) in a formula bar.
 */
export function SheetView({ state, lang, tr, onShowSheet, onSelect }: Props) {
  const styles = useStyles();
  const { workbook, version, activeSheet, selection } = state;
  const idPrefix = useId();
  const scroller = useRef<HTMLDivElement>(null);

  // Recomputed when the workbook changes (version), not on every selection.
  const looks = useMemo(() => (workbook ? workbookLooks(workbook) : new Map()), [workbook, version]);
  const ws = workbook && activeSheet ? findWorksheet(workbook, activeSheet) : undefined;
  const box: RangeBox | null =
    selection && ws && selection.sheet === ws.name ? selectionBox(selection.cell) : null;
  const grid = useMemo(
    () =>
      ws
        ? sheetGrid(ws, {
            lang,
            looks: looks.get(ws.name),
            maxRows: MAX_ROWS,
            include: box ? { row: box.bottom, col: box.right } : undefined,
          })
        : null,
    [ws, looks, lang, version, box?.top, box?.left, box?.bottom, box?.right],
  );

  // The selected cell comes into view; another sheet without a selection opens at A1, as in Excel.
  useEffect(() => {
    const target = scroller.current?.querySelector('[data-selected="true"]');
    if (target) target.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    else scroller.current?.scrollTo?.({ top: 0, left: 0 });
  }, [selection, activeSheet]);

  if (!workbook) return null;
  const sheets = workbook.worksheets.filter((sheet) => isVisible(sheet) || sheet.name === activeSheet);
  const tabId = (index: number) => `${idPrefix}-tab-${index}`;
  const panelId = `${idPrefix}-panel`;
  const activeIndex = sheets.findIndex((sheet) => sheet.name === activeSheet);
  const inBox = (row: number, col: number) =>
    box !== null && row >= box.top && row <= box.bottom && col >= box.left && col <= box.right;
  const selectedCell = box ? findCell(grid?.rows ?? [], box.top, box.left) : null;

  return (
    <div className={styles.root}>
      <div className={styles.bar} role="group" aria-label={tr('sheet.nameBox')}>
        <div className={styles.nameBox} role="status" data-testid="name-box">
          {box && selection ? selection.cell : ''}
        </div>
        <div className={styles.content} title={selectedCell?.formula ?? undefined}>
          {box ? (selectedCell?.formula ?? selectedCell?.text ?? '') : tr('sheet.noSelection')}
        </div>
      </div>
      <div
        ref={scroller}
        className={styles.scroller}
        id={panelId}
        role="tabpanel"
        aria-labelledby={activeIndex >= 0 ? tabId(activeIndex) : undefined}
        // Scrollable regions must be reachable by keyboard (WCAG 2.1.1).
        tabIndex={0}
      >
        {grid && grid.rows.length > 0 && (
          <table
            className={styles.table}
            // A fixed layout needs a width: then the columns are as wide as the workbook says.
            style={{ width: `${ROW_HEAD_PX + grid.widths.reduce((sum, width) => sum + width, 0)}px` }}
            aria-label={tr('sheet.grid', { sheet: grid.sheet })}
            data-sheet={grid.sheet}
          >
            <colgroup>
              <col style={{ width: `${ROW_HEAD_PX}px` }} />
              {grid.widths.map((width, i) => (
                <col key={i} style={{ width: `${width}px` }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <td className={styles.corner} />
                {grid.widths.map((_, i) => (
                  <th
                    key={i}
                    scope="col"
                    className={mergeClasses(
                      styles.colHead,
                      box && i + 1 >= box.left && i + 1 <= box.right ? styles.headSelected : undefined,
                    )}
                  >
                    {columnLetter(i + 1)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.rows.map(({ row, cells }) => (
                <tr key={row}>
                  <th
                    scope="row"
                    className={mergeClasses(
                      styles.rowHead,
                      box && row >= box.top && row <= box.bottom ? styles.headSelected : undefined,
                    )}
                  >
                    {row}
                  </th>
                  {cells.map((cell, i) =>
                    cell === null ? null : (
                      <SheetCell
                        key={cell.address}
                        cell={cell}
                        selected={inBox(row, i + 1)}
                        overflow={
                          !cell.style.wrap &&
                          cell.text !== '' &&
                          (cells[i + 1]?.text ?? '') === '' &&
                          cells[i + 1] !== null
                        }
                        tr={tr}
                        onClick={() => onSelect(grid.sheet, cell.address)}
                      />
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {grid && grid.rows.length === 0 && <Caption1>{tr('sheet.empty')}</Caption1>}
      </div>
      <SheetTabs
        label={tr('sheets.label')}
        sheets={sheets.map((sheet) => sheet.name)}
        selected={activeSheet}
        tabId={tabId}
        panelId={panelId}
        onSelect={onShowSheet}
      />
      {grid && grid.totalRows > grid.rows.length && (
        <Caption1 className={styles.note}>
          {tr('sheet.truncated', { shown: grid.rows.length, total: grid.totalRows })}
        </Caption1>
      )}
    </div>
  );
}

function findCell(
  rows: { row: number; cells: (GridCell | null)[] }[],
  row: number,
  col: number,
): GridCell | null {
  return rows.find((r) => r.row === row)?.cells[col - 1] ?? null;
}

interface CellProps {
  cell: GridCell;
  selected: boolean;
  overflow: boolean;
  tr: PreviewTranslate;
  onClick: () => void;
}

function SheetCell({ cell, selected, overflow, tr, onClick }: CellProps) {
  const styles = useStyles();
  const { style } = cell;
  const inline: CSSProperties = {};
  if (style.fill) inline.backgroundColor = style.fill;
  if (style.color) inline.color = style.color;
  if (style.bold) inline.fontWeight = 700;
  if (style.italic) inline.fontStyle = 'italic';
  if (style.align) inline.textAlign = style.align;
  if (style.valign) inline.verticalAlign = style.valign;
  // The grid's 13 px is Excel's 11 pt at 100 % zoom, roughly; other sizes keep that ratio.
  if (style.fontSize) inline.fontSize = `${Math.round((style.fontSize / 11) * 13)}px`;
  const uncalculated = cell.formula !== null && !cell.computed && cell.text === '';
  const title = cell.formula
    ? tr(cell.computed ? 'sheet.computed' : 'sheet.uncomputed', { formula: cell.formula })
    : undefined;
  return (
    <td
      className={mergeClasses(
        styles.cell,
        style.tableHeader && !style.fill ? styles.tableHeader : undefined,
        style.wrap ? styles.wrap : overflow ? styles.overflow : undefined,
        uncalculated ? styles.uncalculated : undefined,
        selected ? styles.selected : undefined,
      )}
      style={inline}
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      title={title}
      data-cell={cell.address}
      data-selected={selected ? 'true' : undefined}
      onClick={onClick}
    >
      {uncalculated ? 'ƒx' : cell.text}
    </td>
  );
}
