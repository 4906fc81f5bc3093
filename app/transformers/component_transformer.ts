import { BaseTransformer } from '@adonisjs/core/transformers'
import { fieldLabel, SPEC_FIELDS } from '#domain/catalog_fields'
import { formatMoment } from '#domain/date_format'
import { formatEuroInput, formatMoney } from '#domain/money'
import type Component from '#models/component'

export default class ComponentTransformer extends BaseTransformer<Component> {
  /** A row of the components list. */
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'category', 'brand', 'model', 'sku', 'active']),
      price: formatMoney(this.resource.priceCents, 'en'),
    }
  }

  /** The component page: facts and the specs in words, in form order, then any free keys. */
  forPage() {
    const component = this.resource
    const fields = SPEC_FIELDS[component.category]
    const described = new Set(fields.map((field) => field.name))
    const words = (value: string | number | boolean) =>
      typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)
    return {
      ...this.toObject(),
      name: component.displayName,
      priceCents: component.priceCents,
      updatedAt: formatMoment(component.updatedAt),
      specs: [
        ...fields
          .filter((field) => component.specs[field.name] !== undefined)
          .map((field) => ({
            label: fieldLabel(field, 'en'),
            value: [words(component.specs[field.name]), field.unit].filter(Boolean).join(' '),
          })),
        ...Object.entries(component.specs)
          .filter(([key]) => !described.has(key))
          .map(([key, value]) => ({ label: key, value: words(value) })),
      ],
    }
  }

  /** What the edit form starts with. */
  forForm() {
    const component = this.resource
    return {
      ...this.pick(component, ['id', 'category', 'brand', 'model', 'specs']),
      name: component.displayName,
      sku: component.sku ?? '',
      price: formatEuroInput(component.priceCents),
    }
  }
}
