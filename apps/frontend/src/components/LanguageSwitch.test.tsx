import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, ME, signedIn, stubApi } from '../test/api-stub';
import { renderRoute } from '../test/render';
import { LanguageSwitch } from './LanguageSwitch';
import { useTranslation } from 'react-i18next';

function Probe() {
  const { t } = useTranslation();
  return (
    <>
      <LanguageSwitch />
      <p>{t('nav.logout')}</p>
    </>
  );
}

describe('LanguageSwitch', () => {
  it('switches the interface to French and saves it as the language of my mails', async () => {
    const api = stubApi({
      ...signedIn(),
      'PATCH /api/users/me': () => json(200, { ...ME, locale: 'fr' }),
    });
    renderRoute(<Probe />, { signedIn: true });
    await screen.findByText('Log out');

    await userEvent.setup().click(screen.getByText('FR'));

    expect(await screen.findByText('Se déconnecter')).toBeInTheDocument();
    await waitFor(() => expect(api.calls('PATCH /api/users/me')).toHaveLength(1));
    expect(api.calls('PATCH /api/users/me')[0].body).toEqual({ locale: 'fr' });
    expect(document.documentElement.lang).toBe('fr');
  });

  it('only switches the interface when nobody is signed in', async () => {
    const api = stubApi({});
    renderRoute(<Probe />);

    await userEvent.setup().click(screen.getByText('FR'));

    expect(await screen.findByText('Se déconnecter')).toBeInTheDocument();
    expect(api.calls('PATCH /api/users/me')).toHaveLength(0);
  });
});
