import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempDir } from '../../cli/run-cli';
import { parseCsv, csvCell } from '../lo/csv';
import { expectedVor } from '../lo/domain';
import { sheetsToCsv } from '../lo/libreoffice';
import { SCALE_VARIANTS, variantEvent, writeSyntheticVor } from '../lo/synthetic';
test('peek', async () => {
  const dir = tempDir();
  const input = path.join(dir, 'in.xlsx');
  await writeSyntheticVor(input);
  const out = path.join(dir, 'out.xlsx');
  const r = await runCli(['generate-ikp', input, '-o', out]);
  console.log(r.code, r.out.slice(0, 500));
  const vor = await expectedVor(out);
  const csv = parseCsv(fs.readFileSync(sheetsToCsv(out, path.join(dir, 'csv')).get(vor.sheet)!, 'utf8'));
  const lines = SCALE_VARIANTS.map((_, i) => {
    const row = variantEvent(i) + 1;
    const e = vor.rows.find((x) => x.row === row)!;
    return [row, JSON.stringify(csv[row - 1].slice(5, 10)), 'domain', e.rv, e.riskClass].join(' ');
  });
  console.log(lines.join('\n'));
  console.log(vor.rows.slice(0, 3));
});
