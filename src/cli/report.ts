/** What the CLI prints: the JSON of SPEC §9, or a short human report. */
import type { Finding, Lang } from '../core/findings/finding';

export interface FileReport {
  file: string;
  findings: Finding[];
  summary: Record<string, number | string | null>;
  /** One sentence for people. */
  text: string;
  /** Set when the file could not be read at all (exit 2). */
  error?: string;
  /** Extra lines for people (where the output went). */
  notes?: string[];
}

export function toJson(report: FileReport): object {
  const base = { file: report.file, findings: report.findings, summary: report.summary };
  return report.error ? { ...base, error: report.error } : base;
}

const LABEL: Record<Lang, Record<Finding['severity'], string>> = {
  sv: { error: 'FEL', warning: 'VARNING' },
  en: { error: 'ERROR', warning: 'WARNING' },
};

function place(f: Finding): string {
  if (!f.sheet) return '';
  const cell = f.cell ?? (f.row !== null ? `rad ${f.row}` : '');
  return cell ? `${f.sheet}!${cell}` : f.sheet;
}

export function toText(report: FileReport, lang: Lang): string {
  const lines = [report.file];
  if (report.error) {
    lines.push(`  ${report.error}`);
    return lines.join('\n');
  }
  lines.push(`  ${report.text}`);
  const sorted = [...report.findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  for (const f of sorted) {
    lines.push(`  ${LABEL[lang][f.severity].padEnd(8)} ${f.rule.padEnd(24)} ${place(f)}`);
    lines.push(`           ${f.message}`);
  }
  for (const n of report.notes ?? []) lines.push(`  ${n}`);
  return lines.join('\n');
}
