import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { CalendarView, Localized, PlanView, SeverityView } from '../../api/catalogue-types';
import type { Page } from '../../api/types';
import { useApi } from '../../api/use-api';

/** Active severities, most severe first. */
export function useSeverities() {
  return useApi((signal) => api.get<Page<SeverityView>>('/admin/severities', { limit: 200 }, signal), []);
}

export function useCalendars() {
  return useApi((signal) => api.get<Page<CalendarView>>('/admin/calendars', { limit: 200, sort: 'name' }, signal), []);
}

export function usePlans() {
  return useApi((signal) => api.get<Page<PlanView>>('/admin/plans', { limit: 200 }, signal), []);
}

/** A localized name or definition in the UI language, falling back to English. */
export function useLocalized(): (value: Partial<Localized> | undefined) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language as keyof Localized;
  return (value) => (value ? (value[lang] ?? value.en ?? '') : '');
}
