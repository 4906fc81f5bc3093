import { EmailLinkRequest } from '~/components/customer_form'

export default function ForgotPassword() {
  return <EmailLinkRequest link="forgot" />
}
