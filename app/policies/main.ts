/*
| The policies Bouncer knows by name (`bouncer.with('StaffUserPolicy')`). Kept
| by hand: the app does not run Bouncer's `indexPolicies` assembler hook. Add
| each new policy of app/policies here.
*/
export const policies = {
  OrderPolicy: () => import('#policies/order_policy'),
  StaffUserPolicy: () => import('#policies/staff_user_policy'),
}
