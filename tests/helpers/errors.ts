/** The error `work` throws or rejects with; fails the test when there is none. */
export async function errorOf(work: () => unknown): Promise<any> {
  try {
    await work()
  } catch (error) {
    return error
  }
  throw new Error('expected an error, none was thrown')
}
