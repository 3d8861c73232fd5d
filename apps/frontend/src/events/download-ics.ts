import { api } from '../api/client';
import { unwrap } from '../api/problem';

/**
 * Downloads an event's .ics. The route needs the bearer token, which a plain link cannot carry, so the
 * file is fetched through the API client and handed to the browser as a blob.
 */
export async function downloadIcs(eventId: string, title: string): Promise<void> {
  const file = unwrap(
    await api.GET('/api/events/{id}/ics', { params: { path: { id: eventId } }, parseAs: 'blob' }),
  );
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'event'}.ics`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
