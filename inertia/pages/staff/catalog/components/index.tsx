import { Form, Link } from '@adonisjs/inertia/react'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import {
  CatalogTabs,
  Pager,
  filledParams,
  type Pagination,
  ActiveFilter,
} from '~/components/catalog'
import type { InertiaProps } from '~/types'

type Props = {
  kinds: { slug: string; title: string }[]
  components: {
    id: number
    category: string
    brand: string
    model: string
    sku: string | null
    price: string
    active: boolean
  }[]
  filters: { q: string; category: string; brand: string; active: string }
  categories: string[]
  brands: string[]
  pagination: Pagination
}

export default function CatalogComponents({
  kinds,
  components,
  filters,
  categories,
  brands,
  pagination,
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

      <Form
        route="staff.catalog.components.index"
        className="filters catalog-filters"
        role="search"
      >
        {({ processing }) => (
          <>
            <Field name="q" label="Brand, model or SKU">
              {(props) => <input {...props} type="search" defaultValue={filters.q} autoFocus />}
            </Field>
            <Field name="category" label="Category">
              {(props) => (
                <select {...props} defaultValue={filters.category}>
                  <option value="">Any</option>
                  {categories.map((category) => (
                    <option key={category} value={category}>
                      {category}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="brand" label="Brand">
              {(props) => (
                <select {...props} defaultValue={filters.brand}>
                  <option value="">Any</option>
                  {brands.map((brand) => (
                    <option key={brand} value={brand}>
                      {brand}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <ActiveFilter value={filters.active} />
            <button type="submit" className="button" disabled={processing}>
              Filter
            </button>
          </>
        )}
      </Form>

      <p className="muted" role="status">
        {pagination.total} {pagination.total === 1 ? 'component' : 'components'}
      </p>

      {components.length > 0 ? (
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
            {components.map((component) => (
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
        pagination={pagination}
        link={(page, label) => (
          <Link route="staff.catalog.components.index" qs={filledParams({ ...filters, page })}>
            {label}
          </Link>
        )}
      />
    </StaffLayout>
  )
}
