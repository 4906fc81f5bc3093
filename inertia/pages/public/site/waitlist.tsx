import { EmailField, PersonNameField } from '~/components/customer_form'
import { SiteFormPage } from '~/components/site_page'
import { useI18n } from '~/lib/i18n'

/** /waitlist: an address to write to when build slots open. */
export default function Waitlist() {
  const { t } = useI18n()
  return (
    <SiteFormPage page="waitlist">
      {(errors) => (
        <>
          <EmailField label={t('site.waitlist.email')} error={errors.email} />
          <PersonNameField label={t('site.waitlist.name')} error={errors.name} />
        </>
      )}
    </SiteFormPage>
  )
}
