import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A secret shown exactly once (one-time password, API token), with a copy button and the warning. */
export function SecretReveal({ label, secret, warning }: { label: string; secret: string; warning: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={label}>
      <Stack gap="xs">
        <Text size="sm">{warning}</Text>
        <Group gap="xs" wrap="nowrap" align="center">
          <Code data-testid="secret" fz="md" style={{ wordBreak: 'break-all', flex: 1 }}>
            {secret}
          </Code>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="xs" variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : 'blue'} onClick={copy}>
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
