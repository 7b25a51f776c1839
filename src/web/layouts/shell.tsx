import { AppShell, Box, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router-dom';
import { LanguageSwitcher } from '../components/language-switcher';
import { PageLoader } from '../components/load-state';
import { UserMenu } from './user-menu';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
}

export interface NavSection {
  label?: string;
  items: NavItem[];
}

/** The signed-in frame: header (brand, language, user menu) and a navbar that collapses behind a burger on phones. */
export function Shell({ sections, area }: { sections: NavSection[]; area: string }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding={{ base: 'sm', sm: 'lg' }}>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <img src="/favicon.svg" alt="" width={26} height={26} />
            <Text fw={700} size="lg" visibleFrom="xs">
              {t('app.name')}
            </Text>
            <Text c="dimmed" size="sm" visibleFrom="md" truncate>
              {area}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Box visibleFrom="xs">
              <LanguageSwitcher />
            </Box>
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.main')}>
        <AppShell.Section grow component={ScrollArea}>
          {sections.map((section, i) => (
            <Box key={section.label ?? i} mb="sm">
              {section.label && (
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={6}>
                  {section.label}
                </Text>
              )}
              {section.items.map((item) => (
                <NavLink
                  key={item.to}
                  component={RouterNavLink}
                  to={item.to}
                  label={item.label}
                  leftSection={item.icon}
                  active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)}
                  onClick={close}
                />
              ))}
            </Box>
          ))}
        </AppShell.Section>
        <AppShell.Section hiddenFrom="xs" p="xs">
          <LanguageSwitcher />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Box maw={1200} mx="auto">
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
