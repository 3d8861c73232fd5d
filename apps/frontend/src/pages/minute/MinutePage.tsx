import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { isApiError, unwrap } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/QueryState';
import { formatHeldOn, minuteHeading } from '../../minutes/heading';

/** What the minutes tab shows after a deletion: the way to undo it. */
export interface DeletedMinute {
  id: string;
  heading: string;
}

/**
 * One set of minutes as a document: readable on a phone, printable (the app's frame is left out
 * of the print), with the voters named. Admins edit it from the minutes tab, and delete it here
 * after a confirmation; the tab then offers to undo.
 */
export default function MinutePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { associationId = '', minuteId = '' } = useParams();
  const [confirming, setConfirming] = useState(false);
  const minute = useQuery({
    queryKey: ['associations', associationId, 'minutes', minuteId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/associations/{id}/minutes/{minuteId}', {
          params: { path: { id: associationId, minuteId } },
        }),
      ),
    retry: (failures, error) => !isApiError(error) && failures < 2,
  });
  const association = useQuery({
    queryKey: ['associations', associationId],
    queryFn: async () =>
      unwrap(await api.GET('/api/associations/{id}', { params: { path: { id: associationId } } })),
  });
  const tabUrl = `/associations/${associationId}?tab=minutes`;
  const remove = useMutation({
    mutationFn: async (heading: string) => {
      unwrap(
        await api.DELETE('/api/associations/{id}/minutes/{minuteId}', {
          params: { path: { id: associationId, minuteId } },
        }),
      );
      return heading;
    },
    onSuccess: (heading) => {
      const deleted: DeletedMinute = { id: minuteId, heading };
      void navigate(tabUrl, { state: { deletedMinute: deleted } });
    },
  });

  if (isApiError(minute.error, 404) || isApiError(minute.error, 400)) {
    return (
      <Stack>
        <Title order={1} size="h2">
          {t('minutes.notFoundTitle')}
        </Title>
        <Alert color="gray">{t('minutes.notFoundBody')}</Alert>
      </Stack>
    );
  }

  return (
    <QueryState query={minute}>
      {() => {
        const shown = minute.data!;
        const heading = minuteHeading(shown, t, i18n.language);
        const isAdmin = association.data?.myRole === 'admin';
        return (
          <Stack component="article" aria-labelledby="minute-title">
            {association.data && (
              <Anchor component={Link} to={tabUrl} className="no-print">
                ← {association.data.name}
              </Anchor>
            )}
            <Title order={1} size="h2" id="minute-title">
              {heading}
            </Title>
            <Group gap="xs">
              <Badge variant="light">{t(`minutes.kinds.${shown.kind}`)}</Badge>
              <Text>{formatHeldOn(shown.heldOn, i18n.language)}</Text>
              {association.data && <Text c="dimmed">· {association.data.name}</Text>}
            </Group>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{shown.content}</Text>
            <Stack gap={4}>
              <Title order={2} size="h5">
                {t('minutes.votersCount', { count: shown.voters.length })}
              </Title>
              <Text size="sm">
                {shown.voters.map((voter) => `${voter.firstName} ${voter.lastName}`).join(', ') ||
                  '—'}
              </Text>
            </Stack>
            <Group className="no-print">
              <Button variant="default" onClick={() => window.print()}>
                {t('minutes.print')}
              </Button>
              {isAdmin && (
                <>
                  <Button
                    variant="default"
                    component={Link}
                    to={`${tabUrl}&edit=${encodeURIComponent(minuteId)}`}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    color="red"
                    variant="subtle"
                    disabled={confirming}
                    onClick={() => setConfirming(true)}
                  >
                    {t('common.delete')}
                  </Button>
                </>
              )}
            </Group>
            {/* Asked in place rather than in a dialog: a modal would add its focus trap to the page. */}
            {confirming && (
              <Paper
                withBorder
                p="md"
                role="region"
                aria-labelledby="minute-delete-title"
                className="no-print"
              >
                <Stack>
                  <Title order={2} size="h4" id="minute-delete-title">
                    {t('minutes.deleteTitle')}
                  </Title>
                  <Text>{t('minutes.deleteConfirm', { heading })}</Text>
                  <FormAlert error={remove.error} />
                  <Group>
                    <Button
                      color="red"
                      loading={remove.isPending}
                      onClick={() => remove.mutate(heading)}
                    >
                      {t('common.delete')}
                    </Button>
                    <Button variant="default" onClick={() => setConfirming(false)}>
                      {t('common.cancel')}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
