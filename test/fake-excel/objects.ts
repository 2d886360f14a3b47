/**
 * The fake's client objects: the subset of Excel's object model the add-in uses, with Office.js
 * semantics (see context.ts). Anything else throws NotImplemented.
 */
import { quoteSheet } from '../../src/core/workbook/a1';
import type { CellValue } from '../../src/core/workbook/snapshot';
import { type Box, boxAddress, cols, intersect, parseAddress, rows, wholeSheet } from './boxes';
import { FakeContext, FakeObject, type ScalarSpec, strict } from './context';
import { Codes, notImplemented, statementError } from './errors';
import type { CellFormat, ConditionalFormatModel, SheetModel, TableModel, WorkbookModel } from './model';

interface RangeRef {
  sheet: SheetModel;
  box: Box;
}

function make<T extends { _typeName(): string }>(o: T): T {
  return strict(o, o._typeName());
}

const q = (v: unknown): string => JSON.stringify(v);

function missing(what: string): never {
  throw statementError(Codes.itemNotFound, `The requested resource doesn't exist: ${what}.`);
}

function str(v: unknown, what: string): string {
  if (typeof v !== 'string') throw statementError(Codes.invalidArgument, `${what} must be text.`);
  return v;
}

function bool(v: unknown, what: string): boolean {
  if (typeof v !== 'boolean') throw statementError(Codes.invalidArgument, `${what} must be true or false.`);
  return v;
}

