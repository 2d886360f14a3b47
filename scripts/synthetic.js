/**
 * Synthetic VoR workbooks for the benchmark and the scale tests: goals, processes and methods in
 * groups like the published plans, scale cells written as the 2021 plan writes them
 * ("3. Möjlig"), an RV that agrees, and IKP decisions as a committee would set them.
 */
const S = ['Osannolikt', 'Mindre sannolikt', 'Möjlig', 'Sannolikt', 'Mycket sannolikt'];
const K = ['Försumbar', 'Lindrig', 'Kännbar', 'Allvarlig', 'Mycket allvarlig'];
const HEADERS = [
  'KF:s mål för verksamhetsområdet',
  'Process',
  'Arbetssätt',
  'Nr',
  'Oönskad händelse',
  'Sannolikhet',
  'Konsekvens',
  'RV',
  'IKP',
];

/** A small deterministic PRNG (mulberry32) so every run benchmarks the same workbook. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rows (header first) of a VoR with `events` events. */
function vorRows(events, seed = 2021) {
  const r = rng(seed);
  const rows = [HEADERS];
  for (let i = 1; i <= events; i++) {
    const s = 1 + Math.floor(r() * 5);
    const k = 1 + Math.floor(r() * 5);
    const rv = s * k;
    const decision = rv >= 12 ? 'Ja' : rv >= 9 && r() < 0.4 ? 'Ja' : 'Nej, endast VoR';
    const goal = i % 400 === 1 ? `${1 + Math.floor(i / 400)}.1 Mål nummer ${1 + Math.floor(i / 400)}` : null;
    const process = i % 40 === 1 ? `Process ${1 + Math.floor(i / 40)}` : null;
    const method = i % 8 === 1 ? `Arbetssätt ${1 + Math.floor(i / 8)}` : null;
    rows.push([
      goal,
      process,
      method,
      i,
      `Oönskad händelse nummer ${i} som kan inträffa i verksamheten`,
      `${s}. ${S[s - 1]}`,
      `${k}. ${K[k - 1]}`,
      rv,
      decision,
    ]);
  }
  return rows;
}

/**
 * Rows (title, blank, header, data) of a procurement plan with `n` procurements, all valid:
 * dates as Excel serials and amounts as numbers, as cells typed in Excel hold them.
 */
function procurementRows(n) {
  const rows = [
    ['PLAN FÖR UPPHANDLING 2021'],
    [],
    [
      'Verksamhet',
      'Kategorifamilj',
      'Beskrivning',
      'Planerat startdatum för upphandling',
      'Avtalsperiod fr.o.m',
      'Avtalsperiod t.o.m',
      'Uppskattat kontraktsvärde',
      'Kontraktstyp',
    ],
  ];
  for (let i = 1; i <= n; i++) {
    rows.push([
      'Jobbtorg',
      'Externa tjänster, 1013, 101810',
      `Upphandling ${i}`,
      44256,
      44348,
      44712,
      ((i % 5) + 2) * 1e6,
      'Tjänst',
    ]);
  }
  return rows;
}

module.exports = { vorRows, procurementRows, HEADERS };
