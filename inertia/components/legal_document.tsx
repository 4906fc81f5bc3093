import { Head } from '@inertiajs/react'
import PublicLayout from '~/layouts/public_layout'
import { LanguageSwitch } from '~/lib/i18n_ui'
import { useI18n, type Locale } from '~/lib/i18n'

export interface LegalText {
  title: string
  updated: string
  sections: { heading: string; paragraphs: string[] }[]
}

/** A legal page (terms, privacy) in the visitor's language. */
export default function LegalDocument({ text }: { text: Record<Locale, LegalText> }) {
  const { locale } = useI18n()
  const { title, updated, sections } = text[locale]

  return (
    <PublicLayout>
      <Head title={title} />
      <article className="container legal">
        <div className="legal-head">
          <h1>{title}</h1>
          <LanguageSwitch />
        </div>
        <p className="legal-updated">{updated}</p>
        {sections.map((section) => (
          <section key={section.heading}>
            <h2>{section.heading}</h2>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </section>
        ))}
      </article>
    </PublicLayout>
  )
}
