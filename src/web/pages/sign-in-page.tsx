import { Alert, Anchor, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useAction } from '../api/use-api';
import type { PersonActor } from '../api/types';
import { errorText } from '../components/error-text';
import { LanguageSwitcher } from '../components/language-switcher';
import { PAGES } from '../../core/pages.js';
import { homePath } from '../session/guards';
import { useSession } from '../session/session-context';

/** Where to go after signing in: back where the person was headed, else their home; first a password change when required. */
function nextPath(actor: PersonActor, from: unknown): string {
  if ((actor as { mustChangePassword?: boolean }).mustChangePassword) return PAGES.accountPassword;
  // Not back to the password change just made (the change ends the session and sends the person here).
  const back = typeof from === 'string' && from.startsWith('/') && !from.startsWith(PAGES.signIn) && !from.startsWith(PAGES.accountPassword) ? from : null;
  const staffOnly = back?.startsWith('/console') || back?.startsWith('/admin');
  if (back && (actor.kind === 'user' ? !back.startsWith('/support') : !staffOnly)) return back;
  return homePath(actor);
}

export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useAction(session.signIn);

  useEffect(() => {
    document.title = `${t('signIn.title')} · ${t('app.name')}`;
  }, [t]);

  // The same destination as after submitting: the session update re-renders this page before the
  // navigation lands, and sending it home here lost the page a mail's link asked for (issue 13 item 7).
  if (session.status === 'signed-in' && session.actor && !login.pending) return <Navigate to={nextPath(session.actor, from)} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const actor = await login.run(email.trim(), password);
    if (actor) navigate(nextPath(actor, from), { replace: true });
  };

  const error = login.error;
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)" py={{ base: 'md', sm: 60 }} px="md">
      <Group justify="flex-end" maw={420} mx="auto" mb="md">
        <LanguageSwitcher />
      </Group>
      <Center>
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={420}>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Group gap="sm" wrap="nowrap">
                <img src="/favicon.svg" alt="" width={36} height={36} />
                <div>
                  <Title order={1} fz="h2">
                    {t('app.name')}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('signIn.tagline')}
                  </Text>
                </div>
              </Group>
              {session.expired && !error && (
                <Alert color="blue" variant="light">
                  {t('signIn.expired')}
                </Alert>
              )}
              {error && (
                <Alert color="red" variant="light" role="alert" title={t('signIn.failed')} data-testid="sign-in-error">
                  {errorText(t, error)}
                </Alert>
              )}
              <TextInput
                label={t('signIn.email')}
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                autoFocus
              />
              <PasswordInput
                label={t('signIn.password')}
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              <Button type="submit" loading={login.pending} disabled={!email.trim() || !password} fullWidth>
                {t('signIn.submit')}
              </Button>
              <Text size="xs" c="dimmed" ta="center">
                {t('signIn.help')}{' '}
                <Anchor href="/api/docs" size="xs">
                  {t('signIn.apiDocs')}
                </Anchor>
              </Text>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
