import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api/problem';
import { AuthProvider } from './auth/AuthProvider';
import { cssVariablesResolver, theme } from './theme';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // 4xx answers will not change by asking again.
        retry: (count, error) => count < 2 && !(isApiError(error) && error.status < 500),
      },
    },
  });
}

/** Everything a page needs around it; the tests wrap pages in the same providers. */
export function Providers(props: {
  children: ReactNode;
  queryClient?: QueryClient;
  /** `test` turns Mantine's transitions and portals off, for jsdom. */
  env?: 'default' | 'test';
}) {
  const { children, queryClient, env } = props;
  const [client] = useState(() => queryClient ?? createQueryClient());
  const { t, i18n } = useTranslation();
  // The × of dialogs and drawers is an icon: it gets its name in the reader's language.
  const localTheme = useMemo(() => {
    const close = { defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } };
    return mergeThemeOverrides(theme, { components: { Modal: close, Drawer: close } });
  }, [t]);
  return (
    <MantineProvider theme={localTheme} env={env} cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ locale: i18n.language }}>
        <QueryClientProvider client={client}>
          <AuthProvider>{children}</AuthProvider>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
