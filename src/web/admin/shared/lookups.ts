import { useTranslation } from 'react-i18next';
import { view } from '../../api/client';
import type { CalendarView, Localized, PlanView, SeverityView } from '../../api/catalogue-types';
import type { Page } from '../../api/types';
import { useApiQuery } from '../../api/use-api';

/** Active severities, most severe first. */
export function useSeverities() {
  return useApiQuery('/admin/severities', { params: { query: { limit: 200 } } }, view<Page<SeverityView>>());
}

export function useCalendars() {
  return useApiQuery('/admin/calendars', { params: { query: { limit: 200, sort: 'name' } } }, view<Page<CalendarView>>());
}

export function usePlans() {
  return useApiQuery('/admin/plans', { params: { query: { limit: 200 } } }, view<Page<PlanView>>());
}

/** A localized name or definition in the UI language, falling back to English. */
export function useLocalized(): (value: Partial<Localized> | undefined) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language as keyof Localized;
  return (value) => (value ? (value[lang] ?? value.en ?? '') : '');
}
