import { useState } from 'react';
import { Alert, Badge, Button, Code, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { RelativeTime } from '@/components/relative-time';
import { useMinuteTick } from '@/lib/minute-tick';
import { useDiscardEmail, useOutboxLists, useRetryEmail } from '../api/email-outbox-api';
import type { OutboxEmail } from '../types';
import classes from './email-outbox.module.css';

// A kind the server adds later still shows, by its name.
const KIND_LABELS: Partial<Record<string, string>> = {
  notification: 'Notification',
  digest: 'Daily digest',
  invitation: 'Invitation',
};
const kindLabel = (kind: string) => KIND_LABELS[kind] ?? kind;

/** What the e-mail is about: its subject, once written (a notification's is written when it is first tried). */
const about = (email: OutboxEmail) => email.subject ?? `${kindLabel(email.kind)} e-mail`;

/** Whom it is for: name and address, as the server knows them. */
function recipient(email: OutboxEmail): string {
  if (email.recipientName && email.toAddress) return `${email.recipientName} <${email.toAddress}>`;
  return email.toAddress ?? email.recipientName ?? 'an unknown recipient';
}

const attempts = (n: number) => (n === 0 ? 'Not tried yet' : `${n} attempt${n === 1 ? '' : 's'}`);

/** Within a minute counts as now (the server's clock and this one may differ by seconds). */
const SOON_MS = 60_000;

function NextAttempt({ email, smtpConfigured }: { email: OutboxEmail; smtpConfigured: boolean }) {
  const now = useMinuteTick();
  if (email.status === 'failed') {
    return (
      <Text size="xs" c="dimmed">
        {smtpConfigured ? 'Given up: no further attempts unless you retry it.' : 'Given up: no further attempts.'}
      </Text>
    );
  }
  if (!smtpConfigured) {
    // the sender sends nothing without a server: "due now" would be untrue for ever
    return (
      <Text size="xs" c="dimmed">
        Not sent: no SMTP server is configured.
      </Text>
    );
  }
  if (Date.parse(email.nextAttemptAt) <= now + SOON_MS) {
    return (
      <Text size="xs" c="dimmed">
        Due now: the sender takes it within seconds.
      </Text>
    );
  }
  return (
    <Group gap={4}>
      <Text size="xs" c="dimmed">
        Next attempt
      </Text>
      <RelativeTime value={email.nextAttemptAt} size="xs" c="dimmed" />
    </Group>
  );
}

interface LineProps {
  email: OutboxEmail;
  smtpConfigured: boolean;
  retrying: boolean;
  onRetry: () => void;
  onDiscard: () => void;
}

function OutboxLine({ email, smtpConfigured, retrying, onRetry, onDiscard }: LineProps) {
  const title = about(email);
  // without a server a retry would only make it "due" again: nothing would go out
  const retryable = email.retryable && smtpConfigured;
  return (
    <Paper withBorder p="sm" radius="md" component="li" aria-label={title} data-testid={`outbox-email-${email.id}`}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} miw={0} flex="1 1 280px">
          <Group gap="xs" wrap="wrap">
            <Badge size="sm" variant="light" color={email.status === 'failed' ? 'red' : 'yellow'}>
              {email.status === 'failed' ? 'Failed' : 'Waiting'}
            </Badge>
            <Badge size="sm" variant="outline" color="gray">
              {kindLabel(email.kind)}
            </Badge>
            <Text size="xs" c="dimmed">
              {attempts(email.attempts)}
            </Text>
          </Group>
          <Text size="sm" fw={600} className={classes.wrap}>
            {title}
          </Text>
          <Text size="sm" className={classes.wrap}>
            To {recipient(email)}
          </Text>
          {email.lastError && (
            <Text size="sm" c="red.8" className={classes.wrap} data-testid="outbox-last-error">
              {email.lastError}
            </Text>
          )}
          <NextAttempt email={email} smtpConfigured={smtpConfigured} />
        </Stack>
        {(retryable || email.discardable) && (
          <Group gap="xs" wrap="nowrap">
            {retryable && (
              <Button size="xs" loading={retrying} onClick={onRetry} aria-label={`Retry now: ${title}`}>
                Retry now
              </Button>
            )}
            {email.discardable && (
              <Button
                size="xs"
                variant="default"
                color="red"
                disabled={retrying}
                onClick={onDiscard}
                aria-label={`Discard: ${title}`}
              >
                Discard
              </Button>
            )}
          </Group>
        )}
      </Group>
    </Paper>
  );
}

interface SectionProps {
  title: string;
  label: string;
  emails: OutboxEmail[] | undefined;
  loading: boolean;
  error: string | undefined;
  empty: string;
  smtpConfigured: boolean;
  retryingId: string | undefined;
  onRetry: (email: OutboxEmail) => void;
  onDiscard: (email: OutboxEmail) => void;
}

