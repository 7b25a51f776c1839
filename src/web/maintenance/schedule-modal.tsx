import { Alert, Button, Group, Modal, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { LanguageTabs } from '../components/language-tabs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyFor } from '../api/contract';
import { api, view } from '../api/client';
import type { ApiError } from '../api/api-error';
import type { Page } from '../api/types';
import { useAction, useApiQuery, useLoad } from '../api/use-api';
import { ErrorAlert } from '../components/error-alert';
import { useFormat } from '../i18n/format';
import { useLocalized } from '../admin/shared/lookups';
import { useSession } from '../session/session-context';
import { instantToWall, wallToInstant } from '../tickets/zoned-time';
import { minutesText, noticeKeyText, noticeRuleText } from './labels';
import { type Audience, type Localized, type MaintenancePreview, type MaintenanceTypeView, type MaintenanceView, type ProductView } from './types';
import { AUDIENCE_KEYS, LANG_KEYS } from './keys';

interface Named {
  id: string;
  name: string;
  code: string;
}

/** Refusal details of NOTICE_PERIOD_TOO_SHORT (R-M1). */
function refusalOf(error: ApiError | null): { requiredBy: string; earliestStart: string } | null {
  if (error?.code !== 'NOTICE_PERIOD_TOO_SHORT') return null;
  const d = error.details as { requiredBy?: unknown; earliestStart?: unknown } | null;
  return typeof d?.requiredBy === 'string' && typeof d.earliestStart === 'string' ? { requiredBy: d.requiredBy, earliestStart: d.earliestStart } : null;
}

/**
 * R-M1..R-M3: schedule a maintenance operation. Every notice instant is
 * computed by the server (preview) and shown before saving; a start too late
 * for the notice rule is refused with the earliest allowed start, which a
 * manager may accept or override with a recorded reason.
 */
export function ScheduleModal({ opened, onClose, onSaved }: { opened: boolean; onClose(): void; onSaved(op: MaintenanceView): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('maintenance.schedule.title')} size="xl">
      {/* Mounted per opening: every opening starts from an empty form. */}
      {opened && <ScheduleForm onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

interface Draft {
  typeId: string | null;
  titles: Localized;
  descriptions: Localized;
  /** Wall time in the person's zone (datetime-local). */
  start: string;
  duration: number | '';
  shutsDown: boolean;
  audience: Audience;
  productId: string | null;
  customerIds: string[];
  overrideReason: string;
}

const EMPTY: Draft = { typeId: null, titles: {}, descriptions: {}, start: '', duration: '', shutsDown: false, audience: 'all', productId: null, customerIds: [], overrideReason: '' };

function ScheduleForm({ onClose, onSaved }: { onClose(): void; onSaved(op: MaintenanceView): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const localized = useLocalized();
  const { actor } = useSession();
  const zone = actor?.timeZone ?? fmt.timeZone;
  const types = useApiQuery('/admin/maintenance-types', undefined, view<{ items: MaintenanceTypeView[] }>());
  const products = useApiQuery('/admin/products', { params: { query: { limit: 200 } } }, view<Page<ProductView>>());
  const customers = useApiQuery('/admin/customers', { params: { query: { limit: 200 } } }, view<Page<Named>>());

  const form = useForm<Draft>({ initialValues: EMPTY });
  const { typeId, titles, descriptions, start, duration, shutsDown, audience, productId, customerIds, overrideReason } = form.values;
  const field =
    <K extends keyof Draft>(k: K) =>
    (v: Draft[K]) =>
      form.setFieldValue(k, v as never);
  const [setTypeId, setTitles, setDescriptions, setStart, setDuration, setShutsDown, setAudience, setProductId, setCustomerIds, setOverrideReason] = [
    field('typeId'),
    field('titles'),
    field('descriptions'),
    field('start'),
    field('duration'),
    field('shutsDown'),
    field('audience'),
    field('productId'),
    field('customerIds'),
    field('overrideReason'),
  ] as const;

  const typeItems = useMemo(() => (types.data?.items ?? []).filter((x) => !x.archivedAt), [types.data]);
  const type = typeItems.find((x) => x.id === typeId) ?? null;
  const startsAt = start ? wallToInstant(start, zone) : null;

  const pickType = (id: string | null) => {
    setTypeId(id);
    const picked = typeItems.find((x) => x.id === id);
    if (picked) {
      setDuration(picked.expectedDurationMinutes);
      setShutsDown(picked.shutsDown);
    }
  };

  // The notice instants, recomputed by the server as the form settles (nothing is saved).
  // Debounced as text: a new object each render would never settle.
  const [previewText] = useDebouncedValue(JSON.stringify({ typeId, startsAt, durationMinutes: duration === '' ? undefined : duration, shutsDown }), 250);
  const previewInput = JSON.parse(previewText) as { typeId: string | null; startsAt: string | null };
  const previewing = !!previewInput.typeId && !!previewInput.startsAt;
  const previewState = useLoad(
    ['/admin/maintenance/preview', previewText],
    (signal) => api.post('/admin/maintenance/preview', { body: previewInput as BodyFor<'/admin/maintenance/preview', 'post'>, signal }, view<MaintenancePreview>()),
    { enabled: previewing },
  );
  const preview = previewing && typeId && startsAt ? (previewState.data ?? null) : null;
  const previewError = previewing ? previewState.error : null;

  const save = useAction((withOverride: boolean) =>
    api.post('/admin/maintenance', { body: {
      typeId,
      titles: Object.fromEntries(Object.entries(titles).filter(([, v]) => v?.trim())),
      descriptions: Object.fromEntries(Object.entries(descriptions).filter(([, v]) => v?.trim())),
      startsAt,
      durationMinutes: duration === '' ? undefined : duration,
      shutsDown,
      audience,
      productId: audience === 'product' ? productId : null,
      customerIds: audience === 'customers' ? customerIds : undefined,
      override: withOverride ? { reason: overrideReason.trim() } : undefined,
    } as BodyFor<'/admin/maintenance', 'post'> }, view<MaintenanceView>()),
  );
  const refusal = refusalOf(save.error);

  const submit = async (withOverride: boolean) => {
    const op = await save.run(withOverride);
    if (op) onSaved(op);
  };

  const startAtEarliest = (iso: string) => {
    // The earliest allowed start, rounded up to the next minute in the person's zone.
    const ms = Math.ceil(new Date(iso).getTime() / 60_000) * 60_000;
    setStart(instantToWall(new Date(ms), zone));
    save.reset();
  };

  const canSubmit = !!typeId && !!startsAt && !!titles.en?.trim() && (audience !== 'product' || !!productId) && (audience !== 'customers' || customerIds.length > 0);

  return (
    <Stack gap="sm">
      <Select
        label={t('maintenance.schedule.type')}
        required
        searchable
        data={typeItems.map((x) => ({ value: x.id, label: localized(x.names) || x.code }))}
        value={typeId}
        onChange={pickType}
        description={type ? t('maintenance.schedule.typeRule', { rule: noticeRuleText(t, type.noticeRule) }) : undefined}
      />
      <LanguageTabs label={(l) => t(LANG_KEYS[l])}>
        {(l) => (
          <Stack gap="xs">
            <TextInput
              label={t('maintenance.schedule.titleIn', { lang: t(LANG_KEYS[l]) })}
              required={l === 'en'}
              value={titles[l] ?? ''}
              onChange={(e) => setTitles({ ...titles, [l]: e.currentTarget.value })}
            />
            <Textarea
              label={t('maintenance.schedule.descriptionIn', { lang: t(LANG_KEYS[l]) })}
              autosize
              minRows={2}
              value={descriptions[l] ?? ''}
              onChange={(e) => setDescriptions({ ...descriptions, [l]: e.currentTarget.value })}
            />
          </Stack>
        )}
      </LanguageTabs>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          type="datetime-local"
          label={t('maintenance.schedule.startsAt')}
          description={t('maintenance.schedule.inZone', { zone })}
          required
          value={start}
          onChange={(e) => {
            setStart(e.currentTarget.value);
            save.reset();
          }}
        />
        <NumberInput label={t('maintenance.schedule.duration')} min={1} max={43200} value={duration} onChange={(v) => setDuration(typeof v === 'number' ? v : '')} />
        <Switch mt={{ base: 0, sm: 'xl' }} label={t('maintenance.schedule.shutsDown')} checked={shutsDown} onChange={(e) => setShutsDown(e.currentTarget.checked)} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('maintenance.schedule.audience')}
          data={(['all', 'product', 'customers'] as const).map((a) => ({ value: a, label: t(AUDIENCE_KEYS[a]) }))}
          value={audience}
          allowDeselect={false}
          onChange={(v) => setAudience((v as Audience | null) ?? 'all')}
        />
        {audience === 'product' && (
          <Select
            label={t('maintenance.schedule.product')}
            required
            searchable
            data={(products.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }))}
            value={productId}
            onChange={setProductId}
          />
        )}
        {audience === 'customers' && (
          <MultiSelect
            label={t('maintenance.schedule.customers')}
            required
            searchable
            data={(customers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={customerIds}
            onChange={setCustomerIds}
          />
        )}
      </SimpleGrid>

      {previewError && <ErrorAlert error={previewError} />}
      {preview && (
        <Alert color={preview.tooLate ? 'orange' : 'blue'} variant="light" title={t('maintenance.preview.title')} data-testid="maintenance-preview">
          <Stack gap={6}>
            <Text size="sm">{t('maintenance.preview.window', { from: fmt.dateTime(preview.startsAt), to: fmt.dateTime(preview.endsAt) })}</Text>
            {preview.requiredBy && <Text size="sm">{t('maintenance.preview.requiredBy', { at: fmt.dateTime(preview.requiredBy) })}</Text>}
            {preview.tooLate && preview.earliestStart && (
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {t('maintenance.preview.tooLate', { at: fmt.dateTime(preview.earliestStart) })}
                </Text>
                <Button size="compact-xs" variant="light" onClick={() => startAtEarliest(preview.earliestStart!)}>
                  {t('maintenance.refusal.useEarliest')}
                </Button>
              </Group>
            )}
            <Table withRowBorders={false} verticalSpacing={2}>
              <Table.Tbody>
                {preview.notices.map((n) => (
                  <Table.Tr key={n.key} data-testid="preview-notice">
                    <Table.Td>
                      <Text size="sm">{noticeKeyText(t, n.key, n.justBefore)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{n.dueAt ? fmt.dateTime(n.dueAt) : t('maintenance.preview.atRelease')}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {preview.countedWorkingDays && preview.countedWorkingDays.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('maintenance.preview.workingDays', { n: preview.countedWorkingDays.length, first: fmt.date(preview.countedWorkingDays[preview.countedWorkingDays.length - 1]), last: fmt.date(preview.countedWorkingDays[0]) })}
              </Text>
            )}
            {type && type.extraNoticeMinutes.length > 0 && shutsDown && (
              <Text size="xs" c="dimmed">
                {t('maintenance.preview.reminders', { list: type.extraNoticeMinutes.map((m) => minutesText(t, m)).join(', ') })}
              </Text>
            )}
          </Stack>
        </Alert>
      )}

      {refusal ? (
        <Alert color="red" variant="light" role="alert" title={t('errors.NOTICE_PERIOD_TOO_SHORT')} data-testid="notice-refusal">
          <Stack gap="xs">
            <Text size="sm">{t('maintenance.refusal.text', { requiredBy: fmt.dateTime(refusal.requiredBy), earliest: fmt.dateTime(refusal.earliestStart) })}</Text>
            <Group>
              <Button size="xs" onClick={() => startAtEarliest(refusal.earliestStart)}>
                {t('maintenance.refusal.useEarliest')}
              </Button>
            </Group>
            <Textarea
              label={t('maintenance.refusal.overrideReason')}
              description={t('maintenance.refusal.overrideHint')}
              autosize
              minRows={2}
              value={overrideReason}
              onChange={(e) => setOverrideReason(e.currentTarget.value)}
            />
            <Group>
              <Button size="xs" color="red" variant="light" disabled={overrideReason.trim().length < 3} loading={save.pending} onClick={() => void submit(true)}>
                {t('maintenance.refusal.override')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <ErrorAlert error={save.error} />
      )}

      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button disabled={!canSubmit} loading={save.pending} onClick={() => void submit(false)}>
          {t('maintenance.schedule.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
