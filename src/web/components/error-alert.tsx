import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/api-error';
import { errorDetail, errorText } from './error-text';

/** An API error as an alert; the server's message is shown when the UI has no translation for the code. */
export function ErrorAlert({ error, onRetry, title }: { error: ApiError | null; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = errorText(t, error);
  const detail = errorDetail(t, error);
  const problems = Object.entries(error.fieldProblems);
  return (
    <Alert color="red" variant="light" title={title ?? t('common.errorTitle')} role="alert">
      <Text size="sm">{text}</Text>
      {detail && (
        <Text size="xs" c="dimmed" mt={4} data-testid="error-detail">
          {detail}
        </Text>
      )}
      {problems.length > 0 && error.code === 'VALIDATION_FAILED' && (
        <Text size="sm" component="ul" mt="xs" mb={0}>
          {problems.map(([field, problem]) => (
            <li key={field}>
              <Text span fw={600} size="sm">
                {field}
              </Text>
              {': '}
              {problem}
            </li>
          ))}
        </Text>
      )}
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
