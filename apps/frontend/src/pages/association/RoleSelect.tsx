import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The role a member has, or an invitation offers, in an association. */
export function RoleSelect(props: Omit<NativeSelectProps, 'data' | 'label'>) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('fields.role')}
      data={[
        { value: 'member', label: t('roles.member') },
        { value: 'admin', label: t('roles.admin') },
      ]}
      w={150}
      {...props}
    />
  );
}
