import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { LANGUAGES, type Language } from '../i18n/i18n';

/**
 * One tab per language a text is written in (en, es, el), each panel built by
 * `children(language)`; `extra` adds a last tab (a preview). Uncontrolled
 * unless `value` and `onChange` are given.
 */
export function LanguageTabs({
  label,
  children,
  value,
  onChange,
  extra,
  pt = 'xs',
}: {
  label(language: Language): ReactNode;
  children(language: Language): ReactNode;
  value?: string | null;
  onChange?(value: string | null): void;
  extra?: { value: string; label: ReactNode; panel: ReactNode };
  pt?: string;
}) {
  const controlled = value !== undefined ? { value, onChange } : { defaultValue: 'en' };
  return (
    <Tabs {...controlled}>
      <Tabs.List>
        {LANGUAGES.map((l) => (
          <Tabs.Tab key={l} value={l}>
            {label(l)}
          </Tabs.Tab>
        ))}
        {extra && <Tabs.Tab value={extra.value}>{extra.label}</Tabs.Tab>}
      </Tabs.List>
      {LANGUAGES.map((l) => (
        <Tabs.Panel key={l} value={l} pt={pt}>
          {children(l)}
        </Tabs.Panel>
      ))}
      {extra && (
        <Tabs.Panel value={extra.value} pt={pt}>
          {extra.panel}
        </Tabs.Panel>
      )}
    </Tabs>
  );
}
