import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ApiTokenView, CreatedApiToken } from '../api/types';
import { useAction, useApi } from '../api/use-api';
import { ConfirmButton } from '../components/confirm-button';
import { Empty } from '../components/empty';
import { ErrorAlert } from '../components/error-alert';
import { KeyIcon } from '../components/icons';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { SecretReveal } from '../components/secret-reveal';
import { ListTable, SecondaryTd } from '../admin/shared/list-table';
import { useFormat } from '../i18n/format';

function TokenState({ token }: { token: ApiTokenView }) {
  const { t } = useTranslation();
  if (token.revokedAt) return <Badge color="gray">{t('account.tokens.revoked')}</Badge>;
  if (token.expiresAt && new Date(token.expiresAt).getTime() < Date.now()) return <Badge color="orange">{t('account.tokens.expired')}</Badge>;
  return <Badge color="teal">{t('account.tokens.active')}</Badge>;
}

/** My personal API tokens: create (the secret is shown once), list, revoke. */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const list = useApi((signal) => api.get<{ items: ApiTokenView[] }>('/me/tokens', undefined, signal), []);
  const create = useAction((n: string) => api.post<CreatedApiToken>('/me/tokens', { name: n }));
  const revoke = useAction((id: string) => api.post(`/me/tokens/${id}/revoke`));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create.run(name.trim());
    if (!r) return;
    setCreated(r);
    setName('');
    list.reload();
  };

  return (
    <>
      <PageHeader title={t('account.tokens.title')} description={t('account.tokens.description')} />
      <Stack>
        <Paper withBorder p="lg">
          <form onSubmit={submit}>
            <Group align="flex-end" gap="sm">
              <TextInput
                label={t('account.tokens.name')}
                placeholder={t('account.tokens.namePlaceholder')}
                value={name}
                maxLength={100}
                onChange={(e) => setName(e.currentTarget.value)}
                style={{ flex: '1 1 240px' }}
              />
              <Button type="submit" loading={create.pending} disabled={!name.trim()}>
                {t('account.tokens.create')}
              </Button>
            </Group>
          </form>
          <Stack mt={created || create.error ? 'md' : 0}>
            <ErrorAlert error={create.error} />
            {created && <SecretReveal label={t('account.tokens.createdTitle', { name: created.name })} secret={created.token} warning={t('account.tokens.createdWarning')} />}
          </Stack>
        </Paper>
        <ErrorAlert error={revoke.error} />
        <Paper withBorder>
          <LoadState state={list}>
            {({ items }) =>
              items.length === 0 ? (
                <Empty icon={<KeyIcon size={28} />} title={t('account.tokens.emptyTitle')} description={t('account.tokens.emptyDescription')} />
              ) : (
                <ListTable
                  head={[
                    t('account.tokens.name'),
                    { label: t('account.tokens.prefix'), secondary: true },
                    { label: t('account.tokens.lastUsed'), secondary: true },
                    t('account.tokens.state'),
                    '',
                  ]}
                >
                      {items.map((tok) => (
                        <Table.Tr key={tok.id}>
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {tok.name}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {t('account.tokens.createdAt', { when: f.dateTime(tok.createdAt) })}
                            </Text>
                          </Table.Td>
                          <SecondaryTd>
                            <Text ff="monospace" size="sm">
                              {tok.prefix}
                            </Text>
                          </SecondaryTd>
                          <SecondaryTd>{tok.lastUsedAt ? f.dateTime(tok.lastUsedAt) : t('account.tokens.neverUsed')}</SecondaryTd>
                          <Table.Td>
                            <TokenState token={tok} />
                          </Table.Td>
                          <Table.Td ta="right">
                            {!tok.revokedAt && (
                              <ConfirmButton
                                label={t('account.tokens.revoke')}
                                title={t('account.tokens.revokeTitle', { name: tok.name })}
                                message={t('account.tokens.revokeMessage')}
                                onConfirm={async () => {
                                  if ((await revoke.run(tok.id)) !== undefined) list.reload();
                                }}
                              />
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                </ListTable>
              )
            }
          </LoadState>
        </Paper>
      </Stack>
    </>
  );
}
