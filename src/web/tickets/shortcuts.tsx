import { Group, Kbd, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    const type = (el as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
  }
  return !!el.closest('[role="dialog"]');
}

/**
 * Single-key shortcuts (r, n, j, k, /, ?) for the console. They never fire
 * while typing in a field or inside a dialog, nor with Ctrl/Alt/Cmd.
 */
export function useShortcuts(map: Record<string, () => void>, enabled = true): void {
  const ref = useRef(map);
  // The latest handlers, for the one listener below (set after render, read on key presses).
  useLayoutEffect(() => {
    ref.current = map;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      if (typingIn(e.target)) return;
      // Enter on a link or button keeps its own meaning.
      if (e.key === 'Enter' && (e.target as HTMLElement | null)?.closest?.('a, button')) return;
      const fn = ref.current[e.key];
      if (!fn) return;
      e.preventDefault();
      fn();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}

export interface ShortcutItem {
  keys: string[];
  label: string;
}

/** The "?" sheet: which keys do what on this screen. */
export function ShortcutHelp({ opened, onClose, items }: { opened: boolean; onClose(): void; items: ShortcutItem[] }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('tickets.shortcuts.title')}>
      <Stack gap="xs" data-testid="shortcut-help">
        {items.map((item) => (
          <Group key={item.label} justify="space-between" wrap="nowrap">
            <Text size="sm">{item.label}</Text>
            <Group gap={4} wrap="nowrap">
              {item.keys.map((k) => (
                <Kbd key={k}>{k}</Kbd>
              ))}
            </Group>
          </Group>
        ))}
        <Text size="xs" c="dimmed" mt="xs">
          {t('tickets.shortcuts.hint')}
        </Text>
      </Stack>
    </Modal>
  );
}
