import type { SchemaRules } from '@adonisjs/lucid/types/schema_generator'

/*
| Types for the generated schema classes (database/schema.ts): enum columns get
| the union types of app/domain/statuses.ts instead of `string`.
*/
const statuses = (name: string) => ({ source: '#domain/statuses', typeImports: [name] })
const typed = (tsType: string, typeName: string, decorator = '@column()') => ({
  tsType,
  decorator,
  imports: [statuses(typeName)],
})

export default {
  tables: {
    users: {
      columns: {
        role: typed('UserRole', 'UserRole'),
        locale: typed('Locale', 'Locale'),
        password: { tsType: 'string', decorator: '@column({ serializeAs: null })' },
      },
    },
    two_factor_secrets: {
      columns: {
        secret: { tsType: 'string', decorator: '@column({ serializeAs: null })' },
        // jsonb: the pg driver would send a JS array as a Postgres array, so serialise it.
        recovery_codes: {
          tsType: 'string[]',
          decorator:
            '@column({ serializeAs: null, prepare: (codes: string[]) => JSON.stringify(codes) })',
        },
      },
    },
    user_tokens: { columns: { purpose: typed('UserTokenPurpose', 'UserTokenPurpose') } },
    components: {
      columns: {
        category: typed('ComponentCategory', 'ComponentCategory'),
        specs: { tsType: 'Record<string, string | number | boolean>', decorator: '@column()' },
      },
    },
    orders: {
      columns: {
        order_status: typed('OrderStatus', 'OrderStatus'),
        payment_status: typed('PaymentStatus', 'PaymentStatus'),
        fulfillment_status: typed('FulfillmentStatus', 'FulfillmentStatus'),
        intake_locale: typed('Locale', 'Locale'),
        budget_cents: { tsType: 'number', decorator: '@column()' },
        // Maintained by a trigger for the staff search; never part of a page's props.
        search_text: { tsType: 'string', decorator: '@column({ serializeAs: null })' },
      },
    },
    order_lines: {
      columns: {
        kind: typed('LineItemKind', 'LineItemKind'),
        category: typed('ComponentCategory', 'ComponentCategory'),
        specs: { tsType: 'Record<string, string | number | boolean>', decorator: '@column()' },
      },
    },
    order_status_histories: {
      columns: { axis: typed('StatusAxis', 'StatusAxis') },
    },
    builds: { columns: { status: typed('BuildStatus', 'BuildStatus') } },
    build_timeline_steps: {
      columns: { status: typed('TimelineStepStatus', 'TimelineStepStatus') },
    },
    test_runs: {
      columns: { scores: { tsType: 'Record<string, number | string>', decorator: '@column()' } },
    },
    attachments: {
      columns: {
        attachable_type: typed('AttachableType', 'AttachableType'),
        kind: typed('AttachmentKind', 'AttachmentKind'),
        photo_slot: typed('PhotoSlot', 'PhotoSlot'),
        booklet_type: typed('BookletType', 'BookletType'),
        visibility: typed('AttachmentVisibility', 'AttachmentVisibility'),
      },
    },
    waitlist_entries: { columns: { locale: typed('Locale', 'Locale') } },
    intake_requests: {
      columns: {
        locale: typed('Locale', 'Locale'),
        use_case: {
          tsType: 'IntakeUseCase',
          decorator: '@column()',
          imports: [{ source: '#domain/intake', typeImports: ['IntakeUseCase'] }],
        },
      },
    },
    cookie_consents: {
      columns: { choices: { tsType: 'Record<string, boolean>', decorator: '@column()' } },
    },
    activity_logs: {
      columns: { metadata: { tsType: 'Record<string, unknown>', decorator: '@column()' } },
    },
    payment_events: {
      columns: { payload: { tsType: 'Record<string, unknown>', decorator: '@column()' } },
    },
  },
} satisfies SchemaRules
