import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiState } from '../api/use-api';
import { ErrorAlert } from './error-alert';

/** Loading, error (with retry) or the content, for one useApi state. */
export function LoadState<T>({ state, children }: { state: ApiState<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (state.data !== undefined) {
    return (
      <>
        {state.error && <ErrorAlert error={state.error} onRetry={state.reload} />}
        {children(state.data)}
      </>
    );
  }
  if (state.error) return <ErrorAlert error={state.error} onRetry={state.reload} />;
  return (
    <Center py="xl">
      <Loader size="sm" aria-label={t('common.loading')} />
    </Center>
  );
}

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" mih={200}>
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
