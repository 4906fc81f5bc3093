import type { InertiaProps, Option } from '~/types'
import PageHead from '~/components/page_head'
import { CustomerForm } from '~/components/customer_form'
import PublicLayout from '~/layouts/public_layout'
import { useI18n } from '~/lib/i18n'
import { Field, FlashMessages } from '~/lib/i18n_ui'

/** /contact: the request form; staff answer it with a quote. */
export default function Contact({ useCases }: InertiaProps<{ useCases: Option[] }>) {
  const { t } = useI18n()
  return (
    <PublicLayout>
      <PageHead page="contact" />
      <section className="container site-page narrow">
        <h1>{t('site.contact.heading')}</h1>
        <p className="lead">{t('site.contact.lead')}</p>
        <FlashMessages />
        <CustomerForm route="contact.store" submit={t('site.contact.submit')} resetOnSuccess>
          {(errors) => (
            <>
              <Field
                name="name"
                label={t('site.contact.name')}
                autoComplete="name"
                maxLength={200}
                error={errors.name}
                required
              />
              <Field
                name="email"
                type="email"
                label={t('site.contact.email')}
                autoComplete="email"
                error={errors.email}
                required
              />
              <Field
                name="phone"
                type="tel"
                label={t('site.contact.phone')}
                autoComplete="tel"
                error={errors.phone}
              />
              <div className={errors.useCase ? 'field has-error' : 'field'}>
                <label htmlFor="field-useCase">{t('site.contact.useCase')}</label>
                <select
                  id="field-useCase"
                  name="useCase"
                  defaultValue="gaming"
                  aria-invalid={errors.useCase ? true : undefined}
                  aria-describedby={errors.useCase ? 'field-useCase-error' : undefined}
                >
                  {useCases.map((useCase) => (
                    <option key={useCase.value} value={useCase.value}>
                      {useCase.label}
                    </option>
                  ))}
                </select>
                {errors.useCase && (
                  <p className="field-error" id="field-useCase-error">
                    {errors.useCase}
                  </p>
                )}
              </div>
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
              <div className={errors.message ? 'field has-error' : 'field'}>
                <label htmlFor="field-message">{t('site.contact.message')}</label>
                <textarea
                  id="field-message"
                  name="message"
                  rows={6}
                  maxLength={5000}
                  required
                  aria-invalid={errors.message ? true : undefined}
                  aria-describedby={['field-message-hint', errors.message && 'field-message-error']
                    .filter(Boolean)
                    .join(' ')}
                />
                <p className="field-hint" id="field-message-hint">
                  {t('site.contact.messageHint')}
                </p>
                {errors.message && (
                  <p className="field-error" id="field-message-error">
                    {errors.message}
                  </p>
                )}
              </div>
            </>
          )}
        </CustomerForm>
      </section>
    </PublicLayout>
  )
}
