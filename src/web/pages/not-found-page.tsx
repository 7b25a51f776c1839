import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Empty } from '../components/empty';
import { SearchIcon } from '../components/icons';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Empty
      icon={<SearchIcon />}
      title={t('notFound.title')}
      description={t('notFound.description')}
      action={
        <Button component={Link} to="/" variant="light">
          {t('notFound.home')}
        </Button>
      }
    />
  );
}
