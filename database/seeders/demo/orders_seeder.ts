import { randomInt, randomUUID } from 'node:crypto'
import { DateTime, Settings, type DurationLike } from 'luxon'
import app from '@adonisjs/core/services/app'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { centsToEuroString } from '#domain/money'
import { athensToday } from '#domain/shop_calendar'
import {
  FULFILLMENT_STATUSES,
  type BuildStatus,
  type FulfillmentStatus,
  type LineItemKind,
  type OrderStatus,
  type PaymentStatus,
  type TimelineStepStatus,
} from '#domain/statuses'
import Build from '#models/build'
import BuildEventLog from '#models/build_event_log'
import BuildTimelineStep from '#models/build_timeline_step'
import Component from '#models/component'
import OperatingSystem from '#models/operating_system'
import type Order from '#models/order'
import OrderLine from '#models/order_line'
import PaymentEvent from '#models/payment_event'
import Peripheral from '#models/peripheral'
import Service from '#models/service'
import ShippingMethod from '#models/shipping_method'
import Software from '#models/software'
import TestRun from '#models/test_run'
import User from '#models/user'
import Warranty from '#models/warranty'
import OrderTransitionService from '#services/order_transition_service'
import PublishQuoteService from '#services/publish_quote_service'
import QuoteDraftService from '#services/quote_draft_service'
import QuoteLinesService from '#services/quote_lines_service'
import type { StatusChange } from '#domain/order_lifecycle'
import { readDemoAccounts } from '#database/seeders/demo/users_seeder'

// ---------------------------------------------------------------------------
// What the orders contain: build templates made of catalog references
// ---------------------------------------------------------------------------

type LineRef =
  | { kind: 'component'; sku: string; quantity: number }
  | { kind: 'warranty'; months: number }
  | {
      kind: Exclude<LineItemKind, 'component' | 'warranty'>
      name: string
      quantity: number
    }

const part = (sku: string, quantity = 1): LineRef => ({ kind: 'component', sku, quantity })
const os = (name: string): LineRef => ({ kind: 'operating_system', name, quantity: 1 })
const service = (name: string): LineRef => ({ kind: 'service', name, quantity: 1 })
const warranty = (months: number): LineRef => ({ kind: 'warranty', months })
const shipping = (name: string): LineRef => ({ kind: 'shipping', name, quantity: 1 })
const peripheral = (name: string): LineRef => ({ kind: 'peripheral', name, quantity: 1 })
const software = (name: string): LineRef => ({ kind: 'software', name, quantity: 1 })

const ASSEMBLY = service('Συναρμολόγηση')
const OS_INSTALL = service('Εγκατάσταση λειτουργικού & οδηγών')
const CABLES = service('Premium cable management')
const BIOS = service('Ενημέρωση BIOS & ρύθμιση EXPO/XMP')
const STRESS = service('Stress test 24 ωρών & αναφορά QA')
const ACS = shipping('ACS Courier')
const GENIKI = shipping('Γενική Ταχυδρομική')
const PICKUP = shipping('Παραλαβή από το κατάστημα')

type BuildTemplate = { useCase: string; budgetCents: number; lines: LineRef[] }

