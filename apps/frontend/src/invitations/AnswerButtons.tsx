import { Button, Checkbox, Group, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Accept and Decline for one invitation. Declining asks once more, with the choice of not being
 * invited by this association again; nothing is sent before that second click.
 */
export function AnswerButtons(props: {
  /** Absent where accepting needs a login first: declining never does. */
  onAccept?: () => unknown;
  onDecline: (block: boolean) => unknown;
  accepting?: boolean;
  declining: boolean;
  /** The link from the mail said "decline": open the decline question at once, still unanswered. */
  declineFirst?: boolean;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(Boolean(props.declineFirst));
  const [block, setBlock] = useState(false);
  const busy = props.accepting || props.declining;

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {props.onAccept && (
          <Button onClick={props.onAccept} loading={props.accepting} disabled={busy}>
            {t('invitations.accept')}
          </Button>
        )}
        {!asking && (
          <Button variant="default" onClick={() => setAsking(true)} disabled={busy}>
            {t('invitations.decline')}
          </Button>
        )}
      </Group>
      {asking && (
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <Checkbox
              label={t('invitations.block')}
              checked={block}
              onChange={(event) => setBlock(event.currentTarget.checked)}
            />
            <Group gap="xs">
              <Button
                color="red"
                onClick={() => props.onDecline(block)}
                loading={props.declining}
                disabled={busy}
              >
                {t('invitations.confirmDecline')}
              </Button>
              <Button variant="subtle" onClick={() => setAsking(false)} disabled={busy}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
