import { StatusPage } from '~/components/site_page'
import { useI18n } from '~/lib/i18n'

export default function ServerError() {
  const { t } = useI18n()
  return (
    <StatusPage
      status={500}
      heading={t('common.errors.serverError')}
      lead={t('common.errors.tryLater')}
    />
  )
}