function color(v: unknown, what: string): string {
  const s = str(v, what);
  if (!/^#[0-9A-Fa-f]{6}$/.test(s) && !/^[A-Za-z]+$/.test(s))
    throw statementError(Codes.invalidArgument, `${what}: "${s}" is not a color.`);
  return s.toUpperCase();
}

function oneOf(v: unknown, allowed: string[], what: string): string {
  const s = str(v, what);
  if (!allowed.includes(s))
    throw statementError(Codes.invalidArgument, `${what}: "${s}" is not one of ${allowed.join(', ')}.`);
  return s;
}

/** What Office.js returns for a cell in `values`: "" for empty, the error text for an error. */
function officeValue(v: CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

function valueType(v: CellValue | undefined): string {
  if (v === null || v === undefined || v === '') return 'Empty';
  if (typeof v === 'object') return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

const MAX_READ_CELLS = 5_000_000;

function grid<T>(m: WorkbookModel, r: RangeRef, f: (row: number, col: number) => T): T[][] {
  if (rows(r.box) * cols(r.box) > MAX_READ_CELLS) {
    throw statementError(
      Codes.invalidArgument,
      'A range is limited to five million cells for get operations.',
    );
  }
  void m;
  const out: T[][] = [];
  for (let i = r.box.top; i <= r.box.bottom; i++) {
    const line: T[] = [];
    for (let j = r.box.left; j <= r.box.right; j++) line.push(f(i, j));
    out.push(line);
  }
  return out;
}

// ---- Workbook and worksheets -------------------------------------------------------------------

export class FakeWorkbook extends FakeObject<WorkbookModel> {
  constructor(ctx: FakeContext) {
    super(ctx, 'workbook', (m) => m);
  }
  _typeName(): string {
    return 'Workbook';
  }
  get worksheets(): FakeWorksheetCollection {
    return this._nav('worksheets', () => make(new FakeWorksheetCollection(this._ctx)));
  }
  get tables(): FakeTableCollection {
    return this._nav('tables', () => make(new FakeTableCollection(this._ctx, 'workbook.tables', null)));
  }
}

export class FakeWorksheetCollection extends FakeObject<SheetModel[]> {
  _items: FakeWorksheet[] | undefined;
  constructor(ctx: FakeContext) {
    super(ctx, 'worksheets', (m) => m.sheets);
    this._loadItems = (props) => {
      for (const p of props) if (!worksheetScalars[p]?.get) throw notImplemented(`Worksheet.load('${p}')`);
      this._ctx.enqueue(
        `worksheets.load(items/${props.join(',')})`,
        'WorksheetCollection.load',
        props,
        (m, commits) => {
          const entries = m.sheets.map((s) => ({
            it: make(new FakeWorksheet(this._ctx, `worksheets.getItem(${q(s.name)})`, byId(s.id))),
            vals: props.map((p): [string, unknown] => [p, worksheetScalars[p].get!(s, m)]),
          }));
          commits.push({
            bytes: JSON.stringify(entries.map((e) => e.vals)).length,
            run: () => {
              for (const e of entries) for (const [k, v] of e.vals) e.it._loaded.set(k, v);
              this._items = entries.map((e) => e.it);
            },
          });
        },
      );
    };
  }
  _typeName(): string {
    return 'WorksheetCollection';
  }
  get items(): FakeWorksheet[] {
    if (!this._items) throw notLoadedItems('WorksheetCollection');
    return this._items;
  }
  getItem(name: string): FakeWorksheet {
    return make(
      new FakeWorksheet(
        this._ctx,
        `worksheets.getItem(${q(name)})`,
        (m) => m.sheetByName(name) ?? missing(`worksheet "${name}"`),
      ),
    );
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return make(
      new FakeWorksheet(
        this._ctx,
        `worksheets.getItemOrNullObject(${q(name)})`,
        (m) => m.sheetByName(name) ?? missing(`worksheet "${name}"`),
        true,
      ),
    );
  }
  getActiveWorksheet(): FakeWorksheet {
    return make(
      new FakeWorksheet(
        this._ctx,
        'worksheets.getActiveWorksheet()',
        (m) => m.sheetById(m.activeSheetId) ?? missing('active worksheet'),
      ),
    );
  }
  add(name?: string): FakeWorksheet {
    const holder: { id?: number } = {};
    this._ctx.enqueue(`worksheets.add(${q(name)})`, 'WorksheetCollection.add', [name], (m) => {
      let n = name;
      if (n === undefined) {
        let k = 1;
        while (m.sheetByName(`Sheet${k}`)) k++;
        n = `Sheet${k}`;
      }
      holder.id = m.addSheet(n).id;
    });
    return make(
      new FakeWorksheet(
        this._ctx,
        `worksheets.add(${q(name)})`,
        (m) => (holder.id !== undefined && m.sheetById(holder.id)) || missing('added worksheet'),
      ),
    );
  }
}

function byId(id: number): (m: WorkbookModel) => SheetModel {
  return (m) => m.sheetById(id) ?? missing(`worksheet #${id}`);
}

function notLoadedItems(type: string) {
  return statementError(
    Codes.propertyNotLoaded,
    `The property 'items' of ${type} is not available: load it ("items/name") and sync first.`,
  );
}

const worksheetScalars: Record<string, ScalarSpec<SheetModel>> = {
  name: { get: (s) => s.name, set: (s, v, m) => m.renameSheet(s, str(v, 'Worksheet.name')) },
  position: { get: (s, m) => m.sheets.indexOf(s), set: (s, v, m) => m.moveSheet(s, v as number) },
  visibility: {
    get: (s) => s.visibility,
    set: (s, v, m) => m.setVisibility(s, str(v, 'Worksheet.visibility')),
  },
  tabColor: {
    get: (s) => s.tabColor,
    set: (s, v) => (s.tabColor = v === '' ? '' : color(v, 'Worksheet.tabColor')),
  },
};

export class FakeWorksheet extends FakeObject<SheetModel> {
  _typeName(): string {
    return 'Worksheet';
  }
  override _scalars(): Record<string, ScalarSpec<SheetModel>> {
    return worksheetScalars;
  }
  override _navs() {
    return { tables: () => this.tables, freezePanes: () => this.freezePanes };
  }
  get name(): string {
    return this._get('name') as string;
  }
  set name(v: string) {
    this._set('name', v);
  }
  get position(): number {
    return this._get('position') as number;
  }
  set position(v: number) {
    this._set('position', v);
  }
  get visibility(): string {
    return this._get('visibility') as string;
  }
  set visibility(v: string) {
    this._set('visibility', v);
  }
  get tabColor(): string {
    return this._get('tabColor') as string;
  }
  set tabColor(v: string) {
    this._set('tabColor', v);
  }
  get tables(): FakeTableCollection {
    return this._nav('tables', () =>
      make(new FakeTableCollection(this._ctx, `${this._path}.tables`, this._resolve)),
    );
  }
  get freezePanes(): FakeFreezePanes {
    return this._nav('freezePanes', () =>
      make(new FakeFreezePanes(this._ctx, `${this._path}.freezePanes`, this._resolve)),
    );
  }
  getRange(address?: string): FakeRange {
    return make(
      new FakeRange(this._ctx, `${this._path}.getRange(${address === undefined ? '' : q(address)})`, (m) => ({
        sheet: this._resolve(m),
        box: address === undefined ? wholeSheet() : parseAddress(str(address, 'address')),
      })),
    );
  }
  getCell(row: number, column: number): FakeRange {
    return make(
      new FakeRange(this._ctx, `${this._path}.getCell(${row}, ${column})`, (m) => ({
        sheet: this._resolve(m),
        box: { top: row + 1, left: column + 1, bottom: row + 1, right: column + 1 },
      })),
    );
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return make(
      new FakeRange(this._ctx, `${this._path}.getUsedRange(${valuesOnly ?? ''})`, (m) => {
        const sheet = this._resolve(m);
        return {
          sheet,
          box: m.usedBox(sheet, valuesOnly === true) ?? { top: 1, left: 1, bottom: 1, right: 1 },
        };
      }),
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return make(
      new FakeRange(
        this._ctx,
        `${this._path}.getUsedRangeOrNullObject(${valuesOnly ?? ''})`,
        (m) => {
          const sheet = this._resolve(m);
          return {
            sheet,
            box: m.usedBox(sheet, valuesOnly === true) ?? missing('used range (the sheet is empty)'),
          };
        },
        true,
      ),
    );
  }
  activate(): void {
    this._call('activate', [], (s, m) => m.activate(s));
  }
  delete(): void {
    this._call('delete', [], (s, m) => m.deleteSheet(s));
  }
}

export class FakeFreezePanes extends FakeObject<SheetModel> {
  _typeName(): string {
    return 'WorksheetFreezePanes';
  }
  freezeAt(frozenRange: FakeRange | string): void {
    const arg = typeof frozenRange === 'string' ? frozenRange : '[Range]';
    this._call('freezeAt', [arg], (s, m) => {
      const box = typeof frozenRange === 'string' ? parseAddress(frozenRange) : frozenRange._resolve(m).box;
      s.freeze = { rows: box.bottom, columns: box.right };
    });
  }
  freezeRows(count?: number): void {
    this._call('freezeRows', [count], (s) => (s.freeze = { rows: count ?? 1, columns: 0 }));
  }
  freezeColumns(count?: number): void {
    this._call('freezeColumns', [count], (s) => (s.freeze = { rows: 0, columns: count ?? 1 }));
  }
  unfreeze(): void {
    this._call('unfreeze', [], (s) => (s.freeze = { rows: 0, columns: 0 }));
  }
}

// ---- Ranges -------------------------------------------------------------------------------------

const rangeScalars: Record<string, ScalarSpec<RangeRef>> = {
  address: { get: (r) => `${quoteSheet(r.sheet.name)}!${boxAddress(r.box)}` },
  rowCount: { get: (r) => rows(r.box) },
  columnCount: { get: (r) => cols(r.box) },
  rowIndex: { get: (r) => r.box.top - 1 },
  columnIndex: { get: (r) => r.box.left - 1 },
  values: {
    get: (r, m) => grid(m, r, (i, j) => officeValue(m.cell(r.sheet, i, j)?.value)),
    set: (r, v, m) => m.writeInput(r.sheet, r.box, v, 'values'),
  },
  formulas: {
    get: (r, m) =>
      grid(m, r, (i, j) => {
        const c = m.cell(r.sheet, i, j);
        return c?.formula ?? officeValue(c?.value);
      }),
    set: (r, v, m) => m.writeInput(r.sheet, r.box, v, 'formulas'),
  },
  valueTypes: { get: (r, m) => grid(m, r, (i, j) => valueType(m.cell(r.sheet, i, j)?.value)) },
  numberFormat: {
    get: (r, m) => grid(m, r, (i, j) => m.cell(r.sheet, i, j)?.numberFormat ?? 'General'),
    set: (r, v, m) => m.writeNumberFormat(r.sheet, r.box, v),
  },
};

export class FakeRange extends FakeObject<RangeRef> {
  _typeName(): string {
    return 'Range';
  }
  override _scalars(): Record<string, ScalarSpec<RangeRef>> {
    return rangeScalars;
  }
  override _navs() {
    return { format: () => this.format, worksheet: () => this.worksheet };
  }
  get address(): string {
    return this._get('address') as string;
  }
  get rowCount(): number {
    return this._get('rowCount') as number;
  }
  get columnCount(): number {
    return this._get('columnCount') as number;
  }
  get rowIndex(): number {
    return this._get('rowIndex') as number;
  }
  get columnIndex(): number {
    return this._get('columnIndex') as number;
  }
  get values(): unknown[][] {
    return this._get('values') as unknown[][];
  }
  set values(v: unknown[][]) {
    this._set('values', v);
  }
  get formulas(): unknown[][] {
    return this._get('formulas') as unknown[][];
  }
  set formulas(v: unknown[][]) {
    this._set('formulas', v);
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes') as string[][];
  }
  get numberFormat(): unknown[][] {
    return this._get('numberFormat') as unknown[][];
  }
  set numberFormat(v: unknown[][]) {
    this._set('numberFormat', v);
  }
  get format(): FakeRangeFormat {
    return this._nav('format', () =>
      make(new FakeRangeFormat(this._ctx, `${this._path}.format`, this._resolve)),
    );
  }
  get worksheet(): FakeWorksheet {
    return this._nav('worksheet', () =>
      make(new FakeWorksheet(this._ctx, `${this._path}.worksheet`, (m) => this._resolve(m).sheet)),
    );
  }
  get dataValidation(): FakeDataValidation {
    return this._nav('dataValidation', () =>
      make(new FakeDataValidation(this._ctx, `${this._path}.dataValidation`, this._resolve)),
    );
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._nav('conditionalFormats', () =>
      make(new FakeConditionalFormatCollection(this._ctx, `${this._path}.conditionalFormats`, this._resolve)),
    );
  }
  private derived(label: string, f: (r: RangeRef, m: WorkbookModel) => Box): FakeRange {
    return make(
      new FakeRange(this._ctx, `${this._path}.${label}`, (m) => {
        const r = this._resolve(m);
        const box = f(r, m);
        if (box.top < 1 || box.left < 1 || box.bottom < box.top || box.right < box.left)
          throw statementError(Codes.invalidArgument, `${label} leaves the sheet.`);
        return { sheet: r.sheet, box };
      }),
    );
  }
  getCell(row: number, column: number): FakeRange {
    return this.derived(`getCell(${row}, ${column})`, (r) => ({
      top: r.box.top + row,
      left: r.box.left + column,
      bottom: r.box.top + row,
      right: r.box.left + column,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(`getResizedRange(${deltaRows}, ${deltaColumns})`, (r) => ({
      ...r.box,
      bottom: r.box.bottom + deltaRows,
      right: r.box.right + deltaColumns,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(`getOffsetRange(${rowOffset}, ${columnOffset})`, (r) => ({
      top: r.box.top + rowOffset,
      left: r.box.left + columnOffset,
      bottom: r.box.bottom + rowOffset,
      right: r.box.right + columnOffset,
    }));
  }
  getIntersection(other: FakeRange | string): FakeRange {
    return this.derived(`getIntersection(…)`, (r, m) => {
      const b = typeof other === 'string' ? parseAddress(other) : other._resolve(m).box;
      return intersect(r.box, b) ?? missing('intersection (the ranges do not overlap)');
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return make(
      new FakeRange(
        this._ctx,
        `${this._path}.getUsedRangeOrNullObject(${valuesOnly ?? ''})`,
        (m) => {
          const r = this._resolve(m);
          const used = m.usedBox(r.sheet, valuesOnly === true);
          const box = used && intersect(used, r.box);
          return { sheet: r.sheet, box: box ?? missing('used range') };
        },
        true,
      ),
    );
  }
  clear(applyTo?: string): void {
    this._call('clear', [applyTo], (r, m) => m.clear(r.sheet, r.box, applyTo ?? 'All'));
  }
  select(): void {
    this._call('select', [], (r, m) => {
      m.activate(r.sheet);
      m.selection = { sheetId: r.sheet.id, box: r.box };
    });
  }
}

const HORIZONTAL = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

function fmt(key: keyof CellFormat, check: (v: unknown) => unknown): ScalarSpec<RangeRef> {
  return {
    set: (r, v, m) => {
      const val = check(v);
      m.formatCells(r.sheet, r.box, (f) => ((f as Record<string, unknown>)[key] = val));
    },
  };
}

const DEFAULT_COLUMN_WIDTH = 48; // points: Excel's 8.43 characters of Calibri 11 (64 px)

export class FakeRangeFormat extends FakeObject<RangeRef> {
  _typeName(): string {
    return 'RangeFormat';
  }
  override _scalars(): Record<string, ScalarSpec<RangeRef>> {
    return {
      wrapText: fmt('wrap', (v) => bool(v, 'wrapText')),
      horizontalAlignment: fmt('horizontal', (v) => oneOf(v, HORIZONTAL, 'horizontalAlignment')),
      verticalAlignment: fmt('vertical', (v) => oneOf(v, VERTICAL, 'verticalAlignment')),
      columnWidth: {
        get: (r) => {
          const ws = new Set<number>();
          for (let c = r.box.left; c <= Math.min(r.box.right, r.box.left + 16_383); c++)
            ws.add(r.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
          return ws.size === 1 ? [...ws][0] : null;
        },
        set: (r, v) => {
          if (typeof v !== 'number' || !(v >= 0) || v > 255 * 7.5)
            throw statementError(Codes.invalidArgument, `columnWidth ${String(v)} is not a width in points.`);
          for (let c = r.box.left; c <= r.box.right; c++) r.sheet.columnWidths.set(c, v);
        },
      },
    };
  }
  override _navs() {
    return { fill: () => this.fill, font: () => this.font };
  }
  set wrapText(v: boolean) {
    this._set('wrapText', v);
  }
  set horizontalAlignment(v: string) {
    this._set('horizontalAlignment', v);
  }
  set verticalAlignment(v: string) {
    this._set('verticalAlignment', v);
  }
  get columnWidth(): number {
    return this._get('columnWidth') as number;
  }
  set columnWidth(v: number) {
    this._set('columnWidth', v);
  }
  get fill(): FakeRangeFill {
    return this._nav('fill', () => make(new FakeRangeFill(this._ctx, `${this._path}.fill`, this._resolve)));
  }
  get font(): FakeRangeFont {
    return this._nav('font', () => make(new FakeRangeFont(this._ctx, `${this._path}.font`, this._resolve)));
  }
  get borders(): FakeRangeBorders {
    return this._nav('borders', () =>
      make(new FakeRangeBorders(this._ctx, `${this._path}.borders`, this._resolve)),
    );
  }
}

export class FakeRangeFill extends FakeObject<RangeRef> {
  _typeName(): string {
    return 'RangeFill';
  }
  override _scalars(): Record<string, ScalarSpec<RangeRef>> {
    return { color: fmt('fill', (v) => color(v, 'fill.color')) };
  }
  set color(v: string) {
    this._set('color', v);
  }
  clear(): void {
    this._call('clear', [], (r, m) => m.formatCells(r.sheet, r.box, (f) => delete f.fill));
  }
}

export class FakeRangeFont extends FakeObject<RangeRef> {
  _typeName(): string {
    return 'RangeFont';
  }
  override _scalars(): Record<string, ScalarSpec<RangeRef>> {
    return {
      bold: fmt('bold', (v) => bool(v, 'font.bold')),
      italic: fmt('italic', (v) => bool(v, 'font.italic')),
      color: fmt('fontColor', (v) => color(v, 'font.color')),
      size: fmt('fontSize', (v) => {
        if (typeof v !== 'number' || v < 1 || v > 409)
          throw statementError(Codes.invalidArgument, 'font.size must be 1–409.');
        return v;
      }),
    };
  }
  set bold(v: boolean) {
    this._set('bold', v);
  }
  set italic(v: boolean) {
    this._set('italic', v);
  }
  set color(v: string) {
    this._set('color', v);
  }
  set size(v: number) {
    this._set('size', v);
  }
}

const BORDER_INDEX = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];
const BORDER_STYLE = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];

export class FakeRangeBorders extends FakeObject<RangeRef> {
  _typeName(): string {
    return 'RangeBorderCollection';
  }
  getItem(index: string): FakeRangeBorder {
    if (!BORDER_INDEX.includes(index)) throw notImplemented(`RangeBorderCollection.getItem(${q(index)})`);
    return make(
      new FakeRangeBorder(this._ctx, `${this._path}.getItem(${q(index)})`, (m) => ({
        ...this._resolve(m),
        index,
      })),
    );
  }
}

/** Borders are kept per cell side: top/bottom/left/right. */
function sidesFor(index: string, box: Box, row: number, col: number): string[] {
  switch (index) {
    case 'EdgeTop':
      return row === box.top ? ['top'] : [];
    case 'EdgeBottom':
      return row === box.bottom ? ['bottom'] : [];
    case 'EdgeLeft':
      return col === box.left ? ['left'] : [];
    case 'EdgeRight':
      return col === box.right ? ['right'] : [];
    case 'InsideHorizontal':
      return [...(row > box.top ? ['top'] : []), ...(row < box.bottom ? ['bottom'] : [])];
    case 'InsideVertical':
      return [...(col > box.left ? ['left'] : []), ...(col < box.right ? ['right'] : [])];
    default:
      return [index];
  }
}

export class FakeRangeBorder extends FakeObject<RangeRef & { index: string }> {
  _typeName(): string {
    return 'RangeBorder';
  }
  override _scalars(): Record<string, ScalarSpec<RangeRef & { index: string }>> {
    return {
      style: {
        set: (r, v, m) => {
          const s = oneOf(v, BORDER_STYLE, 'border.style');
          for (let i = r.box.top; i <= r.box.bottom; i++) {
            for (let j = r.box.left; j <= r.box.right; j++) {
              const sides = sidesFor(r.index, r.box, i, j);
              if (sides.length === 0) continue;
              m.formatCells(r.sheet, { top: i, left: j, bottom: i, right: j }, (f) => {
                const b = { ...(f.borders ?? {}) };
                for (const side of sides) {
                  if (s === 'None') delete b[side];
                  else b[side] = s;
                }
                if (Object.keys(b).length === 0) delete f.borders;
                else f.borders = b;
              });
            }
          }
        },
      },
      color: { set: (_r, v) => void color(v, 'border.color') },
    };
  }
  set style(v: string) {
    this._set('style', v);
  }
  set color(v: string) {
    this._set('color', v);
  }
}

// ---- Data validation and conditional formats ---------------------------------------------------

export class FakeDataValidation extends FakeObject<RangeRef> {
  _typeName(): string {
    return 'DataValidation';
  }
  override _scalars(): Record<string, ScalarSpec<RangeRef>> {
    return {
      rule: { set: (r, v, m) => m.setValidationRule(r.sheet, r.box, v) },
      errorAlert: {
        set: (r, v, m) => m.setValidationPart(r.sheet, r.box, 'errorAlert', checkAlert(v)),
      },
      prompt: { set: (r, v, m) => m.setValidationPart(r.sheet, r.box, 'prompt', v) },
      ignoreBlanks: {
        set: (r, v, m) => m.setValidationPart(r.sheet, r.box, 'ignoreBlanks', bool(v, 'ignoreBlanks')),
      },
    };
  }
  set rule(v: unknown) {
    this._set('rule', v);
  }
  set errorAlert(v: unknown) {
    this._set('errorAlert', v);
  }
  set prompt(v: unknown) {
    this._set('prompt', v);
  }
  set ignoreBlanks(v: boolean) {
    this._set('ignoreBlanks', v);
  }
  clear(): void {
    this._call('clear', [], (r, m) => m.clearValidation(r.sheet, r.box));
  }
}

function checkAlert(v: unknown): unknown {
  const a = v as { style?: unknown; message?: unknown; title?: unknown };
  if (a.style !== undefined) oneOf(a.style, ['Stop', 'Warning', 'Information'], 'errorAlert.style');
  if (typeof a.message === 'string' && a.message.length > 255)
    throw statementError(Codes.invalidArgument, 'errorAlert.message is limited to 255 characters.');
  if (typeof a.title === 'string' && a.title.length > 32)
    throw statementError(Codes.invalidArgument, 'errorAlert.title is limited to 32 characters.');
  return v;
}

export class FakeConditionalFormatCollection extends FakeObject<RangeRef> {
  _typeName(): string {
    return 'ConditionalFormatCollection';
  }
  add(type: string): FakeConditionalFormat {
    const holder: { id?: number } = {};
    this._call('add', [type], (r, m) => (holder.id = m.addConditionalFormat(r.sheet, r.box, type).id));
    return make(
      new FakeConditionalFormat(this._ctx, `${this._path}.add(${q(type)})`, (m) =>
        holder.id === undefined ? missing('conditional format') : m.conditionalFormatById(holder.id),
      ),
    );
  }
  clearAll(): void {
    this._call('clearAll', [], (r, m) => m.clearConditionalFormats(r.sheet, r.box));
  }
}

type CF = ConditionalFormatModel;

export class FakeConditionalFormat extends FakeObject<CF> {
  _typeName(): string {
    return 'ConditionalFormat';
  }
  override _scalars(): Record<string, ScalarSpec<CF>> {
    return {
      stopIfTrue: {
        get: (c) => c.stopIfTrue ?? false,
        set: (c, v) => (c.stopIfTrue = bool(v, 'stopIfTrue')),
      },
      type: { get: (c) => c.type },
    };
  }
  override _navs() {
    return { custom: () => this.custom };
  }
  get stopIfTrue(): boolean {
    return this._get('stopIfTrue') as boolean;
  }
  set stopIfTrue(v: boolean) {
    this._set('stopIfTrue', v);
  }
  get custom(): FakeCustomConditionalFormat {
    return this._nav('custom', () =>
      make(new FakeCustomConditionalFormat(this._ctx, `${this._path}.custom`, this._resolve)),
    );
  }
  delete(): void {
    this._call('delete', [], (c, m) => {
      for (const s of m.sheets) s.conditionalFormats = s.conditionalFormats.filter((x) => x !== c);
    });
  }
}

export class FakeCustomConditionalFormat extends FakeObject<CF> {
  _typeName(): string {
    return 'CustomConditionalFormat';
  }
  get rule(): FakeConditionalFormatRule {
    return this._nav('rule', () =>
      make(new FakeConditionalFormatRule(this._ctx, `${this._path}.rule`, this._resolve)),
    );
  }
  get format(): FakeConditionalRangeFormat {
    return this._nav('format', () =>
      make(new FakeConditionalRangeFormat(this._ctx, `${this._path}.format`, this._resolve)),
    );
  }
}

export class FakeConditionalFormatRule extends FakeObject<CF> {
  _typeName(): string {
    return 'ConditionalFormatRule';
  }
  override _scalars(): Record<string, ScalarSpec<CF>> {
    return {
      formula: {
        get: (c) => c.formula ?? '',
        set: (c, v) => {
          const f = str(v, 'rule.formula');
          if (!f.startsWith('='))
            throw statementError(
              Codes.invalidArgument,
              'A custom conditional format rule is a formula starting with "=".',
            );
          c.formula = f;
        },
      },
    };
  }
  get formula(): string {
    return this._get('formula') as string;
  }
  set formula(v: string) {
    this._set('formula', v);
  }
}

export class FakeConditionalRangeFormat extends FakeObject<CF> {
  _typeName(): string {
    return 'ConditionalRangeFormat';
  }
  get fill(): FakeConditionalFill {
    return this._nav('fill', () =>
      make(new FakeConditionalFill(this._ctx, `${this._path}.fill`, this._resolve)),
    );
  }
  get font(): FakeConditionalFont {
    return this._nav('font', () =>
      make(new FakeConditionalFont(this._ctx, `${this._path}.font`, this._resolve)),
    );
  }
}

export class FakeConditionalFill extends FakeObject<CF> {
  _typeName(): string {
    return 'ConditionalRangeFill';
  }
  override _scalars(): Record<string, ScalarSpec<CF>> {
    return { color: { set: (c, v) => (c.fill = color(v, 'fill.color')) } };
  }
  set color(v: string) {
    this._set('color', v);
  }
}

export class FakeConditionalFont extends FakeObject<CF> {
  _typeName(): string {
    return 'ConditionalRangeFont';
  }
  override _scalars(): Record<string, ScalarSpec<CF>> {
    return {
      color: { set: (c, v) => (c.fontColor = color(v, 'font.color')) },
      bold: { set: (c, v) => (c.bold = bool(v, 'font.bold')) },
      italic: { set: (c, v) => (c.italic = bool(v, 'font.italic')) },
    };
  }
  set color(v: string) {
    this._set('color', v);
  }
  set bold(v: boolean) {
    this._set('bold', v);
  }
  set italic(v: boolean) {
    this._set('italic', v);
  }
}

// ---- Tables -------------------------------------------------------------------------------------

export class FakeTableCollection extends FakeObject<TableModel[]> {
  _items: FakeTable[] | undefined;
  constructor(
    ctx: FakeContext,
    path: string,
    readonly _sheet: ((m: WorkbookModel) => SheetModel) | null,
  ) {
    super(ctx, path, (m) => (_sheet ? m.tables.filter((t) => t.sheetId === _sheet(m).id) : m.tables));
    this._loadItems = (props) => {
      const nested = props.filter((p) => p.startsWith('worksheet/'));
      const own = props.filter((p) => !p.includes('/'));
      const unknown = props.filter((p) => p.includes('/') && !p.startsWith('worksheet/'));
      if (unknown.length > 0) throw notImplemented(`TableCollection.load('items/${unknown[0]}')`);
      this._ctx.enqueue(
        `${path}.load(items/${props.join(',')})`,
        'TableCollection.load',
        props,
        (m, commits) => {
          const list = this._resolve(m);
          const items = list.map((t) => {
            const it = make(
              new FakeTable(this._ctx, `workbook.tables.getItem(${q(t.name)})`, tableById(t.id)),
            );
            const loaded: [string, unknown][] = own.map((p) => {
              const spec = tableScalars[p];
              if (!spec?.get) throw notImplemented(`Table.load('${p}')`);
              return [p, spec.get(t, m)];
            });
            const wsLoaded: [string, unknown][] = nested.map((p) => {
              const key = p.slice('worksheet/'.length);
              const spec = worksheetScalars[key];
              if (!spec?.get) throw notImplemented(`Worksheet.load('${key}')`);
              return [key, spec.get(m.sheetById(t.sheetId)!, m)];
            });
            return { it, loaded, wsLoaded };
          });
          commits.push({
            bytes: JSON.stringify(items.map((x) => [x.loaded, x.wsLoaded])).length,
            run: () => {
              for (const x of items) {
                for (const [k, v] of x.loaded) x.it._loaded.set(k, v);
                for (const [k, v] of x.wsLoaded) x.it.worksheet._loaded.set(k, v);
              }
              this._items = items.map((x) => x.it);
            },
          });
        },
      );
    };
  }
  _typeName(): string {
    return 'TableCollection';
  }
  get items(): FakeTable[] {
    if (!this._items) throw notLoadedItems('TableCollection');
    return this._items;
  }
  private find(m: WorkbookModel, name: string): TableModel {
    const t = m.tableByName(name);
    if (!t || (this._sheet && t.sheetId !== this._sheet(m).id)) missing(`table "${name}"`);
    return t;
  }
  getItem(key: string): FakeTable {
    return make(new FakeTable(this._ctx, `${this._path}.getItem(${q(key)})`, (m) => this.find(m, key)));
  }
  getItemOrNullObject(key: string): FakeTable {
    return make(
      new FakeTable(
        this._ctx,
        `${this._path}.getItemOrNullObject(${q(key)})`,
        (m) => this.find(m, key),
        true,
      ),
    );
  }
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    const holder: { id?: number } = {};
    const arg = typeof address === 'string' ? address : '[Range]';
    this._ctx.enqueue(
      `${this._path}.add(${q(arg)}, ${hasHeaders})`,
      'TableCollection.add',
      [arg, hasHeaders],
      (m) => {
        let sheet: SheetModel;
        let box: Box;
        if (typeof address !== 'string') ({ sheet, box } = address._resolve(m));
        else if (this._sheet) {
          sheet = this._sheet(m);
          box = parseAddress(address);
        } else {
          const bang = address.lastIndexOf('!');
          if (bang < 0)
            throw statementError(
              Codes.invalidArgument,
              'workbook.tables.add needs an address with the sheet name.',
            );
          const name = address
            .slice(0, bang)
            .replace(/^'(.*)'$/, '$1')
            .replace(/''/g, "'");
          sheet = m.requireSheet(name);
          box = parseAddress(address);
        }
        holder.id = m.addTable(sheet, box, hasHeaders).id;
      },
    );
    return make(
      new FakeTable(this._ctx, `${this._path}.add(…)`, (m) =>
        holder.id === undefined ? missing('added table') : (m.tableById(holder.id) ?? missing('added table')),
      ),
    );
  }
}

function tableById(id: number): (m: WorkbookModel) => TableModel {
  return (m) => m.tableById(id) ?? missing(`table #${id}`);
}

const tableScalars: Record<string, ScalarSpec<TableModel>> = {
  name: { get: (t) => t.name, set: (t, v, m) => m.renameTable(t, str(v, 'Table.name')) },
  style: { get: (t) => t.style, set: (t, v) => (t.style = str(v, 'Table.style')) },
  showHeaders: { get: () => true },
};

export class FakeTable extends FakeObject<TableModel> {
  _typeName(): string {
    return 'Table';
  }
  override _scalars(): Record<string, ScalarSpec<TableModel>> {
    return tableScalars;
  }
  override _navs() {
    return { worksheet: () => this.worksheet };
  }
  get name(): string {
    return this._get('name') as string;
  }
  set name(v: string) {
    this._set('name', v);
  }
  get style(): string {
    return this._get('style') as string;
  }
  set style(v: string) {
    this._set('style', v);
  }
  get showHeaders(): boolean {
    return this._get('showHeaders') as boolean;
  }
  get worksheet(): FakeWorksheet {
    return this._nav('worksheet', () =>
      make(
        new FakeWorksheet(
          this._ctx,
          `${this._path}.worksheet`,
          (m) => m.sheetById(this._resolve(m).sheetId) ?? missing('worksheet'),
        ),
      ),
    );
  }
  get columns(): FakeTableColumnCollection {
    return this._nav('columns', () =>
      make(new FakeTableColumnCollection(this._ctx, `${this._path}.columns`, this._resolve)),
    );
  }
  private part(label: string, f: (t: TableModel) => Box): FakeRange {
    return make(
      new FakeRange(this._ctx, `${this._path}.${label}`, (m) => {
        const t = this._resolve(m);
        return { sheet: m.sheetById(t.sheetId)!, box: f(t) };
      }),
    );
  }
  getRange(): FakeRange {
    return this.part('getRange()', (t) => t.box);
  }
  getHeaderRowRange(): FakeRange {
    return this.part('getHeaderRowRange()', (t) => ({ ...t.box, bottom: t.box.top }));
  }
  getDataBodyRange(): FakeRange {
    return this.part('getDataBodyRange()', (t) => ({ ...t.box, top: t.box.top + 1 }));
  }
  resize(newRange: string | FakeRange): void {
    const arg = typeof newRange === 'string' ? newRange : '[Range]';
    this._call('resize', [arg], (t, m) => {
      const box = typeof newRange === 'string' ? parseAddress(newRange) : newRange._resolve(m).box;
      m.resizeTable(t, box);
    });
  }
  delete(): void {
    this._call('delete', [], (t, m) => m.deleteTable(t));
  }
}

interface ColumnRef {
  table: TableModel;
  offset: number;
}

export class FakeTableColumnCollection extends FakeObject<TableModel> {
  _typeName(): string {
    return 'TableColumnCollection';
  }
  private column(label: string, key: number | string, nullable: boolean): FakeTableColumn {
    return make(
      new FakeTableColumn(
        this._ctx,
        `${this._path}.${label}(${q(key)})`,
        (m) => {
          const t = this._resolve(m);
          const hs = m.headers(t);
          const offset =
            typeof key === 'number'
              ? key >= 0 && key < hs.length
                ? key
                : -1
              : hs.findIndex((h) => h.toLowerCase() === String(key).toLowerCase());
          if (offset < 0) missing(`column ${q(key)} of table "${t.name}"`);
          return { table: t, offset };
        },
        nullable,
      ),
    );
  }
  getItem(key: number | string): FakeTableColumn {
    return this.column('getItem', key, false);
  }
  getItemOrNullObject(key: number | string): FakeTableColumn {
    return this.column('getItemOrNullObject', key, true);
  }
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    const holder: { offset?: number } = {};
    this._call('add', [index, values, name], (t, m) => {
      m.addTableColumn(t, index, values, name);
      holder.offset = t.box.right - t.box.left;
    });
    return make(
      new FakeTableColumn(this._ctx, `${this._path}.add(…)`, (m) => ({
        table: this._resolve(m),
        offset: holder.offset ?? missing('added column'),
      })),
    );
  }
}

export class FakeTableColumn extends FakeObject<ColumnRef> {
  _typeName(): string {
    return 'TableColumn';
  }
  override _scalars(): Record<string, ScalarSpec<ColumnRef>> {
    return {
      name: { get: (c, m) => m.headers(c.table)[c.offset] },
      index: { get: (c) => c.offset },
    };
  }
  get name(): string {
    return this._get('name') as string;
  }
  get index(): number {
    return this._get('index') as number;
  }
  private part(label: string, f: (t: TableModel, col: number) => Box): FakeRange {
    return make(
      new FakeRange(this._ctx, `${this._path}.${label}`, (m) => {
        const c = this._resolve(m);
        return {
          sheet: m.sheetById(c.table.sheetId)!,
          box: f(c.table, c.table.box.left + c.offset),
        };
      }),
    );
  }
  getRange(): FakeRange {
    return this.part('getRange()', (t, col) => ({ ...t.box, left: col, right: col }));
  }
  getHeaderRowRange(): FakeRange {
    return this.part('getHeaderRowRange()', (t, col) => ({
      top: t.box.top,
      bottom: t.box.top,
      left: col,
      right: col,
    }));
  }
  getDataBodyRange(): FakeRange {
    return this.part('getDataBodyRange()', (t, col) => ({
      top: t.box.top + 1,
      bottom: t.box.bottom,
      left: col,
      right: col,
    }));
  }
}
