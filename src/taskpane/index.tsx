/**
 * The task pane's entry. The Excel host is loaded as its own chunk, so the pane's first paint
 * ("connecting") does not wait for it.
 */
import { checkExcelRequirements } from '../excel/requirements';
import { startTaskpane } from './start';

const container = document.getElementById('root');
if (container) {
  void startTaskpane(container, {
    checkRequirements: checkExcelRequirements,
    createHost: async (lang) => {
      const { createOfficeHost } = await import(/* webpackChunkName: "office-host" */ '../excel/office-host');
      return createOfficeHost(lang);
    },
  });
}
