import { authFetch } from '../auth/session';

/**
 * Downloads an event's .ics. The route needs the bearer token, which a plain link cannot carry, so the
 * file is fetched and handed to the browser as a blob.
 */
export async function downloadIcs(eventId: string, title: string): Promise<void> {
  const response = await authFetch(new Request(`${window.location.origin}/api/events/${encodeURIComponent(eventId)}/ics`));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'event'}.ics`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
