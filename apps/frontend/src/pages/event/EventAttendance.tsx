import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { isApiError, unwrap } from '../../api/problem';
import { useProblemMessage } from '../../api/problem-message';
import { useAuth } from '../../auth/AuthProvider';
import { type Answer, ANSWERS, AnswerButtons } from '../../events/AnswerButtons';

/**
 * "Will you come?" and who comes. The answer buttons are left out of a cancelled event (the server
 * would refuse with 409); the attendance stays so one can see who had planned to come.
 */
export function EventAttendance({ eventId, cancelled }: { eventId: string; cancelled: boolean }) {
  const { t } = useTranslation();
  const describe = useProblemMessage();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const attendanceKey = ['events', eventId, 'attendance'];
  const attendance = useQuery({
    queryKey: attendanceKey,
    queryFn: async () =>
      unwrap(await api.GET('/api/events/{id}/attendance', { params: { path: { id: eventId } } })),
  });
  const answer = useMutation({
    mutationFn: async (choice: Answer) =>
      unwrap(
        await api.PUT('/api/events/{id}/rsvp', {
          params: { path: { id: eventId } },
          body: { answer: choice },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: attendanceKey }),
        // My events shows my answer too.
        queryClient.invalidateQueries({ queryKey: ['me', 'events'] }),
      ]),
  });

  const data = attendance.data;
  const mine =
    answer.data?.answer ??
    data?.answered.find((attendee) => attendee.userId === user?.id)?.answer ??
    null;
  const label = (choice: Answer) => t(`attendance.answers.${choice}`);

  return (
    <Stack gap="sm">
      {!cancelled && (
        <Stack gap="xs" component="section" aria-labelledby="answer-question">
          <Title order={2} size="h4" id="answer-question">
            {t('attendance.question')}
          </Title>
          <AnswerButtons
            selected={mine}
            pending={answer.isPending ? answer.variables : null}
            label={label}
            onAnswer={(choice) => answer.mutate(choice)}
            labelledBy="answer-question"
          />
          <div role="status">
            {answer.isSuccess && t('attendance.saved', { answer: label(answer.data.answer) })}
          </div>
          {answer.error && (
            <Alert color="red" role="alert">
              {isApiError(answer.error, 409) ? t('attendance.cancelled') : describe(answer.error)}
            </Alert>
          )}
        </Stack>
      )}
      <Stack gap="xs" component="section" aria-labelledby="attendance-title">
        <Title order={2} size="h4" id="attendance-title">
          {t('attendance.title')}
        </Title>
        {attendance.error && (
          <Alert color="red" role="alert">
            {t('attendance.loadFailed', { detail: describe(attendance.error) })}
          </Alert>
        )}
        {data && (
          <>
            <Text>{t('attendance.summary', data.counts)}</Text>
            {ANSWERS.map((choice) => (
              <NameList
                key={choice}
                title={`${label(choice)} (${data.counts[choice]})`}
                people={data.answered.filter((attendee) => attendee.answer === choice)}
              />
            ))}
            {data.notAnswered && (
              <NameList
                title={`${t('attendance.notAnswered')} (${data.notAnswered.length})`}
                people={data.notAnswered}
              />
            )}
          </>
        )}
      </Stack>
    </Stack>
  );
}

function NameList({
  title,
  people,
}: {
  title: string;
  people: { userId: string; name: string }[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-label={title}>
      <Title order={3} size="h6">
        {title}
      </Title>
      {people.length ? (
        <List size="sm">
          {people.map((person) => (
            <List.Item key={person.userId}>{person.name}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {t('attendance.nobody')}
        </Text>
      )}
    </section>
  );
}
