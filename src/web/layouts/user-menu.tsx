import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { KeyIcon, LockIcon, LogoutIcon } from '../components/icons';
import { useSession } from '../session/session-context';
import { roleLabelKey } from './role-label';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]!.toUpperCase())
    .join('');
}

/** Who is signed in, with the account pages and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { actor, signOut } = useSession();
  const navigate = useNavigate();
  if (!actor) return null;
  const roleKey = roleLabelKey(actor);
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('nav.account')} data-testid="user-menu">
          <Group gap={8} wrap="nowrap">
            <Avatar size={32} radius="xl" color="blue">
              {initials(actor.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" maw={160} truncate>
              {actor.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {actor.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {actor.email}
          </Text>
          <Text size="xs" c="dimmed">
            {t(roleKey)}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item leftSection={<LockIcon size={16} />} onClick={() => navigate('/account/password')}>
          {t('account.password.title')}
        </Menu.Item>
        <Menu.Item leftSection={<KeyIcon size={16} />} onClick={() => navigate('/account/tokens')}>
          {t('account.tokens.title')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<LogoutIcon size={16} />}
          onClick={() => {
            void signOut().finally(() => navigate('/sign-in', { replace: true }));
          }}
        >
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
