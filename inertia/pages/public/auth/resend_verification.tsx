import { EmailLinkRequest } from '~/components/customer_form'

export default function ResendVerification() {
  return <EmailLinkRequest link="resend" />
}
