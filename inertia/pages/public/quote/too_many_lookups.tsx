import type { InertiaProps } from '~/types'
import { StatusPage } from '~/components/site_page'
import { useI18n } from '~/lib/i18n'

/** 429 of the quote page: too many unknown codes from this connection. */
export default function TooManyLookups({ minutes }: InertiaProps<{ minutes: number }>) {
  const { t } = useI18n()
  const title = t('quote.tooMany.title')
  return (
    <StatusPage
      status={429}
      title={title}
      heading={title}
      lead={t('quote.tooMany.lead', { minutes })}
    />
  )
}
