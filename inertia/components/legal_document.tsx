import PageHead from '~/components/page_head'
import PublicLayout from '~/layouts/public_layout'
import { useI18n } from '~/lib/i18n'

/** A legal page (terms, privacy) in the visitor's language, from resources/lang/<locale>/legal.json. */
export default function LegalDocument({ document }: { document: 'terms' | 'privacy' }) {
  const { t, indexes } = useI18n()
  const title = t(`legal.${document}.title`)
  return (
    <PublicLayout>
      <PageHead page={document} />
      <article className="container legal">
        <h1>{title}</h1>
        <p className="legal-updated">{t(`legal.${document}.updated`)}</p>
        {indexes(`legal.${document}.sections`).map((section) => (
          <section key={section}>
            <h2>{t(`legal.${document}.sections.${section}.heading`)}</h2>
            {indexes(`legal.${document}.sections.${section}.paragraphs`).map((paragraph) => (
              <p key={paragraph}>
                {t(`legal.${document}.sections.${section}.paragraphs.${paragraph}`)}
              </p>
            ))}
          </section>
        ))}
      </article>
    </PublicLayout>
  )
}
