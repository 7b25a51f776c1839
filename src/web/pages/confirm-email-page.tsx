import { Alert, Anchor, Box, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, view } from '../api/client';
import { useAction } from '../api/use-api';
import { errorText } from '../components/error-text';
import { LanguageSwitcher } from '../components/language-switcher';

/**
 * The support center's public page behind the link mailed to a new contact
 * address (issue 13 item 6). It confirms only when the person presses the
 * button: mail scanners that open links on their own confirm nothing.
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [done, setDone] = useState(false);
  const confirm = useAction((tok: string) => api.post('/auth/confirm-email', { body: { token: tok } }, view<{ confirmed: true }>()));

  useEffect(() => {
    document.title = `${t('confirmEmail.title')} · ${t('app.name')}`;
  }, [t]);

  const submit = async () => {
    if (await confirm.run(token)) setDone(true);
  };

  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)" py={{ base: 'md', sm: 60 }} px="md">
      <Group justify="flex-end" maw={460} mx="auto" mb="md">
        <LanguageSwitcher />
      </Group>
      <Center>
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={460}>
          <Stack gap="md">
            <Title order={1} fz="h2">
              {t('confirmEmail.title')}
            </Title>
            {done ? (
              <Alert color="green" data-testid="confirm-email-done">
                {t('confirmEmail.done')}
              </Alert>
            ) : (
              <>
                <Text>{token ? t('confirmEmail.intro') : t('confirmEmail.noToken')}</Text>
                {confirm.error && (
                  <Alert color="red" role="alert">
                    {errorText(t, confirm.error)}
                  </Alert>
                )}
                {token && (
                  <Button onClick={() => void submit()} loading={confirm.pending} data-testid="confirm-email">
                    {t('confirmEmail.confirm')}
                  </Button>
                )}
              </>
            )}
            <Anchor component={Link} to="/sign-in" size="sm">
              {t('confirmEmail.signIn')}
            </Anchor>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
