import { EmailField } from '~/components/customer_form'
import { SiteFormPage } from '~/components/site_page'
import { useI18n } from '~/lib/i18n'
import { Field } from '~/lib/i18n_ui'

/** /waitlist: an address to write to when build slots open. */
export default function Waitlist() {
  const { t } = useI18n()
  return (
    <SiteFormPage page="waitlist">
      {(errors) => (
        <>
          <EmailField label={t('site.waitlist.email')} error={errors.email} />
          <Field
            name="name"
            label={t('site.waitlist.name')}
            autoComplete="name"
            maxLength={200}
            error={errors.name}
          />
        </>
      )}
    </SiteFormPage>
  )
}
