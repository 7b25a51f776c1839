import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/api-error';
import type { RefusalDetails } from '../../api/ticket-types';
import { ErrorAlert } from '../../components/error-alert';
import { useSession } from '../../session/session-context';
import { REFUSAL_KEYS } from '../../tickets/labels';

/**
 * An intake refusal (R-C2, R-P5): the server's message, that the request is
 * kept, and what to do next — for a held request, where the administrator
 * approves it, or a bundle or a higher plan.
 */
export function RefusalAlert({ error }: { error: ApiError | null }) {
  const { t } = useTranslation();
  const { actor } = useSession();
  if (!error) return null;
  const keys = REFUSAL_KEYS[error.code];
  if (!keys) return <ErrorAlert error={error} />;
  const details = (error.details ?? {}) as RefusalDetails;
  const admin = actor?.kind === 'contact' && actor.isAdministrator;
  return (
    <Alert color={details.heldForApproval ? 'orange' : 'red'} variant="light" title={t(keys.title)} role="alert" data-testid="refusal">
      <Stack gap="xs">
        <Text size="sm" data-testid="refusal-message">
          {error.message}
        </Text>
        {details.heldForApproval ? (
          <>
            <Text size="sm" fw={500}>
              {t('tickets.refusal.held')}
            </Text>
            {admin ? (
              <Anchor component={Link} to="/support/held" size="sm" fw={600}>
                {t('tickets.refusal.heldAdmin')}
              </Anchor>
            ) : (
              <Text size="sm">{t('tickets.refusal.heldOthers')}</Text>
            )}
          </>
        ) : (
          details.unentitledRequestId && <Text size="sm">{t('tickets.refusal.kept')}</Text>
        )}
        <Text size="sm">{t(keys.next)}</Text>
        {error.code === 'ALLOWANCE_EXHAUSTED' && (
          <Anchor component={Link} to="/support/overview" size="sm">
            {t('tickets.refusal.seeAllowance')}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
