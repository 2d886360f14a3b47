/**
 * Excel serial day numbers (1900 date system, as Excel on Windows and the web use) ↔ calendar
 * dates. Serial 1 is 1900-01-01; Excel's phantom 1900-02-29 (serial 60) is honoured, so serials
 * from 61 on match Excel exactly.
 */

const MS_PER_DAY = 86_400_000;
/** 1899-12-30: serial 0 for every date after the phantom leap day. */
const EPOCH = Date.UTC(1899, 11, 30);

export interface YMD {
  year: number;
  month: number; // 1-12
  day: number;
}

export function isValidYmd({ year, month, day }: YMD): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function ymdToSerial({ year, month, day }: YMD): number {
  const serial = Math.round((Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY);
  return serial < 61 ? serial - 1 : serial;
}

export function serialToYmd(serial: number): YMD {
  const whole = Math.floor(serial);
  const adjusted = whole < 61 ? whole + 1 : whole;
  const d = new Date(EPOCH + adjusted * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function serialToIso(serial: number): string {
  const { year, month, day } = serialToYmd(serial);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Serial of a JavaScript Date's UTC calendar day (adapters: ExcelJS date cells). */
export function dateToSerial(date: Date): number {
  return (
    ymdToSerial({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }) +
    (date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds()) / 86400
  );
}

export function serialToDate(serial: number): Date {
  const { year, month, day } = serialToYmd(serial);
  const frac = serial - Math.floor(serial);
  return new Date(Date.UTC(year, month - 1, day) + Math.round(frac * MS_PER_DAY));
}
