import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, NATIVE_NAME } from '../i18n/i18n';


function zones(): string[] {
  const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return list.includes('UTC') ? list : ['UTC', ...list];
}

/** An IANA time zone, searchable (the server checks it too). */
export function TimeZoneSelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  const data = useMemo(() => zones(), []);
  return <Select label={t('common.timeZone')} searchable limit={60} nothingFoundMessage={t('common.noMatches')} allowDeselect={false} data={data} {...props} />;
}

/** One of the UI languages, each named in its own language. */
export function LocaleSelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  return <Select label={t('common.language')} allowDeselect={false} data={LANGUAGES.map((l) => ({ value: l, label: NATIVE_NAME[l] ?? l }))} {...props} />;
}
