import PageHead from '~/components/page_head'
import { CustomerForm, EmailField } from '~/components/customer_form'
import PublicLayout from '~/layouts/public_layout'
import { useI18n } from '~/lib/i18n'
import { Field, FlashMessages } from '~/lib/i18n_ui'

/** /waitlist: an address to write to when build slots open. */
export default function Waitlist() {
  const { t } = useI18n()
  return (
    <PublicLayout>
      <PageHead page="waitlist" />
      <section className="container site-page narrow">
        <h1>{t('site.waitlist.heading')}</h1>
        <p className="lead">{t('site.waitlist.lead')}</p>
        <FlashMessages />
        <CustomerForm route="waitlist.store" submit={t('site.waitlist.submit')} resetOnSuccess>
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
        </CustomerForm>
      </section>
    </PublicLayout>
  )
}
