/**
 * The core's real commands through readSnapshot → command → renderPlan on the fake: the plans the
 * core builds render in Excel's terms (structured references, list sources, table modes) in the
 * syncs SPEC §8 allows.
 */
import { readFileSync } from 'fs';
import { generateIkp } from '../../src/core/commands/generate-ikp';
import { refreshRisk } from '../../src/core/commands/refresh-risk';
import type { CommandOptions, CommandOutcome } from '../../src/core/commands/command';
import type { CellValue, WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import { readSnapshot } from '../../src/excel/read-snapshot';
import { renderPlan } from '../../src/excel/render-plan';
import { createFakeExcel, type FakeExcel } from '../fake-excel';

let fake: FakeExcel;
afterEach(() => fake?.uninstall());

function tsv(name: string): CellValue[][] {
  return readFileSync(`test/data/${name}`, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t').map((c) => (c === '' ? null : /^\d+$/.test(c) ? Number(c) : c)));
}

const opts: CommandOptions = { lang: 'sv', now: new Date('2024-03-01T10:00:00Z') };

async function runCommand(cmd: (wb: WorkbookSnapshot, o: CommandOptions) => CommandOutcome) {
  const before = fake.syncCount;
  const stats = await Excel.run(async (ctx) => {
    const snapshot = await readSnapshot(ctx);
    return renderPlan(ctx, cmd(snapshot, opts).plan, { snapshot });
  });
  return { stats, syncs: fake.syncCount - before };
}

test('Refresh risk on the 2021 VoR: 3 syncs in all, live RV and Riskklass columns, twice changes nothing', async () => {
  fake = createFakeExcel({
    sheets: [{ name: 'Risk & Väsentlighet', values: tsv('vor-2021.tsv') }],
  });
  const first = await runCommand(refreshRisk);
  expect(first.syncs).toBe(3);
  const once = fake.state();
  const vor = once.tables.find((t) => t.sheet === 'Risk & Väsentlighet')!;
  expect(Object.keys(vor.calculated).sort()).toEqual(['RV', 'Riskklass']);
  expect(vor.calculated.RV).toContain('[@[Sannolikhet]]');
  await runCommand(refreshRisk);
  expect(fake.state()).toEqual(once);
});

test('Generate IKP on the 2021 VoR: the IKP table and sheets are made in one write sync', async () => {
  fake = createFakeExcel({
    sheets: [{ name: 'Risk & Väsentlighet', values: tsv('vor-2021.tsv') }],
  });
  const { stats, syncs } = await runCommand(generateIkp);
  expect([syncs, stats.syncs]).toEqual([3, 1]);
  const s = fake.state();
  expect(s.active).toBe('Internkontrollplan');
  const ikp = s.tables.find((t) => t.sheet === 'Internkontrollplan')!;
  expect(ikp.headers).toContain('Kontrollaktivitet');
  // A second run keeps the VoR table (mode keep) and replaces the generated sheet's table.
  await runCommand(generateIkp);
  expect(fake.state().tables.map((t) => [t.name, t.address])).toEqual(
    s.tables.map((t) => [t.name, t.address]),
  );
});
