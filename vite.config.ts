import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import adonisjs from '@adonisjs/vite/client'

export default defineConfig({
  plugins: [
    react(),
    adonisjs({
      entryPoints: ['inertia/app.tsx'],
      // The server renderer of the public pages (config/inertia.ts), built into
      // public/assets/server for production.
      serverEntryPoints: ['inertia/ssr.tsx'],
      reload: ['resources/views/**/*.edge'],
    }),
  ],
  // There is no index.html for Vite to crawl, so point its dependency scan at the
  // entry and every page: otherwise the first visit to a page in a fresh checkout
  // makes Vite discover a dependency, re-optimise and reload the page mid-test.
  optimizeDeps: {
    entries: ['inertia/app.tsx', 'inertia/ssr.tsx', 'inertia/pages/**/*.tsx'],
    include: [
      'react',
      'react-dom/client',
      'react/jsx-dev-runtime',
      '@inertiajs/react',
      '@adonisjs/inertia/helpers',
      '@adonisjs/inertia/react',
      '@tuyau/core/client',
      'intl-messageformat',
    ],
  },
  server: {
    // Transform the pages when the dev server starts rather than on the first visit.
    warmup: { clientFiles: ['inertia/app.tsx', 'inertia/pages/**/*.tsx'] },
    // tmp/ holds the embedded PostgreSQL cluster and the caught mail: watching it
    // floods the watcher with every WAL write and starves the server's event loop.
    watch: { ignored: ['**/tmp/**', '**/build/**', '**/public/assets/**'] },
  },
  build: {
    rolldownOptions: {
      output: {
        /*
        | Chunks by who needs them and how often they change. React and Inertia,
        | which every page needs and only an upgrade changes, get chunks of their
        | own: downloaded in parallel with the app's code and kept in the browser
        | cache across deployments. The words of each language are one chunk per
        | language, loaded only in that language. Every page stays its own chunk.
        */
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 3,
            },
            {
              name: 'inertia',
              test: /node_modules[\\/](@inertiajs|es-toolkit|laravel-precognition)[\\/]/,
              priority: 2,
            },
            {
              name: (id) => {
                const language = /resources[\\/]lang[\\/](\w+)[\\/]/.exec(id)?.[1]
                return language ? `messages-${language}` : null
              },
              priority: 1,
            },
          ],
        },
      },
    },
  },
  resolve: {
    alias: {
      '~/': `${import.meta.dirname}/inertia/`,
      '@generated': `${import.meta.dirname}/.adonisjs/client/`,
    },
  },
})
