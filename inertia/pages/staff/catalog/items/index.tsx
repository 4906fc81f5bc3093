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
import { FilterForm, ListCount, Pager, filledParams } from '~/components/staff_list'
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
export default function CatalogItems({
  definition,
  kinds,
  items,
  filters,
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

      <FilterForm route="staff.catalog.items.index" routeParams={kind}>
        <Field name="q" label="Name or description">
          {(props) => <input {...props} type="search" defaultValue={filters.q} autoFocus />}
        </Field>
        <ActiveFilter value={filters.active} />
      </FilterForm>

      <ListCount total={items.metadata.total} noun={['entry', 'entries']} />

      {items.data.length > 0 ? (
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
            {items.data.map((item) => (
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
        meta={items.metadata}
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
