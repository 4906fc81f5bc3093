import { Link } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import { ActiveFilter, CatalogTabs } from '~/components/catalog'
import {
  FilterForm,
  FilterSelect,
  ListCount,
  Pager,
  filledParams,
} from '~/components/staff_list'
import type { InertiaProps, Paginated } from '~/types'

type Props = {
  kinds: { slug: string; title: string }[]
  components: Paginated<Data.Component>
  filters: { q: string; category: string; brand: string; active: string }
  categories: string[]
  brands: string[]
}

export default function CatalogComponents({
  kinds,
  components,
  filters,
  categories,
  brands,
}: InertiaProps<Props>) {
  return (
    <StaffLayout title="Components">
      <CatalogTabs kinds={kinds} current="components" />
      <div className="page-heading">
        <h1>Components</h1>
        <Link route="staff.catalog.components.create" className="button">
          New component
        </Link>
      </div>

      <FilterForm route="staff.catalog.components.index" className="filters catalog-filters">
        <Field name="q" label="Brand, model or SKU">
          {(props) => <input {...props} type="search" defaultValue={filters.q} autoFocus />}
        </Field>
        <FilterSelect
          name="category"
          label="Category"
          value={filters.category}
          options={categories}
        />
        <FilterSelect name="brand" label="Brand" value={filters.brand} options={brands} />
        <ActiveFilter value={filters.active} />
      </FilterForm>

      <ListCount total={components.metadata.total} noun={['component', 'components']} />

      {components.data.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Component</th>
              <th scope="col">Category</th>
              <th scope="col">SKU</th>
              <th scope="col">Price</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {components.data.map((component) => (
              <tr key={component.id}>
                <td data-label="Component">
                  <Link route="staff.catalog.components.show" routeParams={{ id: component.id }}>
                    {component.brand} {component.model}
                  </Link>
                </td>
                <td data-label="Category">{component.category}</td>
                <td data-label="SKU" className="mono">
                  {component.sku ?? '—'}
                </td>
                <td data-label="Price" className="mono">
                  {component.price}
                </td>
                <td data-label="Status">
                  {component.active ? (
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
        <p>No component matches.</p>
      )}

      <Pager
        meta={components.metadata}
        link={(page, label) => (
          <Link route="staff.catalog.components.index" qs={filledParams({ ...filters, page })}>
            {label}
          </Link>
        )}
      />
    </StaffLayout>
  )
}
