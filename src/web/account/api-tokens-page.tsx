import { Badge, Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, view } from '../api/client';
import type { ApiTokenSettingsView, ApiTokenView, CreatedApiToken } from '../api/types';
import { useAction, useApiQuery } from '../api/use-api';
import { ConfirmButton } from '../components/confirm-button';
import { Empty } from '../components/empty';
import { ErrorAlert } from '../components/error-alert';
import { KeyIcon } from '../components/icons';
import { LoadState } from '../components/load-state';
import { PageHeader } from '../components/page-header';
import { SecretReveal } from '../components/secret-reveal';
import { ListTable, SecondaryTd } from '../admin/shared/list-table';
import { useFormat } from '../i18n/format';
import { useSession } from '../session/session-context';

type TokenList = { items: ApiTokenView[]; defaultDays: number; maxDays: number };
const DAY_MS = 86_400_000;

function TokenState({ token }: { token: ApiTokenView }) {
  const { t } = useTranslation();
  // Read once per row: the badge needs no live clock.
  const [now] = useState(() => Date.now());
  if (token.revokedAt) return <Badge color="gray">{t('account.tokens.revoked')}</Badge>;
  if (token.expiresAt && new Date(token.expiresAt).getTime() < now) return <Badge color="orange">{t('account.tokens.expired')}</Badge>;
  return <Badge color="teal">{t('account.tokens.active')}</Badge>;
}

/** Administrators: how long new tokens live by default and at most (every token expires). */
function TokenLifetimeSettings({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const current = useApiQuery('/admin/api-token-settings', undefined, view<ApiTokenSettingsView>());
  const [draft, setDraft] = useState<{ defaultDays: number; maxDays: number } | null>(null);
  const save = useAction((d: { defaultDays: number; maxDays: number }) => api.patch('/admin/api-token-settings', { body: d }, view<ApiTokenSettingsView>()));
  return (
    <Paper withBorder p="lg">
      <Title order={2} fz="h4" mb="sm">
        {t('account.tokens.lifetimeTitle')}
      </Title>
      <LoadState state={current}>
        {(s) => {
          const d = draft ?? { defaultDays: s.defaultDays, maxDays: s.maxDays };
          return (
            <Stack gap="sm">
              <Group align="flex-end" gap="sm">
                <NumberInput label={t('account.tokens.defaultDays')} min={1} max={3650} value={d.defaultDays} onChange={(v) => setDraft({ ...d, defaultDays: Number(v) || 1 })} />
                <NumberInput label={t('account.tokens.maxDays')} min={1} max={3650} value={d.maxDays} onChange={(v) => setDraft({ ...d, maxDays: Number(v) || 1 })} />
                <Button
                  loading={save.pending}
                  onClick={async () => {
                    if (await save.run(d)) {
                      setDraft(null);
                      current.reload();
                      onSaved();
                    }
                  }}
                >
                  {t('account.tokens.saveLifetime')}
                </Button>
              </Group>
              <ErrorAlert error={save.error} />
            </Stack>
          );
        }}
      </LoadState>
    </Paper>
  );
}

/** My personal API tokens: create (the secret is shown once), list with expiry and last use, revoke. */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [name, setName] = useState('');
  const [days, setDays] = useState<number | null>(null);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const { actor } = useSession();
  const isAdmin = actor?.kind === 'user' && actor.role === 'admin';
  const list = useApiQuery('/me/tokens', undefined, view<TokenList>());
  const create = useAction((n: string) =>
    api.post('/me/tokens', { body: { name: n, ...(days ? { expiresAt: new Date(Date.now() + days * DAY_MS).toISOString() } : {}) } }, view<CreatedApiToken>()),
  );
  const limits = list.data ? { defaultDays: list.data.defaultDays, maxDays: list.data.maxDays } : null;
  const revoke = useAction((id: string) => api.post('/me/tokens/{id}/revoke', { params: { path: { id } } }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create.run(name.trim());
    if (!r) return;
    setCreated(r);
    setName('');
    setDays(null);
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
              <NumberInput
                label={t('account.tokens.lifetimeDays')}
                min={1}
                max={limits?.maxDays}
                placeholder={limits ? String(limits.defaultDays) : undefined}
                value={days ?? ''}
                onChange={(v) => setDays(typeof v === 'number' ? v : null)}
                w={160}
              />
              <Button type="submit" loading={create.pending} disabled={!name.trim()}>
                {t('account.tokens.create')}
              </Button>
            </Group>
          </form>
          {limits && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('account.tokens.lifetimeHint', { defaultDays: limits.defaultDays, maxDays: limits.maxDays })}
            </Text>
          )}
          <Stack mt={created || create.error ? 'md' : 0}>
            <ErrorAlert error={create.error} />
            {created && <SecretReveal label={t('account.tokens.createdTitle', { name: created.name })} secret={created.token} warning={t('account.tokens.createdWarning')} />}
          </Stack>
        </Paper>
        {isAdmin && <TokenLifetimeSettings onSaved={list.reload} />}
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
                    { label: t('account.tokens.expires'), secondary: true },
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
                          <SecondaryTd>{tok.expiresAt ? f.dateTime(tok.expiresAt) : t('account.tokens.neverExpires')}</SecondaryTd>
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
