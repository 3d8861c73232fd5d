import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, signedIn, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import { CalendarFeedSection } from './CalendarFeedSection';

const FIRST = {
  url: 'https://agora.test/api/calendar/first.ics',
  webcalUrl: 'webcal://agora.test/api/calendar/first.ics',
};
const SECOND = {
  url: 'https://agora.test/api/calendar/second.ics',
  webcalUrl: 'webcal://agora.test/api/calendar/second.ics',
};

describe('CalendarFeedSection', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows my link, copies it, and offers it to the calendar application', async () => {
    stubApi({ ...signedIn(), 'GET /api/me/calendar-feed': () => json(200, FIRST) });
    const user = userEvent.setup();
    renderRoute(<CalendarFeedSection />, { path: '/me', signedIn: true });

    expect(await screen.findByLabelText('Private calendar link')).toHaveValue(FIRST.url);
    await user.click(screen.getByRole('button', { name: 'Copy the link' }));
    expect(await navigator.clipboard.readText()).toBe(FIRST.url);
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open in my calendar app' })).toHaveAttribute(
      'href',
      FIRST.webcalUrl,
    );
    expect(screen.getByText(/Google Calendar/)).toBeInTheDocument();
  });

  it('replaces the link only after confirmation, and shows the new one', async () => {
    const api = stubApi({
      ...signedIn(),
      'GET /api/me/calendar-feed': () => json(200, FIRST),
      'POST /api/me/calendar-feed/rotate': () => json(200, SECOND),
    });
    const confirm = vi
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    const user = userEvent.setup();
    renderRoute(<CalendarFeedSection />, { path: '/me', signedIn: true });
    await screen.findByLabelText('Private calendar link');

    await user.click(screen.getByRole('button', { name: 'Replace the link' }));
    expect(api.calls('POST /api/me/calendar-feed/rotate')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Replace the link' }));
    expect(await screen.findByRole('status')).toHaveTextContent('the old one no longer works');
    expect(screen.getByLabelText('Private calendar link')).toHaveValue(SECOND.url);
    expect(api.calls('POST /api/me/calendar-feed/rotate')).toHaveLength(1);
    expect(confirm).toHaveBeenCalledTimes(2);
  });
});
