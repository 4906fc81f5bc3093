import { TestRunSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { BuildRecord } from '#models/mixins/attachable'

/** One benchmark or stress run with its scores and temperatures. */
export default class TestRun extends compose(TestRunSchema, BuildRecord('test_run')) {}
