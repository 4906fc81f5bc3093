import LegalDocument from '~/components/legal_document'

export default function Terms() {
  return <LegalDocument document="terms" />
}
