import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { Person } from '../model';

/**
 * Art. 15: fetches everything Lotse holds about the person and hands it to the browser as a file.
 * The data travels in the response body and a blob in memory only, never in a URL or the history.
 */
export async function downloadPersonalData(person: Person, today = new Date()): Promise<string> {
  const data = await unwrap(api.GET(`/api/v1/${person.subject}/{id}/personal-data`, { params: { path: { id: person.id } } }));
  const fileName = `lotse-${person.subject}-${person.id}-${today.toISOString().slice(0, 10)}.json`;
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the blob to the download already; nothing keeps it in memory afterwards.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return fileName;
}

export function useDownloadPersonalData(person: Person) {
  return useMutation({ mutationFn: () => downloadPersonalData(person) });
}
