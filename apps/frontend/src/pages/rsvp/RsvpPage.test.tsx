import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n/i18n';
import { json, problem, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import RsvpPage from './RsvpPage';

const route = { path: '/rsvp/:token', url: '/rsvp/tok-1?answer=tentative' };
const picnic = {
  associationName: 'Chess club',
  title: 'Picnic',
  location: 'Park',
  startsAt: '2030-06-01T10:00:00.000Z',
  endsAt: '2030-06-01T13:00:00.000Z',
  timeZone: 'Europe/Paris',
  answer: null,
};

describe('RsvpPage', () => {
  it('shows the event and records nothing until a button is pressed', async () => {
    const api = stubApi({
      'POST /api/rsvp/preview': () => json(200, picnic),
      'POST /api/rsvp': (request) =>
        json(200, { answer: (request.body as { answer: string }).answer }),
    });
    const user = userEvent.setup();
    renderRoute(<RsvpPage />, route);

    expect(await screen.findByText('Picnic')).toBeInTheDocument();
    expect(screen.getByText('Chess club')).toBeInTheDocument();
    expect(api.calls('POST /api/rsvp/preview')[0].body).toEqual({ token: 'tok-1' });
    expect(api.calls('POST /api/rsvp')).toHaveLength(0);
    expect(screen.getByRole('group', { name: 'Will you come?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Maybe' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'false');

    await user.click(screen.getByRole('button', { name: 'Maybe' }));
    expect(await screen.findByRole('status')).toHaveTextContent('your answer is recorded: Maybe');
    expect(api.calls('POST /api/rsvp').map((call) => call.body)).toEqual([
      { token: 'tok-1', answer: 'tentative' },
    ]);
  });

  it('speaks French and says when the link no longer works', async () => {
    await changeLanguage('fr');
    stubApi({ 'POST /api/rsvp/preview': () => problem(404) });
    renderRoute(<RsvpPage />, route);

    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien ne fonctionne pas');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Votre réponse');
    await changeLanguage('en');
  });

  it('says when the event is cancelled', async () => {
    stubApi({ 'POST /api/rsvp/preview': () => problem(409) });
    renderRoute(<RsvpPage />, route);

    expect(await screen.findByRole('alert')).toHaveTextContent('This event is cancelled');
  });
});
