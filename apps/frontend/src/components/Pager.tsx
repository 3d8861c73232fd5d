import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Page controls for `{items, total, page, pageSize}` lists; hidden when everything fits on one page. */
export function Pager(props: {
  total: number;
  page: number;
  pageSize: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (pages <= 1) return null;
  return (
    <Group justify="space-between" wrap="wrap" mt="md">
      <Text size="sm" c="dimmed">
        {t('common.pageOf', { page: props.page, pages })}
      </Text>
      <Pagination
        total={pages}
        value={props.page}
        onChange={props.onChange}
        size="sm"
        getControlProps={(control) =>
          control === 'previous'
            ? { 'aria-label': t('common.previous') }
            : control === 'next'
              ? { 'aria-label': t('common.next') }
              : {}
        }
      />
    </Group>
  );
}
