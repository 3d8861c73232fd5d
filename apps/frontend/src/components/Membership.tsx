import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../api/schema';

/** An association someone belongs to, with their role and title there. */
export function Membership({
  association,
}: {
  association: components['schemas']['UserAssociationDto'];
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      <Anchor component={Link} to={`/associations/${association.id}`}>
        {association.name}
      </Anchor>
      <Badge variant="light">{t(`roles.${association.role}`)}</Badge>
      {association.title && (
        <Text size="sm" c="dimmed">
          {association.title}
        </Text>
      )}
    </Group>
  );
}
