import { Link } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useT } from './i18n-context';

const BOM = '\uFEFF';

/**
 * The export's CSV as a file to save. Swedish Excel needs the UTF-8 byte-order mark to read å, ä
 * and ö right (SPEC §7); the host puts it in, this only makes sure it is there exactly once.
 */
export function DownloadLink({ csv, fileName }: { csv: string; fileName: string }) {
  const tr = useT();
  const [url, setUrl] = useState<string | null>(null);

  useEffect(() => {
    const blob = new Blob([csv.startsWith(BOM) ? csv : BOM + csv], { type: 'text/csv;charset=utf-8' });
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [csv]);

  if (!url) return null;
  return (
    <Link href={url} download={fileName}>
      {tr('result.download', { fileName })}
    </Link>
  );
}
