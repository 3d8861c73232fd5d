import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * What an outsider finds on a members-only tab: why it is closed and the way in (an invitation
 * from an admin), rather than the server's "not found" that keeps the content hidden.
 */
export function MembersOnly({ name, what }: { name: string; what: 'minutes' | 'events' }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" title={t('outsider.title')}>
      <Text size="sm">{t(`outsider.${what}`, { name })}</Text>
      <Text size="sm" mt="xs">
        {t('outsider.wayIn')}{' '}
        <Anchor component={Link} to="/invitations" size="sm">
          {t('outsider.myInvitations')}
        </Anchor>
      </Text>
    </Alert>
  );
}
