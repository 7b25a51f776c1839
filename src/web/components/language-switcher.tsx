import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { currentLanguage, isLanguage, LANGUAGES, NATIVE_NAME, setLanguage } from '../i18n/i18n';
import { useSession } from '../session/session-context';
import { GlobeIcon } from './icons';


export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { actor } = useSession();
  return (
    <Select
      aria-label={t('common.language')}
      size="xs"
      w={compact ? 120 : 140}
      allowDeselect={false}
      leftSection={<GlobeIcon size={14} />}
      data={LANGUAGES.map((l) => ({ value: l, label: NATIVE_NAME[l] ?? l }))}
      value={currentLanguage()}
      onChange={(v) => {
        if (!isLanguage(v)) return;
        void setLanguage(v, actor ?? undefined);
        // Signed in: the account keeps the pick too (emails, other devices). Best effort.
        if (actor) void api.patch('/me', { body: { locale: v } }).catch(() => undefined);
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