function OutboxSection({
  title,
  label,
  emails,
  loading,
  error,
  empty,
  smtpConfigured,
  retryingId,
  onRetry,
  onDiscard,
}: SectionProps) {
  const headingId = `outbox-${label.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Group gap="xs">
        <Title order={2} size="h5" id={headingId}>
          {title}
        </Title>
        {emails && (
          <Badge size="sm" variant="light" color="gray">
            {emails.length}
          </Badge>
        )}
      </Group>
      {loading && <Loader size="sm" aria-label={`Loading ${label.toLowerCase()}`} />}
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
      {emails?.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {emails && emails.length > 0 && (
        <Stack gap="xs" component="ul" p={0} m={0} aria-label={label}>
          {emails.map((email) => (
            <OutboxLine
              key={email.id}
              email={email}
              smtpConfigured={smtpConfigured}
              retrying={retryingId === email.id}
              onRetry={() => onRetry(email)}
              onDiscard={() => onDiscard(email)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** Said when the server answers that no SMTP server is configured: why nothing goes out, and what to do. */
function NoSmtpServer() {
  return (
    <Alert color="yellow" variant="light" title="E-mail is not sent on this installation" role="status">
      <Text size="sm">
        No SMTP server is configured, so e-mails wait here and none is sent. Set <Code>WORKTRACKR_SMTP_HOST</Code> (with
        its port and credentials, see the README's Configuration) on the server and restart it: the waiting e-mails
        still waiting then go out. You can discard the ones that should never go.
      </Text>
    </Alert>
  );
}

/**
 * `/settings/email-outbox` (admins): e-mails that failed or still wait to go out, why in words, and "Retry now"
 * or "Discard" for each. Sent e-mails leave the page. Without an SMTP server (the server says so) the page says
 * why nothing goes out instead of promising each e-mail "due now", and offers no retry.
 */
export function EmailOutboxSettings() {
  const { failed, pending } = useOutboxLists();
  // the server's word; until it has answered, no claim either way
  const delivery = pending.data?.delivery ?? failed.data?.delivery;
  const smtpConfigured = delivery?.smtpConfigured ?? true;
  const retry = useRetryEmail();
  const discard = useDiscardEmail();
  const [discarding, setDiscarding] = useState<OutboxEmail | null>(null);

  const onRetry = (email: OutboxEmail) =>
    retry.mutate(email.id, {
      onSuccess: () =>
        notifications.show({
          color: 'teal',
          title: 'E-mail queued',
          message: `"${about(email)}" goes out to ${recipient(email)} within seconds.`,
        }),
      onError: (problem) =>
        notifications.show({ color: 'red', title: 'Could not retry the e-mail', message: problem.humanMessage }),
    });

  const nothing = failed.data?.items.length === 0 && pending.data?.items.length === 0;
  return (
    <Stack gap="lg">
      <PageHeader
        title="E-mail outbox"
        description="Notification e-mails and invitations that failed or still wait to go out, and why. Sent e-mails leave this page."
      />
      {delivery?.smtpConfigured === false && <NoSmtpServer />}
      {nothing ? (
        <EmptyState title="Nothing failed, nothing waiting">
          {smtpConfigured ? 'Every e-mail has gone out.' : 'New e-mails will wait here.'}
        </EmptyState>
      ) : (
        <>
          <OutboxSection
            title="Failed"
            label="Failed e-mails"
            emails={failed.data?.items}
            loading={failed.isPending}
            error={failed.error?.humanMessage}
            empty="No e-mail has failed."
            smtpConfigured={smtpConfigured}
            retryingId={retry.isPending ? retry.variables : undefined}
            onRetry={onRetry}
            onDiscard={setDiscarding}
          />
          <OutboxSection
            title="Waiting"
            label="Waiting e-mails"
            emails={pending.data?.items}
            loading={pending.isPending}
            error={pending.error?.humanMessage}
            empty="No e-mail is waiting."
            smtpConfigured={smtpConfigured}
            retryingId={retry.isPending ? retry.variables : undefined}
            onRetry={onRetry}
            onDiscard={setDiscarding}
          />
        </>
      )}
      <ConfirmDialog
        opened={discarding !== null}
        title="Discard this e-mail?"
        confirmLabel="Discard e-mail"
        danger
        pending={discard.isPending}
        error={discard.error?.humanMessage}
        onClose={() => {
          setDiscarding(null);
          discard.reset();
        }}
        onConfirm={() => {
          if (!discarding) return;
          discard.mutate(discarding.id, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: `"${about(discarding)}" discarded: it will not be sent.` });
              setDiscarding(null);
            },
          });
        }}
      >
        {discarding ? `"${about(discarding)}" to ${recipient(discarding)} will never be sent.` : ''}
      </ConfirmDialog>
    </Stack>
  );
}
