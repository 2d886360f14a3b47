/** Kontraktstyp values (SPEC §2.3): Vara, Tjänst or Entreprenad, any case, trimmed. */
import { normalizeText } from './text';

export type ContractType = 'Vara' | 'Tjänst' | 'Entreprenad';

export const CONTRACT_TYPES: readonly ContractType[] = ['Vara', 'Tjänst', 'Entreprenad'];

/** The canonical type, or null when the text is none of the three. */
export function parseContractType(text: string): ContractType | null {
  const n = normalizeText(text);
  return CONTRACT_TYPES.find((t) => t.toLocaleLowerCase('sv') === n) ?? null;
}
