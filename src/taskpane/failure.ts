import type { MessageKey, Vars } from '../i18n';

/** An error to show: what failed (a catalogue sentence) and the thrown value with its details. */
export interface Failure {
  what: { key: MessageKey; vars?: Vars };
  error: unknown;
}

export type ReportFailure = (failure: Failure | null) => void;
