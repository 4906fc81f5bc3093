import { Link } from '@adonisjs/inertia/react'
import type { Data } from '@generated/data'
import StaffLayout, { Field } from '~/layouts/staff_layout'
import { ActiveFilter, CatalogTabs } from '~/components/catalog'
import { FilterForm, FilterSelect } from '~/components/staff_list'
import { PagedTable } from '~/components/staff/data_table'
import { ActiveBadge } from '~/components/staff/badges'
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

      <PagedTable
        page={components}
        noun={['component', 'components']}
        route="staff.catalog.components.index"
        query={filters}
        columns={[
          {
            label: 'Component',
            cell: (component) => (
              <Link route="staff.catalog.components.show" routeParams={{ id: component.id }}>
                {component.brand} {component.model}
              </Link>
            ),
          },
          { label: 'Category', cell: (component) => component.category },
          { label: 'SKU', className: 'mono', cell: (component) => component.sku ?? '—' },
          { label: 'Price', className: 'mono', cell: (component) => component.price },
          { label: 'Status', cell: (component) => <ActiveBadge active={component.active} /> },
        ]}
        empty={<p>No component matches.</p>}
      />
    </StaffLayout>
  )
}