/*
| Ten builds people really ask a boutique builder for. Parts are chosen to be
| compatible (socket, form factor, GPU length vs case, cooler height, PSU
| headroom), since staff and customers will read these quotes.
*/
const BUILDS = {
  gaming4k: {
    useCase: '4K gaming',
    budgetCents: 350_000,
    lines: [
      part('CPU-AMD-9800X3D'),
      part('MB-MSI-X870-TOMA'),
      part('RAM-COR-32-6000-VRGB'),
      part('GPU-MSI-5080-TRIO'),
      part('SSD-SAM-990PRO-2T'),
      part('PSU-COR-RM850X'),
      part('CASE-FRA-NORTH'),
      part('COOL-ARC-LF3PRO-360'),
      part('FAN-NOC-A14X25G2'),
      os('Windows 11 Home'),
      ASSEMBLY,
      OS_INSTALL,
      BIOS,
      warranty(24),
      ACS,
    ],
  },
  gaming1440: {
    useCase: '1440p competitive gaming',
    budgetCents: 200_000,
    lines: [
      part('CPU-AMD-9600X'),
      part('MB-ASU-B850-TUF'),
      part('RAM-KIN-32-6000-BEAST'),
      part('GPU-SAP-9070XT-PULSE'),
      part('SSD-SAM-990EVOP-1T'),
      part('PSU-BQ-PP12M-750'),
      part('CASE-LL-LANCOOL217'),
      part('COOL-ARC-FRZ36'),
      os('Windows 11 Home'),
      ASSEMBLY,
      warranty(12),
      GENIKI,
    ],
  },
  videoEditing: {
    useCase: 'Video editing (DaVinci Resolve, 6K RAW)',
    budgetCents: 550_000,
    lines: [
      part('CPU-INT-U9-285K'),
      part('MB-ASU-Z890-PROART'),
      part('RAM-COR-96-6400-VEN'),
      part('GPU-MSI-5080-TRIO'),
      part('SSD-SAM-9100PRO-2T'),
      part('SSD-WD-SN850X-2T'),
      part('HDD-SEA-BARRA-4T'),
      part('PSU-COR-RM1000X'),
      part('CASE-FRA-TORRENT'),
      part('COOL-NOC-NHD15G2'),
      part('OTH-TG-KRYO-1G'),
      os('Windows 11 Pro'),
      software('DaVinci Resolve Studio 20'),
      ASSEMBLY,
      OS_INSTALL,
      STRESS,
      warranty(36),
      ACS,
    ],
  },
  mlWorkstation: {
    useCase: 'ML development (PyTorch, local LLMs)',
    budgetCents: 750_000,
    lines: [
      part('CPU-AMD-9950X3D'),
      part('MB-ASU-X870E-E'),
      part('RAM-COR-96-6400-VEN'),
      part('GPU-ASU-5090-ASTRAL'),
      part('OTH-CM-12V2X6'),
      part('SSD-SAM-9100PRO-2T', 2),
      part('PSU-COR-HX1500I'),
      part('CASE-LL-O11EVO'),
      part('COOL-COR-TITAN360'),
      part('FAN-LL-SLINF120-3', 2),
      os('Ubuntu 24.04 LTS'),
      ASSEMBLY,
      CABLES,
      STRESS,
      warranty(36),
      PICKUP,
    ],
  },
  archRendering: {
    useCase: 'Architectural rendering (Revit, Lumion, V-Ray)',
    budgetCents: 500_000,
    lines: [
      part('CPU-AMD-9950X3D'),
      part('MB-MSI-X870-TOMA'),
      part('RAM-GSK-64-6000-Z5NEO'),
      part('GPU-PNY-RTXPRO4000'),
      part('SSD-SAM-990PRO-2T'),
      part('SSD-SAM-870EVO-1T'),
      part('PSU-SEA-FOCUSGX-850'),
      part('CASE-FRA-NORTH'),
      part('COOL-BQ-DRP5'),
      os('Windows 11 Pro'),
      peripheral('Dell 27 Plus 4K S2725QS'),
      software('Microsoft Office Home 2024'),
      ASSEMBLY,
      OS_INSTALL,
      warranty(24),
      ACS,
    ],
  },
  compactItx: {
    useCase: 'Compact gaming PC για το σαλόνι',
    budgetCents: 300_000,
    lines: [
      part('CPU-INT-U7-265K'),
      part('MB-ASU-B860I'),
      part('RAM-COR-32-7200-DOMTI'),
      part('GPU-GIG-5070TI-WF'),
      part('SSD-SDK-SN8100-2T'),
      part('PSU-COR-SF850'),
      part('CASE-FRA-TERRA'),
      part('COOL-NOC-NHL12S'),
      os('Windows 11 Home'),
      ASSEMBLY,
      CABLES,
      warranty(12),
      PICKUP,
    ],
  },
  streaming: {
    useCase: 'Streaming και gaming',
    budgetCents: 300_000,
    lines: [
      part('CPU-INT-U7-265K'),
      part('MB-GIG-Z890-ELITE'),
      part('RAM-KIN-64-5600-BEAST'),
      part('GPU-ASU-5070-PRIME'),
      part('SSD-KIN-KC3000-2T'),
      part('PSU-SEA-FOCUSGX-850'),
      part('CASE-NZXT-H6FLOW'),
      part('COOL-BQ-LL360'),
      os('Windows 11 Home'),
      peripheral('Logitech Brio 4K'),
      peripheral('SteelSeries Arctis Nova 7 Wireless'),
      ASSEMBLY,
      OS_INSTALL,
      warranty(24),
      ACS,
    ],
  },
  esports: {
    useCase: 'Esports 1080p/1440p',
    budgetCents: 200_000,
    lines: [
      part('CPU-AMD-9600X'),
      part('MB-MSI-B850M-MORTAR'),
      part('RAM-GSK-32-6000-FLARE'),
      part('GPU-PAL-5060TI-INF3'),
      part('SSD-SAM-990EVOP-1T'),
      part('PSU-BQ-PP12M-750'),
      part('CASE-NZXT-H6FLOW'),
      part('COOL-ARC-FRZ36'),
      part('FAN-ARC-P12PRO', 2),
      os('Windows 11 Home'),
      peripheral('Razer DeathAdder V3 Pro'),
      ASSEMBLY,
      warranty(12),
      GENIKI,
    ],
  },
  office: {
    useCase: 'Γραφείο και προγραμματισμός',
    budgetCents: 200_000,
    lines: [
      part('CPU-AMD-9700X'),
      part('MB-GIG-B650-ELITE'),
      part('RAM-KIN-64-5600-BEAST'),
      part('SSD-SAM-990PRO-2T'),
      part('PSU-BQ-PP12M-750'),
      part('CASE-FRA-NORTH'),
      part('COOL-NOC-NHU12A-BLK'),
      os('Fedora Workstation 43'),
      peripheral('Keychron Q1 Max'),
      ASSEMBLY,
      OS_INSTALL,
      warranty(12),
      ACS,
    ],
  },
  musicProduction: {
    useCase: 'Music production (Ableton, αθόρυβο)',
    budgetCents: 300_000,
    lines: [
      part('CPU-AMD-9900X'),
      part('MB-ASR-X870-PRORS'),
      part('OTH-TPL-TBE550E'),
      part('RAM-KIN-64-5600-BEAST'),
      part('GPU-SAP-9060XT-PURE'),
      part('SSD-SAM-990PRO-2T', 2),
      part('PSU-SEA-FOCUSGX-850'),
      part('CASE-FRA-NORTH'),
      part('COOL-NOC-NHD15G2'),
      part('FAN-NOC-A14X25G2', 2),
      os('Windows 11 Pro'),
      software('Microsoft 365 Personal (1 έτος)'),
      ASSEMBLY,
      CABLES,
      warranty(24),
      ACS,
    ],
  },
} satisfies Record<string, BuildTemplate>

type BuildName = keyof typeof BUILDS

// ---------------------------------------------------------------------------
// What happens to each order: a script of steps on a simulated clock
// ---------------------------------------------------------------------------

type Step = { after: DurationLike } & (
  | { do: 'publish'; validDays?: number }
  | { do: 'claim' }
  | { do: 'accept' }
  | { do: 'requestPayment' }
  | { do: 'abandonPayment'; reason: string }
  | { do: 'pay' }
  | { do: 'fulfil'; to: FulfillmentStatus; reason?: string }
  | { do: 'complete' }
  | { do: 'refund'; reason: string }
  | { do: 'cancel'; reason: string }
)

/** From draft to a confirmed, paid order, at a customer's usual pace. */
const paidPath = (): Step[] => [
  { do: 'publish', after: { hours: 3 } },
  { do: 'claim', after: { hours: 20 } },
  { do: 'accept', after: { hours: 1 } },
  { do: 'requestPayment', after: { minutes: 2 } },
  { do: 'pay', after: { minutes: 6 } },
]

/** How long the stage before each one takes in the workshop (stories start at 09:00). */
const STAGE_DELAY: Record<FulfillmentStatus, DurationLike> = {
  awaiting_parts: { hours: 3 },
  assembling: { days: 2 },
  setup: { days: 1 },
  testing: { hours: 5 },
  // Stress tests run overnight.
  ready: { hours: 16 },
  packaging: { hours: 2 },
  shipped: { hours: 4 },
  completed: { days: 1, hours: 20 },
}

/** Every fulfilment stage up to `target`, along the shipping path. */
function fulfilUntil(target: FulfillmentStatus): Step[] {
  const path = FULFILLMENT_STATUSES.slice(0, FULFILLMENT_STATUSES.indexOf(target) + 1)
  return path.map((to) => ({ do: 'fulfil', to, after: STAGE_DELAY[to] }))
}

