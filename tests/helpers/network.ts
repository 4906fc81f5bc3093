import net from 'node:net'

/** A port of 127.0.0.1 nothing listens on right now (the system picked it, then it was freed). */
export async function freePort() {
  const probe = net.createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const port = (probe.address() as net.AddressInfo).port
  await new Promise<void>((done) => probe.close(() => done()))
  return port
}
