import type { InertiaProps, Option } from '~/types'
import { EmailField, PersonNameField, PhoneField } from '~/components/customer_form'
import { SiteFormPage } from '~/components/site_page'
import { useI18n } from '~/lib/i18n'
import { Field, SelectField, TextAreaField } from '~/lib/i18n_ui'

/** /contact: the request form; staff answer it with a quote. */
export default function Contact({ useCases }: InertiaProps<{ useCases: Option[] }>) {
  const { t } = useI18n()
  return (
    <SiteFormPage page="contact">
      {(errors) => (
        <>
          <PersonNameField label={t('site.contact.name')} error={errors.name} required />
          <EmailField label={t('site.contact.email')} error={errors.email} />
          <PhoneField label={t('site.contact.phone')} error={errors.phone} />
          <SelectField
            name="useCase"
            label={t('site.contact.useCase')}
            options={useCases}
            defaultValue="gaming"
            error={errors.useCase}
          />
          <Field
            name="budget"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            label={t('site.contact.budget')}
            hint={t('site.contact.budgetHint')}
            error={errors.budget}
          />
          <TextAreaField
            name="message"
            label={t('site.contact.message')}
            hint={t('site.contact.messageHint')}
            rows={6}
            maxLength={5000}
            required
            error={errors.message}
          />
        </>
      )}
    </SiteFormPage>
  )
}
