/** The native ZIP packer the CLI writes .xlsx files with (src/xlsx/native-zip.ts). */
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { crc32Table, zipParts } from '../../src/xlsx/native-zip';
import { toBuffer } from '../../src/xlsx/write-workbook';

test('the table CRC-32 (for older Node) equals the standard one', () => {
  expect(crc32Table(Buffer.from('123456789'))).toBe(0xcbf43926);
  expect(crc32Table(Buffer.alloc(0))).toBe(0);
});

test('a packed archive opens in JSZip with every part intact', async () => {
  const parts = [
    { name: 'a.xml', data: Buffer.from('<a>' + 'å'.repeat(1000) + '</a>') },
    { name: 'dir/b.bin', data: Buffer.from([0, 1, 2, 255]) },
    { name: 'tom.txt', data: Buffer.alloc(0) },
  ];
  const zip = await JSZip.loadAsync(zipParts(parts));
  for (const p of parts) expect(Buffer.from(await zip.file(p.name)!.async('uint8array'))).toEqual(p.data);
});

test('a workbook written through it reads back with ExcelJS', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Blad 1');
  ws.getCell('A1').value = 'Händelse';
  ws.getCell('B2').value = { formula: 'A1&"!"' } as ExcelJS.CellFormulaValue;
  const back = new ExcelJS.Workbook();
  const bytes = await toBuffer(wb);
  await back.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  expect(back.getWorksheet('Blad 1')!.getCell('A1').value).toBe('Händelse');
  expect(back.getWorksheet('Blad 1')!.getCell('B2').formula).toBe('A1&"!"');
});
