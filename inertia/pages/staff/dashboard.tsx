import { Link } from '@adonisjs/inertia/react'
import StaffLayout from '~/layouts/staff_layout'
import type { InertiaProps } from '~/types'

type Section = { title: string; href: string; text: string; available: boolean }

export default function StaffDashboard({
  firstName,
  sections,
}: InertiaProps<{ firstName: string; sections: Section[] }>) {
  return (
    <StaffLayout title="Dashboard">
      <p className="eyebrow">Dashboard</p>
      <h1>Staff back office</h1>
      <p className="lead">Welcome, {firstName}.</p>
      <div className="sections">
        {sections.map((section) =>
          section.available ? (
            <Link key={section.title} href={section.href} className="section-card">
              <h2>{section.title}</h2>
              <p className="muted">{section.text}</p>
            </Link>
          ) : (
            <a key={section.title} href={section.href} className="section-card">
              <h2>
                {section.title} <span className="badge">Coming soon</span>
              </h2>
              <p className="muted">{section.text}</p>
            </a>
          )
        )}
      </div>
    </StaffLayout>
  )
}
