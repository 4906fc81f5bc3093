/*
| How staff pages write a status value: the keys of app/domain/statuses.ts
| in words ("awaiting_payment" → "awaiting payment"). `none` is the
| fulfilment filter for orders whose fulfilment has not started.
*/
export function statusLabel(status: string) {
  return status === 'none' ? 'not started' : status.replaceAll('_', ' ')
}