type Intake = { name: string; email: string; phone: string }

type Scenario = {
  /** What the demo shows with this order (printed in the seeding summary). */
  label: string
  build: BuildName
  /** Index into the demo customers (claimed and later orders), or a walk-in's intake. */
  customer?: number
  intake?: Intake
  /** When staff created the draft. */
  startedAgo: DurationLike
  steps: Step[]
  notes?: string
  internalNotes?: string
  /** Only the component lines: a draft staff are still putting together. */
  componentsOnly?: boolean
  noLines?: boolean
  /** Price overrides by SKU, with the reason the line keeps. */
  overrides?: Record<string, { unitPriceCents: number; reason: string }>
}

const REWORK_REASON =
  'OCCT: σφάλματα μνήμης μετά από 22 λεπτά. Επιστροφή στον πάγκο για αντικατάσταση του κιτ μνήμης.'

/*
| Every meaningful combination of the three axes, each reached from draft
| through OrderTransitionService exactly as the app would. Customers 0, 1, 2
| are the demo customers of demo_accounts.json; the others are walk-ins who
| have no account yet.
*/
const SCENARIOS: Scenario[] = [
  {
    label: 'draft, lines being added',
    build: 'gaming4k',
    intake: {
      name: 'Δημήτρης Οικονόμου',
      email: 'dimitris.oikonomou@example.com',
      phone: '+306944120387',
    },
    startedAgo: { hours: 20 },
    componentsOnly: true,
    notes: 'Θέλει να παίζει Cyberpunk 2077 σε 4K με path tracing. Προτιμά λευκό build.',
    steps: [],
  },
  {
    label: 'draft, intake only',
    build: 'office',
    intake: { name: 'Σοφία Αλεξίου', email: 'sofia.alexiou@example.net', phone: '+306977345120' },
    startedAgo: { hours: 3 },
    noLines: true,
    notes: 'Τηλεφώνησε για σταθμό εργασίας για Android Studio και Docker. Να την καλέσουμε.',
    steps: [],
  },
  {
    label: 'cancelled from draft (duplicate intake)',
    build: 'musicProduction',
    intake: {
      name: 'Στέλιος Βλάχος',
      email: 'stelios.vlachos@example.org',
      phone: '+306932871466',
    },
    startedAgo: { days: 6 },
    steps: [
      {
        do: 'cancel',
        after: { hours: 2 },
        reason: 'Διπλή καταχώριση: ο πελάτης συνεχίζει με την προσφορά του συνεργάτη του.',
      },
    ],
  },
  {
    label: 'quote, valid',
    build: 'gaming1440',
    intake: {
      name: 'Κατερίνα Γεωργίου',
      email: 'katerina.georgiou@example.com',
      phone: '+306955902318',
    },
    startedAgo: { days: 3 },
    notes: 'Παίζει Valorant και CS2, θέλει σταθερά 240+ fps σε 1440p.',
    steps: [{ do: 'publish', after: { hours: 4 } }],
  },
  {
    label: 'quote, valid (with peripherals and software)',
    build: 'archRendering',
    intake: {
      name: 'Αθηνά Νικολάου',
      email: 'athina.nikolaou@example.com',
      phone: '+306945338811',
    },
    startedAgo: { days: 6 },
    notes: 'Αρχιτεκτονικό γραφείο, Revit και Lumion. Χρειάζεται τιμολόγιο.',
    steps: [{ do: 'publish', after: { days: 1 } }],
  },
  {
    label: 'quote, expired',
    build: 'esports',
    intake: {
      name: 'Παναγιώτης Μακρής',
      email: 'p.makris@example.net',
      phone: '+306981223904',
    },
    startedAgo: { days: 45 },
    steps: [{ do: 'publish', after: { days: 1 }, validDays: 14 }],
  },
  {
    label: 'claimed',
    build: 'streaming',
    customer: 0,
    startedAgo: { days: 5 },
    notes: 'Streaming στο Twitch, θέλει καλή κάμερα και ακουστικά στο ίδιο πακέτο.',
    steps: [
      { do: 'publish', after: { hours: 3 } },
      { do: 'claim', after: { days: 1 } },
    ],
  },
  {
    label: 'confirmed, unpaid (payment order expired)',
    build: 'office',
    customer: 1,
    startedAgo: { days: 8 },
    steps: [
      { do: 'publish', after: { hours: 5 } },
      { do: 'claim', after: { hours: 20 } },
      { do: 'accept', after: { hours: 1 } },
      { do: 'requestPayment', after: { minutes: 5 } },
      {
        do: 'abandonPayment',
        after: { minutes: 35 },
        reason: 'Η εντολή πληρωμής Viva έληξε χωρίς πληρωμή.',
      },
    ],
  },
  {
    label: 'confirmed, awaiting payment',
    build: 'videoEditing',
    customer: 2,
    startedAgo: { days: 4 },
    notes: 'Edits 6K BRAW footage for a travel channel; wants the fastest scratch disk.',
    steps: [
      { do: 'publish', after: { hours: 2 } },
      { do: 'claim', after: { days: 1 } },
      { do: 'accept', after: { hours: 2 } },
      { do: 'requestPayment', after: { minutes: 3 } },
    ],
  },
  {
    label: 'confirmed, paid, fulfilment not started',
    build: 'gaming1440',
    customer: 0,
    startedAgo: { days: 3 },
    steps: paidPath(),
  },
  {
    label: 'paid, awaiting parts',
    build: 'mlWorkstation',
    customer: 1,
    startedAgo: { days: 9 },
    internalNotes: 'Η RTX 5090 Astral έρχεται από Info Quest, ETA 5 εργάσιμες.',
    steps: [...paidPath(), ...fulfilUntil('awaiting_parts')],
  },
  {
    label: 'paid, assembling',
    build: 'gaming4k',
    customer: 2,
    startedAgo: { days: 10 },
    steps: [...paidPath(), ...fulfilUntil('assembling')],
  },
  {
    label: 'paid, setup',
    build: 'compactItx',
    customer: 0,
    startedAgo: { days: 11 },
    steps: [...paidPath(), ...fulfilUntil('setup')],
  },
  {
    label: 'paid, testing',
    build: 'musicProduction',
    customer: 1,
    startedAgo: { days: 12 },
    steps: [...paidPath(), ...fulfilUntil('testing')],
  },
  {
    label: 'paid, rework (testing → assembling)',
    build: 'gaming1440',
    customer: 2,
    startedAgo: { days: 12 },
    steps: [
      ...paidPath(),
      ...fulfilUntil('testing'),
      { do: 'fulfil', to: 'assembling', after: { hours: 20 }, reason: REWORK_REASON },
    ],
  },
  {
    label: 'paid, ready',
    build: 'office',
    customer: 0,
    startedAgo: { days: 14 },
    steps: [...paidPath(), ...fulfilUntil('ready')],
  },
  {
    label: 'paid, packaging',
    build: 'streaming',
    customer: 1,
    startedAgo: { days: 15 },
    steps: [...paidPath(), ...fulfilUntil('packaging')],
  },
  {
    label: 'paid, shipped',
    build: 'gaming4k',
    customer: 2,
    startedAgo: { days: 16 },
    steps: [...paidPath(), ...fulfilUntil('shipped')],
  },
  {
    label: 'completed (shipped, price override)',
    build: 'videoEditing',
    customer: 0,
    startedAgo: { days: 60 },
    overrides: {
      'GPU-MSI-5080-TRIO': {
        unitPriceCents: 129_900,
        reason: 'Αντιστοίχιση με την τιμή προσφοράς του προμηθευτή',
      },
    },
    steps: [...paidPath(), ...fulfilUntil('completed'), { do: 'complete', after: { hours: 2 } }],
  },
  {
    label: 'completed (in-store pickup: ready → completed)',
    build: 'mlWorkstation',
    customer: 1,
    startedAgo: { days: 35 },
    steps: [
      ...paidPath(),
      ...fulfilUntil('ready'),
      { do: 'fulfil', to: 'completed', after: { days: 1 } },
      { do: 'complete', after: { minutes: 30 } },
    ],
  },
  {
    label: 'completed, then refunded',
    build: 'esports',
    customer: 2,
    startedAgo: { days: 100 },
    steps: [
      ...paidPath(),
      ...fulfilUntil('completed'),
      { do: 'complete', after: { hours: 1 } },
      {
        do: 'refund',
        after: { days: 9 },
        reason: 'Υπαναχώρηση εντός 14 ημερών από την παράδοση· το σύστημα επεστράφη άθικτο.',
      },
    ],
  },
  {
    label: 'cancelled from quote',
    build: 'gaming1440',
    intake: {
      name: 'Γιάννης Ιωάννου',
      email: 'giannis.ioannou@example.org',
      phone: '+306973550128',
    },
    startedAgo: { days: 20 },
    steps: [
      { do: 'publish', after: { hours: 4 } },
      { do: 'cancel', after: { days: 5 }, reason: 'Ο πελάτης αγόρασε τελικά έτοιμο σύστημα.' },
    ],
  },
  {
    label: 'cancelled from claimed',
    build: 'archRendering',
    customer: 1,
    startedAgo: { days: 25 },
    steps: [
      { do: 'publish', after: { hours: 6 } },
      { do: 'claim', after: { days: 2 } },
      { do: 'cancel', after: { days: 2 }, reason: 'Ο πελάτης ανέβαλε την αγορά για το νέο έτος.' },
    ],
  },
  {
    label: 'paid, refunded, then cancelled',
    build: 'streaming',
    customer: 0,
    startedAgo: { days: 30 },
    steps: [
      ...paidPath(),
      {
        do: 'refund',
        after: { days: 1 },
        reason: 'Υπαναχώρηση πελάτη πριν την έναρξη της συναρμολόγησης.',
      },
      {
        do: 'cancel',
        after: { minutes: 10 },
        reason: 'Υπαναχώρηση πελάτη· η πληρωμή επιστράφηκε.',
      },
    ],
  },
  // Older completed orders, so revenue-by-month charts have a history.
  {
    label: 'completed (older)',
    build: 'gaming4k',
    customer: 1,
    startedAgo: { days: 150 },
    steps: [...paidPath(), ...fulfilUntil('completed'), { do: 'complete', after: { hours: 3 } }],
  },
  {
    label: 'completed (older)',
    build: 'musicProduction',
    customer: 2,
    startedAgo: { days: 120 },
    steps: [...paidPath(), ...fulfilUntil('completed'), { do: 'complete', after: { hours: 3 } }],
  },
  {
    label: 'completed (older)',
    build: 'office',
    customer: 0,
    startedAgo: { days: 200 },
    steps: [...paidPath(), ...fulfilUntil('completed'), { do: 'complete', after: { hours: 3 } }],
  },
]

