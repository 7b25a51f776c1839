import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A destructive action behind a confirmation dialog. */
export function ConfirmButton({
  label,
  title,
  message,
  onConfirm,
  color = 'red',
  size = 'xs',
}: {
  label: string;
  title: string;
  message: string;
  onConfirm(): Promise<void>;
  color?: ButtonProps['color'];
  size?: ButtonProps['size'];
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button size={size} variant="subtle" color={color} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={title} centered>
        <Text size="sm">{message}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            color={color}
            loading={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await onConfirm();
              } finally {
                setBusy(false);
                setOpen(false);
              }
            }}
          >
            {label}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
