import { Form, Link } from '@adonisjs/inertia/react'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import {
  CatalogTabs,
  Pager,
  filledParams,
  type CatalogField,
  type CatalogKindDefinition,
  type Pagination,
  type SpecValue,
  ActiveFilter,
} from '~/components/catalog'
import type { InertiaProps } from '~/types'

type Props = {
  definition: CatalogKindDefinition
  kinds: { slug: string; title: string }[]
  items: {
    id: number
    name: string
    description: string | null
    price: string
    active: boolean
    values: Record<string, SpecValue>
  }[]
  filters: { q: string; active: string }
  pagination: Pagination
}

function cellText(value: SpecValue | undefined) {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return String(value)
}

/** The list of one non-component kind (operating systems, services, …). */
export default function CatalogItems({
  definition,
  kinds,
  items,
  filters,
  pagination,
}: InertiaProps<Props>) {
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

      <Form route="staff.catalog.items.index" routeParams={kind} className="filters" role="search">
        {({ processing }) => (
          <>
            <Field name="q" label="Name or description">
              {(props) => <input {...props} type="search" defaultValue={filters.q} autoFocus />}
            </Field>
            <ActiveFilter value={filters.active} />
            <button type="submit" className="button" disabled={processing}>
              Filter
            </button>
          </>
        )}
      </Form>

      <p className="muted" role="status">
        {pagination.total} {pagination.total === 1 ? 'entry' : 'entries'}
      </p>

      {items.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              {listed.map((field) => (
                <th scope="col" key={field.name}>
                  {field.label}
                </th>
              ))}
              <th scope="col">Price</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td data-label="Name">
                  <Link route="staff.catalog.items.edit" routeParams={{ ...kind, id: item.id }}>
                    {item.name}
                  </Link>
                  {item.description && (
                    <>
                      <br />
                      <span className="muted">{item.description}</span>
                    </>
                  )}
                </td>
                {listed.map((field) => (
                  <td data-label={field.label} key={field.name}>
                    {cellText(item.values[field.name])}
                  </td>
                ))}
                <td data-label="Price" className="mono">
                  {item.price}
                </td>
                <td data-label="Status">
                  {item.active ? (
                    <span className="badge ok">active</span>
                  ) : (
                    <span className="badge">inactive</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Nothing matches.</p>
      )}

      <Pager
        pagination={pagination}
        link={(page, label) => (
          <Link
            route="staff.catalog.items.index"
            routeParams={kind}
            qs={filledParams({ ...filters, page })}
          >
            {label}
          </Link>
        )}
      />
    </StaffLayout>
  )
}