// ---------------------------------------------------------------------------
// Test results the QA bench would produce for the parts in these builds
// ---------------------------------------------------------------------------

/** Cinebench 2024 multi-core / single-core, per CPU. */
const CINEBENCH: Record<string, [number, number]> = {
  'CPU-AMD-9800X3D': [1348, 133],
  'CPU-AMD-9950X3D': [2291, 137],
  'CPU-AMD-9900X': [1962, 138],
  'CPU-AMD-9700X': [1183, 135],
  'CPU-AMD-9600X': [961, 134],
  'CPU-INT-U9-285K': [2418, 145],
  'CPU-INT-U7-265K': [2061, 140],
  'CPU-INT-U5-245K': [1519, 132],
}

/** 3DMark Steel Nomad, per graphics card. */
const STEEL_NOMAD: Record<string, number> = {
  'GPU-ASU-5090-ASTRAL': 14_482,
  'GPU-MSI-5080-TRIO': 8655,
  'GPU-GIG-5070TI-WF': 7104,
  'GPU-ASU-5070-PRIME': 5519,
  'GPU-PAL-5060TI-INF3': 3512,
  'GPU-SAP-9070XT-PULSE': 7012,
  'GPU-SAP-9060XT-PURE': 3604,
  'GPU-PNY-RTXPRO4000': 4790,
}

const BIOS_VERSIONS: Record<string, string> = {
  ASUS: '1804',
  MSI: '1.A70',
  Gigabyte: 'F14',
  ASRock: '3.40',
}

// ---------------------------------------------------------------------------
// The simulated clock
// ---------------------------------------------------------------------------

/**
 * Each order's story happens over days or months, but the history rows,
 * timestamps and payments are written by the app's own code, which reads the
 * time from Luxon. Pointing Luxon's clock at the story's moment for each step
 * gives every row (history included, which is immutable once written) the
 * date it would have had, without writing any of them by hand.
 */
