import type { HttpContext } from '@adonisjs/core/http'
import { appUrl } from '#config/app'
import { PRIVATE_PATHS, SITE_PAGES } from '#domain/site_map'
import { LOCALE_QUERY } from '#middleware/locale_middleware'

const siteUrl = appUrl.replace(/\/+$/, '')

function escapeXml(value: string) {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;')
}

/** robots.txt and sitemap.xml for search engines. */
export default class SeoController {
  robots({ response }: HttpContext) {
    const lines = [
      'User-agent: *',
      ...PRIVATE_PATHS.map((path) => `Disallow: ${path}`),
      'Allow: /',
      '',
      `Sitemap: ${siteUrl}/sitemap.xml`,
    ]
    response.header('Content-Type', 'text/plain; charset=utf-8')
    return `${lines.join('\n')}\n`
  }

  sitemap({ response }: HttpContext) {
    const entries = SITE_PAGES.flatMap((path) => {
      const versions = {
        el: `${siteUrl}${path}`,
        en: `${siteUrl}${path}?${LOCALE_QUERY}=en`,
      }
      const alternates = [
        `<xhtml:link rel="alternate" hreflang="el" href="${escapeXml(versions.el)}"/>`,
        `<xhtml:link rel="alternate" hreflang="en" href="${escapeXml(versions.en)}"/>`,
        `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(versions.el)}"/>`,
      ].join('')
      return Object.values(versions).map(
        (url) => `<url><loc>${escapeXml(url)}</loc>${alternates}</url>`
      )
    })
    response.header('Content-Type', 'application/xml; charset=utf-8')
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
      ...entries,
      '</urlset>',
      '',
    ].join('\n')
  }
}
