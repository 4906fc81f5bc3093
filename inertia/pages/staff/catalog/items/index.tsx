import { Link } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import {
  ActiveFilter,
  CatalogTabs,
  type CatalogField,
  type CatalogKindDefinition,
  type SpecValue,
} from '~/components/catalog'
import { FilterForm } from '~/components/staff_list'
import { PagedTable } from '~/components/staff/data_table'
import { ActiveBadge } from '~/components/staff/badges'
import type { InertiaProps, Paginated } from '~/types'

type Props = {
  definition: CatalogKindDefinition
  kinds: { slug: string; title: string }[]
  items: Paginated<Data.CatalogItem>
  filters: { q: string; active: string }
}

function cellText(value: SpecValue | undefined) {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return String(value)
}

/** The list of one non-component kind (operating systems, services, …). */
export default function CatalogItems({ definition, kinds, items, filters }: InertiaProps<Props>) {
  const listed = definition.listed
    .map((name) => definition.fields.find((field) => field.name === name))
    .filter((field): field is CatalogField => Boolean(field))
  const kind = { kind: definition.slug }

  return (
    <StaffLayout title={definition.title}>
      <CatalogTabs kinds={kinds} current={definition.slug} />
      <div className="page-heading">
        <h1>{definition.title}</h1>
        <Link route="staff.catalog.items.create" routeParams={kind} className="button">
          New {definition.singular}
        </Link>
      </div>

      <FilterForm route="staff.catalog.items.index" routeParams={kind}>
        <Field name="q" label="Name or description">
          {(props) => <input {...props} type="search" defaultValue={filters.q} autoFocus />}
        </Field>
        <ActiveFilter value={filters.active} />
      </FilterForm>

      <PagedTable
        page={items}
        noun={['entry', 'entries']}
        route="staff.catalog.items.index"
        routeParams={kind}
        query={filters}
        columns={[
          {
            label: 'Name',
            cell: (item) => (
              <>
                <Link route="staff.catalog.items.edit" routeParams={{ ...kind, id: item.id }}>
                  {item.name}
                </Link>
                {item.description && (
                  <>
                    <br />
                    <span className="muted">{item.description}</span>
                  </>
                )}
              </>
            ),
          },
          ...listed.map((field) => ({
            label: field.label,
            cell: (item: Data.CatalogItem) => cellText(item.values[field.name]),
          })),
          { label: 'Price', className: 'mono', cell: (item) => item.price },
          { label: 'Status', cell: (item) => <ActiveBadge active={item.active} /> },
        ]}
        empty={<p>Nothing matches.</p>}
      />
    </StaffLayout>
  )
}
