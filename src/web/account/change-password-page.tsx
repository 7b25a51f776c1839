import { Alert, Button, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { useAction } from '../api/use-api';
import { ErrorAlert } from '../components/error-alert';
import { PageHeader } from '../components/page-header';
import { useSession } from '../session/session-context';

const MIN_LENGTH = 12;

/** Change my password. The server ends every session of mine, so I sign in again with the new one. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const change = useAction((body: { currentPassword: string; newPassword: string }) => api.post('/me/password', { body }));
  const mismatch = repeat.length > 0 && next !== repeat;
  const tooShort = next.length > 0 && next.length < MIN_LENGTH;
  const forced = Boolean((session.actor as { mustChangePassword?: boolean } | null)?.mustChangePassword);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (mismatch || tooShort) return;
    const ok = await change.run({ currentPassword: current, newPassword: next });
    if (ok === undefined) return;
    notifications.show({ color: 'teal', title: t('account.password.changedTitle'), message: t('account.password.changedMessage') });
    session.clear();
    navigate('/sign-in', { replace: true });
  };

  return (
    <>
      <PageHeader title={t('account.password.title')} description={t('account.password.description')} />
      <Paper withBorder p="lg" maw={520}>
        <form onSubmit={submit} noValidate>
          <Stack>
            {forced && <Alert color="yellow">{t('account.password.forced')}</Alert>}
            <ErrorAlert error={change.error} />
            <PasswordInput
              label={t('account.password.current')}
              autoComplete="current-password"
              required
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('account.password.new')}
              description={t('account.password.rules', { min: MIN_LENGTH })}
              autoComplete="new-password"
              required
              value={next}
              error={tooShort ? t('account.password.tooShort', { min: MIN_LENGTH }) : undefined}
              onChange={(e) => setNext(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('account.password.repeat')}
              autoComplete="new-password"
              required
              value={repeat}
              error={mismatch ? t('account.password.mismatch') : undefined}
              onChange={(e) => setRepeat(e.currentTarget.value)}
            />
            <Text size="xs" c="dimmed">
              {t('account.password.signOutNote')}
            </Text>
            <Button type="submit" loading={change.pending} disabled={!current || !next || mismatch || tooShort} w="fit-content">
              {t('account.password.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
