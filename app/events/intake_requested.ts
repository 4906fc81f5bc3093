import { BaseEvent } from '@adonisjs/core/events'
import type IntakeRequest from '#models/intake_request'

/** A visitor sent a request through /contact (stored). Mail listeners subscribe to it. */
export default class IntakeRequested extends BaseEvent {
  constructor(public request: IntakeRequest) {
    super()
  }
}
