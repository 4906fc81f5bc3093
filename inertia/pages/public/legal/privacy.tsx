import LegalDocument from '~/components/legal_document'

export default function Privacy() {
  return <LegalDocument document="privacy" />
}