class StoryClock {
  #real = Settings.now
  #current: DateTime = DateTime.now()
  readonly realNow: DateTime = DateTime.now()

  start(at: DateTime) {
    this.#current = at
    Settings.now = () => this.#current.toMillis()
  }

  advance(duration: DurationLike) {
    const next = this.#current.plus(duration)
    // A story that runs past today is a mistake in SCENARIOS, not something to paper over.
    if (next > this.realNow) {
      throw new Error(`Demo story runs into the future (${next.toISO()}): shorten its steps`)
    }
    this.#current = next
  }

  get now() {
    return this.#current
  }

  restore() {
    Settings.now = this.#real
  }
}

// ---------------------------------------------------------------------------
// The seeder
// ---------------------------------------------------------------------------

type Catalog = {
  components: Map<string, Component>
  operatingSystems: Map<string, OperatingSystem>
  services: Map<string, Service>
  warranties: Map<number, Warranty>
  shipping: Map<string, ShippingMethod>
  peripherals: Map<string, Peripheral>
  software: Map<string, Software>
}

export type SeededOrder = {
  orderNumber: string
  label: string
  orderStatus: OrderStatus
  paymentStatus: PaymentStatus
  fulfillmentStatus: FulfillmentStatus | null
  customer: string | null
  totalGrossCents: number
}

/** State of one order's story while it is told. */
type Story = {
  scenario: Scenario
  order: Order
  lines: OrderLine[]
  customer: User | null
  /** When each fulfilment stage was entered, in order (rework enters a stage twice). */
  stages: { status: FulfillmentStatus; at: DateTime }[]
}

/**
 * The demo orders (see SCENARIOS). Needs the users and the catalog seeded
 * first; run through MainSeeder (see UsersSeeder for why `environment` is empty).
 */
export default class OrdersSeeder extends BaseSeeder {
  static environment: string[] = []

  /** What was created, for the command's summary. */
  seeded: SeededOrder[] = []

  #transitions!: OrderTransitionService
  #drafts!: QuoteDraftService
  #lines!: QuoteLinesService
  #publishing!: PublishQuoteService
  #clock = new StoryClock()
  #owner!: User
  #builder!: User
  #customers: User[] = []
  #catalog!: Catalog

  async run() {
    // The same use cases as the back office: drafts, catalog lines, publishing, transitions.
    this.#transitions = await app.container.make(OrderTransitionService)
    this.#drafts = await app.container.make(QuoteDraftService)
    this.#lines = await app.container.make(QuoteLinesService)
    this.#publishing = await app.container.make(PublishQuoteService)
    await this.#loadPeople()
    await this.#loadCatalog()
    try {
      for (const [index, scenario] of SCENARIOS.entries()) {
        await this.#tell(scenario, index)
      }
    } finally {
      this.#clock.restore()
    }
  }

