import { useCallback, useEffect, useState } from 'react';
import type { WorkbookHost, WorkbookStatus } from '../app/workbook-host';
import type { ReportFailure } from './failure';

/** The workbook's tables and settings, read on mount and again after every command. */
export function useWorkbookStatus(host: WorkbookHost, report: ReportFailure) {
  const [status, setStatus] = useState<WorkbookStatus | null>(null);
  const [loading, setLoading] = useState(true);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setStatus(await host.readStatus());
    } catch (error) {
      report({ what: { key: 'error.readStatus' }, error });
    } finally {
      setLoading(false);
    }
  }, [host, report]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { status, loading, reload };
}
