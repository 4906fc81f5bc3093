import { StatusPage } from '~/components/site_page'
import { useI18n } from '~/lib/i18n'

export default function NotFound() {
  const { t } = useI18n()
  return (
    <StatusPage status={404} heading={t('common.errors.notFound')}>
      <a className="button" href="/">
        {t('common.errors.home')}
      </a>
    </StatusPage>
  )
}