  async #loadPeople() {
    const accounts = await readDemoAccounts()
    const byEmail = async (email: string) =>
      User.query({ client: this.client }).whereRaw('lower(email) = lower(?)', [email]).firstOrFail()
    // One after the other: a transaction is one connection, which runs one query at a time.
    const staff: User[] = []
    for (const account of accounts.staff) staff.push(await byEmail(account.email))
    this.#owner = staff.find((user) => user.role === 'superadmin') ?? staff[0]
    this.#builder = staff.find((user) => user.role === 'admin') ?? this.#owner
    for (const account of accounts.customers) this.#customers.push(await byEmail(account.email))
  }

  async #loadCatalog() {
    const client = this.client
    const byName = <T extends { name: string }>(rows: T[]) =>
      new Map(rows.map((row) => [row.name, row]))
    const components = await Component.query({ client })
    const warranties = await Warranty.query({ client }).where('active', true)
    this.#catalog = {
      components: new Map(components.map((component) => [component.sku!, component])),
      operatingSystems: byName(await OperatingSystem.query({ client })),
      services: byName(await Service.query({ client })),
      warranties: new Map(warranties.map((row) => [row.durationMonths, row])),
      shipping: byName(await ShippingMethod.query({ client })),
      peripherals: byName(await Peripheral.query({ client })),
      software: byName(await Software.query({ client })),
    }
  }

  async #tell(scenario: Scenario, index: number) {
    const clock = this.#clock
    // Stories that began days ago begin at 09:xx in Athens, when the shop opens; recent
    // ones at the exact time, so that they never start in the future.
    const startedAt = clock.realNow.minus(scenario.startedAgo)
    clock.start(
      clock.realNow.diff(startedAt, 'days').days >= 2
        ? startedAt
            .setZone('Europe/Athens')
            .set({ hour: 9, minute: (index * 7) % 60, second: 0, millisecond: 0 })
        : startedAt
    )

    const customer = scenario.customer === undefined ? null : this.#customers[scenario.customer]
    const intake = customer
      ? { name: customer.fullName, email: customer.email, phone: customer.phone ?? '' }
      : scenario.intake!
    const template = BUILDS[scenario.build]

    const order = await this.#drafts.create(
      {
        intakeName: intake.name,
        intakeEmail: intake.email,
        intakePhone: intake.phone || null,
        useCase: template.useCase,
        budgetCents: template.budgetCents,
        notes: scenario.notes ?? null,
        internalNotes: scenario.internalNotes ?? null,
      },
      index % 2 === 0 ? this.#owner : this.#builder,
      { client: this.#trx() }
    )

    clock.advance({ minutes: 25 })
    const lines = scenario.noLines ? [] : await this.#addLines(order, scenario, template)
    const story: Story = { scenario, order, lines, customer, stages: [] }

    for (const step of scenario.steps) {
      clock.advance(step.after)
      await this.#perform(story, step)
    }

    await order.refresh()
    if (order.fulfillmentStatus) await this.#recordBuild(story)

    this.seeded.push({
      orderNumber: order.orderNumber,
      label: scenario.label,
      orderStatus: order.orderStatus,
      paymentStatus: order.paymentStatus,
      fulfillmentStatus: order.fulfillmentStatus,
      customer: customer?.email ?? null,
      totalGrossCents: order.totalGrossCents,
    })
  }

  /**
   * The template's lines added from the catalog the way staff add them
   * (QuoteLinesService: snapshot, position, totals), then the scenario's
   * price overrides with their reasons.
   */
  async #addLines(order: Order, scenario: Scenario, template: BuildTemplate) {
    const refs = scenario.componentsOnly
      ? template.lines.filter((ref) => ref.kind === 'component')
      : template.lines
    const options = { client: this.#trx() }
    for (const ref of refs) {
      const { id, quantity } = this.#catalogRow(ref)
      const line = await this.#lines.addCatalogLine(order, ref.kind, id, quantity, options)
      const override = ref.kind === 'component' ? scenario.overrides?.[ref.sku] : undefined
      if (override) {
        await this.#lines.updateLine(
          order,
          line.id,
          { unitPriceCents: override.unitPriceCents, priceOverrideReason: override.reason },
          this.#owner,
          options
        )
      }
    }
    return OrderLine.query({ client: this.client }).where('orderId', order.id).orderBy('position')
  }

  /** The demo catalog row a template line refers to. */
  #catalogRow(ref: LineRef): { id: number; quantity: number } {
    const catalog = this.#catalog
    const missing = (what: string): never => {
      throw new Error(`Demo order refers to ${what}, which is not in the demo catalog`)
    }
    switch (ref.kind) {
      case 'component': {
        const row = catalog.components.get(ref.sku) ?? missing(`component ${ref.sku}`)
        return { id: row.id, quantity: ref.quantity }
      }
      case 'warranty': {
        const row = catalog.warranties.get(ref.months) ?? missing(`a ${ref.months}-month warranty`)
        return { id: row.id, quantity: 1 }
      }
      case 'operating_system': {
        const row = catalog.operatingSystems.get(ref.name) ?? missing(`OS ${ref.name}`)
        return { id: row.id, quantity: ref.quantity }
      }
      case 'service': {
        const row = catalog.services.get(ref.name) ?? missing(`service ${ref.name}`)
        return { id: row.id, quantity: ref.quantity }
      }
      case 'shipping': {
        const row = catalog.shipping.get(ref.name) ?? missing(`shipping ${ref.name}`)
        return { id: row.id, quantity: ref.quantity }
      }
      case 'peripheral': {
        const row = catalog.peripherals.get(ref.name) ?? missing(`peripheral ${ref.name}`)
        return { id: row.id, quantity: ref.quantity }
      }
      case 'software': {
        const row = catalog.software.get(ref.name) ?? missing(`software ${ref.name}`)
        return { id: row.id, quantity: ref.quantity }
      }
    }
  }

  #apply(order: Order, change: StatusChange, actor: User | null, reason?: string) {
    return this.#transitions.apply(order.id, change, { actor, reason, client: this.#trx() })
  }

  /** Transitions write in the caller's transaction (MainSeeder always provides one). */
  #trx() {
    if (!this.client.isTransaction) {
      throw new Error('OrdersSeeder must run inside a transaction (run it through MainSeeder)')
    }
    return this.client as TransactionClientContract
  }

  async #perform(story: Story, step: Step) {
    const { order, customer } = story
    const now = this.#clock.now
    switch (step.do) {
      case 'publish': {
        // Publishing as staff do it: claim code, validity date (Athens days), totals, quote state.
        const validUntil = step.validDays
          ? DateTime.fromISO(athensToday()).plus({ days: step.validDays }).toISODate()!
          : undefined
        await this.#publishing.publish(order, this.#owner, { client: this.#trx(), validUntil })
        return
      }
      case 'claim': {
        // The database requires a customer on a claimed order: bind it first, then transition.
        const claimer = customer ?? fail('a claim step needs a demo customer')
        order.merge({ customerId: claimer.id, claimedAt: now })
        await order.save()
        await this.#apply(order, { axis: 'orderStatus', to: 'claimed' }, claimer)
        return
      }
      case 'accept':
        order.acceptedAt = now
        await order.save()
        await this.#apply(order, { axis: 'orderStatus', to: 'confirmed' }, customer)
        return
      case 'requestPayment':
        // A Viva payment order lives 30 minutes (paymentTimeout 1800 s).
        order.merge({
          vivaOrderCode: vivaOrderCode(),
          vivaOrderCodeExpiresAt: now.plus({ minutes: 30 }),
        })
        await order.save()
        await this.#apply(order, { axis: 'paymentStatus', to: 'awaiting_payment' }, customer)
        return
      case 'abandonPayment':
        // Nobody acts: the payment order expired (actor null = the system).
        await this.#apply(order, { axis: 'paymentStatus', to: 'unpaid' }, null, step.reason)
        return
      case 'pay': {
        const transactionId = randomUUID()
        order.merge({ paidAt: now, invoiceReference: transactionId })
        await order.save()
        // Recorded by the webhook after re-fetching the transaction from Viva: no human actor.
        await this.#apply(order, { axis: 'paymentStatus', to: 'paid' }, null)
        await this.#paymentEvent(order, 1796, transactionId)
        return
      }
      case 'refund':
        await this.#apply(
          order,
          { axis: 'paymentStatus', to: 'refunded' },
          this.#owner,
          step.reason
        )
        await this.#paymentEvent(order, 1797, randomUUID())
        return
      case 'fulfil':
        await this.#apply(
          order,
          { axis: 'fulfillmentStatus', to: step.to },
          step.to === 'completed' || step.to === 'shipped' ? this.#owner : this.#builder,
          step.reason
        )
        story.stages.push({ status: step.to, at: now })
        return
      case 'complete':
        await this.#apply(order, { axis: 'orderStatus', to: 'completed' }, this.#owner)
        return
      case 'cancel':
        await this.#apply(order, { axis: 'orderStatus', to: 'cancelled' }, this.#owner, step.reason)
        return
    }
  }

  /** The stored Viva webhook delivery (VIVA.md §5), already processed. */
  async #paymentEvent(order: Order, eventTypeId: 1796 | 1797, transactionId: string) {
    const messageId = randomUUID()
    const now = this.#clock.now
    await PaymentEvent.create(
      {
        provider: 'viva',
        eventId: messageId,
        eventTypeId,
        orderId: order.id,
        payload: {
          EventTypeId: eventTypeId,
          Created: now.toUTC().toISO(),
          MessageId: messageId,
          MessageTypeId: 512,
          Delay: null,
          EventData: {
            TransactionId: transactionId,
            // 16 digits exceed 2^53: kept as a string, as the payment client does.
            OrderCode: order.vivaOrderCode,
            StatusId: 'F',
            Amount: Number(centsToEuroString(order.totalGrossCents)),
            MerchantTrns: order.orderNumber,
            Email: order.intakeEmail,
            FullName: order.intakeName,
            CurrencyCode: '978',
          },
        },
        processedAt: now.plus({ seconds: 2 }),
      },
      { client: this.client }
    )
  }

  // -------------------------------------------------------------------------
  // Builds
  // -------------------------------------------------------------------------

  /**
   * The build behind the order's fulfilment, consistent with where it stands:
   * status per SPEC §4's mapping, timeline steps done up to the current stage,
   * the staff log of what happened, and test runs once testing has begun.
   */
  async #recordBuild(story: Story) {
    const { order, lines, stages } = story
    const client = this.client
    const current = order.fulfillmentStatus!
    const rank = (status: FulfillmentStatus) => FULFILLMENT_STATUSES.indexOf(status)
    const lastEntered = (status: FulfillmentStatus) =>
      stages.findLast((stage) => stage.status === status)?.at ?? null

    const component = (category: string) => lines.find((line) => line.category === category)
    const cpu = component('cpu')
    const gpu = component('gpu')
    const board = component('motherboard')
    const osLine = lines.find((line) => line.kind === 'operating_system')
    const shippingLine = lines.find((line) => line.kind === 'shipping')
    const pickup = shippingLine?.isPickup ?? false
    const reworked = stages.some(
      (stage, index) =>
        stage.status === 'assembling' && index > 0 && stages[index - 1].status === 'testing'
    )

    const startedAt = stages[0].at
    const readyAt = lastEntered('ready')
    const status: BuildStatus =
      current === 'awaiting_parts'
        ? 'pending'
        : current === 'assembling' || current === 'setup'
          ? 'in_progress'
          : current === 'testing'
            ? 'testing'
            : 'completed'
    // QA facts stay true after a rework sends the build back: judge by the furthest stage reached.
    const reached = Math.max(...stages.map((stage) => rank(stage.status)))
    const poweredOn = reached >= rank('setup')
    const tested = reached >= rank('testing')
    const qaDone = status === 'completed'
    const bios = BIOS_VERSIONS[(board?.name ?? '').split(' ')[0]] ?? '1.0'
    const tdp = Number(cpu?.specs.tdpW ?? 120)
    const tgp = Number(gpu?.specs.tgpW ?? 0)
    const windows = (osLine?.name ?? '').startsWith('Windows')
    const temp = (value: number) => value.toFixed(1)

    const build = await Build.create(
      {
        orderId: order.id,
        status,
        assignedToId: this.#builder.id,
        // Work on the bench starts with assembly; awaiting parts is still paperwork.
        startedAt: stages.find((stage) => stage.status === 'assembling')?.at ?? null,
        completedAt: readyAt,
        postPassed: poweredOn ? true : null,
        memoryTestPassed: tested ? true : null,
        storageTestPassed: tested ? true : null,
        stressTestMinutes: qaDone ? 60 : null,
        cpuIdleTempC: tested ? temp(33 + (tdp % 7)) : null,
        cpuLoadTempC: qaDone ? temp(Math.min(88, 58 + tdp / 8)) : null,
        gpuIdleTempC: tested && gpu ? temp(31 + (tgp % 5)) : null,
        gpuLoadTempC: qaDone && gpu ? temp(Math.min(79, 56 + tgp / 25)) : null,
        noiseNotes: qaDone
          ? 'Σχεδόν αθόρυβο στο idle· περίπου 38 dBA σε πλήρες φορτίο στο 1 m.'
          : null,
        cableManagementOk: poweredOn ? true : null,
        biosVersion: poweredOn ? bios : null,
        driversInstalled: tested ? true : null,
        osActivated: tested && windows ? true : null,
        qaNotes:
          qaDone && reworked ? 'Αντικαταστάθηκε το κιτ μνήμης μετά από σφάλματα στο OCCT.' : null,
        qaSignedOffById: qaDone ? this.#owner.id : null,
        qaSignedOffAt: qaDone ? readyAt : null,
        createdAt: startedAt,
      },
      { client }
    )

    // Customer-visible timeline: step n is done once the stage that ends it was reached.
    const timeline: { title: string; description: string | null; endsAt: FulfillmentStatus }[] = [
      {
        title: 'Παραλαβή εξαρτημάτων',
        description: 'Παραγγελία και έλεγχος όλων των εξαρτημάτων.',
        endsAt: 'assembling',
      },
      {
        title: 'Συναρμολόγηση',
        description: 'Τοποθέτηση εξαρτημάτων και καλωδίωση.',
        endsAt: 'setup',
      },
      {
        title: 'Εγκατάσταση & ρυθμίσεις',
        description: `BIOS, ${osLine?.name ?? 'λειτουργικό'}, οδηγοί.`,
        endsAt: 'testing',
      },
      {
        title: 'Έλεγχοι ποιότητας',
        description: 'MemTest86, Cinebench, 3DMark, OCCT.',
        endsAt: 'ready',
      },
      {
        title: pickup ? 'Παραλαβή από το κατάστημα' : 'Αποστολή',
        description: pickup ? null : `Με ${shippingLine?.name ?? 'courier'}.`,
        endsAt: 'completed',
      },
    ]
    await BuildTimelineStep.createMany(
      timeline.map((step, index) => {
        const starts = index === 0 ? 'awaiting_parts' : timeline[index - 1].endsAt
        const stepStatus: TimelineStepStatus =
          rank(current) >= rank(step.endsAt)
            ? 'done'
            : rank(current) >= rank(starts)
              ? 'in_progress'
              : 'pending'
        return {
          buildId: build.id,
          position: index + 1,
          title: step.title,
          description: step.description,
          status: stepStatus,
          customerVisible: true,
          completedAt: stepStatus === 'done' ? lastEntered(step.endsAt) : null,
          createdAt: startedAt,
        }
      }),
      { client }
    )

    await BuildEventLog.createMany(
      this.#eventLog(story, { bios, pickup, osName: osLine?.name ?? null }).map((entry) => ({
        ...entry,
        buildId: build.id,
      })),
      { client }
    )

    const runs = this.#testRuns(story, {
      cpuSku: cpu?.sku ?? null,
      gpuSku: gpu?.sku ?? null,
      tdp,
      tgp,
    })
    await TestRun.createMany(
      runs.map((run) => ({ ...run, buildId: build.id })),
      { client }
    )
  }

  /** The staff log: one entry per stage reached, in the builder's words. */
  #eventLog(story: Story, context: { bios: string; pickup: boolean; osName: string | null }) {
    const { stages, order } = story
    const entries: { authorId: number; message: string; createdAt: DateTime }[] = []
    const log = (at: DateTime, message: string, author = this.#builder) =>
      entries.push({ authorId: author.id, message, createdAt: at.plus({ minutes: 12 }) })

    stages.forEach((stage, index) => {
      const previous = stages[index - 1]?.status
      switch (stage.status) {
        case 'awaiting_parts':
          log(
            stage.at,
            order.internalNotes ??
              'Παραγγέλθηκαν τα εξαρτήματα που λείπουν από την αποθήκη (Info Quest, Πλαίσιο).'
          )
          break
        case 'assembling':
          if (previous === 'testing' || previous === 'setup') {
            log(stage.at, REWORK_REASON)
            log(
              stage.at.plus({ hours: 5 }),
              'Νέο κιτ μνήμης παραλήφθηκε και τοποθετήθηκε· επανέναρξη ελέγχων μετά τη συναρμολόγηση.'
            )
          } else {
            log(stage.at, 'Όλα τα εξαρτήματα παραλήφθηκαν και ελέγχθηκαν. Ξεκινά η συναρμολόγηση.')
          }
          break
        case 'setup':
          log(
            stage.at,
            `Πρώτη εκκίνηση: POST OK. BIOS ${context.bios}, ενεργοποίηση EXPO/XMP, καμπύλες ανεμιστήρων.`
          )
          break
        case 'testing':
          log(
            stage.at,
            `${context.osName ?? 'Λειτουργικό'} και οδηγοί εγκαταστάθηκαν. Ξεκινούν τα stress tests.`
          )
          break
        case 'ready':
          log(
            stage.at,
            context.pickup
              ? 'QA ολοκληρώθηκε και υπογράφηκε. Ειδοποιήσαμε τον πελάτη για παραλαβή.'
              : 'QA ολοκληρώθηκε και υπογράφηκε. Έτοιμο για συσκευασία.',
            this.#owner
          )
          break
        case 'packaging':
          log(stage.at, 'Συσκευασία με αφρώδη ένθετα στο εσωτερικό και διπλό κουτί.')
          break
        case 'shipped':
          log(
            stage.at,
            `Παραδόθηκε στον courier, αριθμός αποστολής ${trackingNumber(order.id)}.`,
            this.#owner
          )
          break
        case 'completed':
          log(
            stage.at,
            context.pickup
              ? 'Ο πελάτης παρέλαβε το σύστημα από το κατάστημα, με επίδειξη.'
              : 'Παραδόθηκε στον πελάτη.',
            this.#owner
          )
          break
      }
    })
    return entries
  }

  /** What the QA bench ran: a failed OCCT before a rework, the full suite once QA is done. */
  #testRuns(
    story: Story,
    parts: { cpuSku: string | null; gpuSku: string | null; tdp: number; tgp: number }
  ) {
    const { stages, order } = story
    const current = order.fulfillmentStatus!
    const rank = (status: FulfillmentStatus) => FULFILLMENT_STATUSES.indexOf(status)
    const runs: {
      tool: string
      scores: Record<string, number | string>
      cpuMaxTempC: string | null
      gpuMaxTempC: string | null
      durationSeconds: number
      passed: boolean
      notes: string | null
      ranAt: DateTime
    }[] = []
    const cpuMax = Math.min(89, 62 + parts.tdp / 8)
    const gpuMax = parts.gpuSku ? Math.min(80, 58 + parts.tgp / 25) : null

    for (const [index, stage] of stages.entries()) {
      if (stage.status !== 'testing') continue
      const failedHere = stages[index + 1]?.status === 'assembling'
      runs.push({
        tool: 'MemTest86 v11',
        scores: { passes: 4, errors: 0 },
        cpuMaxTempC: null,
        gpuMaxTempC: null,
        durationSeconds: 2 * 3600 + 140,
        passed: true,
        notes: null,
        ranAt: stage.at.plus({ minutes: 20 }),
      })
      if (failedHere) {
        runs.push({
          tool: 'OCCT 14 (CPU + RAM)',
          scores: { errors: 3, minutesToFirstError: 22 },
          cpuMaxTempC: cpuMax.toFixed(1),
          gpuMaxTempC: null,
          durationSeconds: 22 * 60,
          passed: false,
          notes: 'Σφάλματα μνήμης σε φορτίο: το κιτ μνήμης αντικαθίσταται.',
          ranAt: stage.at.plus({ hours: 3 }),
        })
      }
    }

    if (rank(current) >= rank('ready')) {
      const testedAt = stages.findLast((stage) => stage.status === 'testing')!.at
      const [multi, single] = (parts.cpuSku && CINEBENCH[parts.cpuSku]) || [1000, 130]
      runs.push({
        tool: 'Cinebench 2024',
        scores: { multiCore: multi, singleCore: single },
        cpuMaxTempC: cpuMax.toFixed(1),
        gpuMaxTempC: null,
        durationSeconds: 10 * 60,
        passed: true,
        notes: null,
        ranAt: testedAt.plus({ hours: 3 }),
      })
      if (parts.gpuSku) {
        runs.push({
          tool: '3DMark Steel Nomad',
          scores: { score: STEEL_NOMAD[parts.gpuSku] ?? 5000, stressTestStability: '99.2%' },
          cpuMaxTempC: null,
          gpuMaxTempC: gpuMax!.toFixed(1),
          durationSeconds: 20 * 60,
          passed: true,
          notes: null,
          ranAt: testedAt.plus({ hours: 3, minutes: 20 }),
        })
      }
      runs.push({
        tool: 'OCCT 14 (CPU + RAM)',
        scores: { errors: 0 },
        cpuMaxTempC: cpuMax.toFixed(1),
        gpuMaxTempC: gpuMax === null ? null : gpuMax.toFixed(1),
        durationSeconds: 60 * 60,
        passed: true,
        notes: 'Σταθερό, χωρίς throttling.',
        ranAt: testedAt.plus({ hours: 4 }),
      })
    }
    return runs
  }
}

function fail(message: string): never {
  throw new Error(message)
}

/** A 16-digit Viva order code (VIVA.md §2), as a string. */
function vivaOrderCode() {
  let code = String(randomInt(1, 10))
  for (let index = 0; index < 15; index++) code += String(randomInt(0, 10))
  return code
}

/** A plausible 10-digit courier tracking number, stable per order. */
function trackingNumber(orderId: number) {
  return String(7_401_000_000 + orderId * 7919)
}
