import type { InertiaProps } from '~/types'
import PageHead from '~/components/page_head'
import PublicLayout from '~/layouts/public_layout'
import { useI18n } from '~/lib/i18n'

/** The cookie policy: only essential cookies today, so no consent banner (see CookiePolicy). */
export default function Cookies({ policyVersion }: InertiaProps<{ policyVersion: string }>) {
  const { t, indexes } = useI18n()
  return (
    <PublicLayout>
      <PageHead page="cookies" />
      <article className="container legal">
        <h1>{t('site.cookies.heading')}</h1>
        <p className="legal-updated">
          {t('site.cookies.policyVersion', { version: policyVersion })}
        </p>
        <p>{t('site.cookies.lead')}</p>
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('site.cookies.tableName')}</th>
                <th scope="col">{t('site.cookies.tablePurpose')}</th>
                <th scope="col">{t('site.cookies.tableDuration')}</th>
              </tr>
            </thead>
            <tbody>
              {indexes('site.cookies.list').map((row) => (
                <tr key={row}>
                  <td className="mono">{t(`site.cookies.list.${row}.name`)}</td>
                  <td>{t(`site.cookies.list.${row}.purpose`)}</td>
                  <td>{t(`site.cookies.list.${row}.duration`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>{t('site.cookies.future')}</p>
      </article>
    </PublicLayout>
  )
}
