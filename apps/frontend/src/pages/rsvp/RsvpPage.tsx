import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { isApiError, unwrap } from '../../api/problem';
import { useProblemMessage } from '../../api/problem-message';
import { PageLoader } from '../../components/PageLoader';
import { type Answer, AnswerButtons, isAnswer } from '../../events/AnswerButtons';
import { EventWhen } from '../../events/EventWhen';

/**
 * The page the answer links of an invitation mail open. Opening it records nothing (mail scanners
 * follow links): the answer in the link is only highlighted until the person presses a button.
 */
export default function RsvpPage() {
  const { t } = useTranslation();
  const describe = useProblemMessage();
  const token = useParams().token ?? '';
  const suggested = useSearchParams()[0].get('answer');
  const preview = useQuery({
    queryKey: ['rsvp-preview', token],
    queryFn: async () => unwrap(await api.POST('/api/rsvp/preview', { body: { token } })),
    retry: false,
  });
  const answer = useMutation({
    mutationFn: async (choice: Answer) =>
      unwrap(await api.POST('/api/rsvp', { body: { token, answer: choice } })),
  });

  const error = preview.error ?? answer.error;
  let content;
  if (error) {
    content = (
      <Alert color="red" role="alert">
        {isApiError(error, 409)
          ? t('rsvp.cancelled')
          : isApiError(error, 404)
            ? t('rsvp.invalid')
            : describe(error)}
      </Alert>
    );
  } else if (!preview.data) {
    content = <PageLoader />;
  } else {
    const event = preview.data;
    const current = answer.data?.answer ?? event.answer;
    const highlighted = current ?? (isAnswer(suggested) ? suggested : null);
    content = (
      <>
        <Stack gap={4}>
          <Text c="dimmed">{event.associationName}</Text>
          <Title order={2} size="h3">
            {event.title}
          </Title>
          <EventWhen event={event} size="md" />
          {event.location && <Text>{event.location}</Text>}
        </Stack>
        {answer.isSuccess ? (
          <Alert color="green" role="status">
            {t('rsvp.recorded', { answer: t(`rsvp.answers.${answer.data.answer}`) })}
          </Alert>
        ) : current ? (
          <Text>{t('rsvp.current', { answer: t(`rsvp.answers.${current}`) })}</Text>
        ) : null}
        <Text fw={500} id="rsvp-question">
          {t('rsvp.question')}
        </Text>
        <AnswerButtons
          selected={highlighted}
          pending={answer.isPending ? answer.variables : null}
          label={(choice) => t(`rsvp.answers.${choice}`)}
          onAnswer={(choice) => answer.mutate(choice)}
          labelledBy="rsvp-question"
        />
      </>
    );
  }

  return (
    <Paper maw={520} mx="auto" p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          {t('rsvp.title')}
        </Title>
        {content}
      </Stack>
    </Paper>
  );
}
