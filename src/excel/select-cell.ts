/**
 * Selects a cell for a finding's link (SPEC §6: "a link to each cell"): shows its sheet and puts
 * the cursor on it. One sync, queued by the caller's Excel.run.
 */
export async function selectCell(ctx: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await ctx.sync();
}
