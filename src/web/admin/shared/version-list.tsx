import { Badge, NavLink, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/** R-P2 / R-T1: a catalogue object's dated versions, newest first; pick one to read it. */
export function VersionList({
  versions,
  inForce,
  selected,
  onSelect,
}: {
  versions: { version: number; effectiveFrom: string }[];
  inForce: number | null;
  selected: number | undefined;
  onSelect(version: number): void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Paper withBorder p="lg">
      <Title order={2} fz="h4" mb="sm">
        {t('versions.title')}
      </Title>
      {[...versions].reverse().map((v) => (
        <NavLink
          key={v.version}
          component="button"
          type="button"
          data-testid="version-row"
          active={v.version === selected}
          label={t('versions.versionN', { n: v.version })}
          description={t('versions.effectiveFrom', { date: f.date(v.effectiveFrom) })}
          onClick={() => onSelect(v.version)}
          rightSection={
            v.version === inForce ? (
              <Badge color="teal" tt="none">
                {t('versions.inForce')}
              </Badge>
            ) : inForce === null || v.version > inForce ? (
              <Badge color="blue" variant="light" tt="none">
                {t('versions.scheduled')}
              </Badge>
            ) : (
              <Badge color="gray" variant="light" tt="none">
                {t('versions.past')}
              </Badge>
            )
          }
        />
      ))}
    </Paper>
  );
}
