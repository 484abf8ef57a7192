// SPDX-License-Identifier: GPL-3.0-or-later
// A real Bluesky PDS for Almanac's tests: the reference @atproto/pds with a
// PLC directory (@did-plc/server, in-memory) beside it, both on 127.0.0.1
// only. Creates one account and an app password, prints one JSON line
//   {"service": URL, "handle": H, "did": DID, "appPassword": P}
// and serves until stdin closes or it is told to stop (SIGTERM/SIGINT).
'use strict'

const net = require('node:net')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const crypto = require('node:crypto')

// Both servers listen on a port alone (every interface); keep them on loopback.
const listen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] !== 'string'))
    args.splice(1, 0, '127.0.0.1')
  return listen.apply(this, args)
}

const plc = require('@did-plc/server')
const pds = require('@atproto/pds')
const { Secp256k1Keypair } = require('@atproto/crypto')

async function xrpc(base, method, body, token) {
  const response = await fetch(`${base}/xrpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  const answer = await response.json()
  if (!response.ok) throw new Error(`${method}: HTTP ${response.status} ${JSON.stringify(answer)}`)
  return answer
}

async function freePort() {
  const server = net.createServer()
  await new Promise((resolve) => server.listen(0, resolve))
  const { port } = server.address()
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function main() {
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'almanac-pds-'))
  const directory = plc.PlcServer.create({ db: plc.Database.mock(), port: await freePort() })
  await directory.start()
  const plcUrl = `http://127.0.0.1:${directory.server.address().port}`

  const port = await freePort()
  const rotationKey = await Secp256k1Keypair.create({ exportable: true })
  const env = {
    port,
    hostname: 'localhost',
    devMode: true,
    dataDirectory,
    blobstoreDiskLocation: path.join(dataDirectory, 'blobs'),
    didPlcUrl: plcUrl,
    serviceHandleDomains: ['.test'],
    inviteRequired: false,
    jwtSecret: crypto.randomBytes(16).toString('hex'),
    adminPassword: crypto.randomBytes(16).toString('hex'),
    plcRotationKeyK256PrivateKeyHex: Buffer.from(await rotationKey.export()).toString('hex'),
    crawlers: [],
    rateLimitsEnabled: false,
  }
  const server = await pds.PDS.create(pds.envToCfg(env), pds.envToSecrets(env))
  await server.start()
  const service = `http://127.0.0.1:${port}`

  const password = crypto.randomBytes(12).toString('hex')
  const account = await xrpc(service, 'com.atproto.server.createAccount', {
    handle: 'alice.test',
    email: 'alice@example.com',
    password,
  })
  const appPassword = await xrpc(service, 'com.atproto.server.createAppPassword', { name: 'almanac-test' }, account.accessJwt)

  process.stdout.write(JSON.stringify({ service, handle: account.handle, did: account.did, appPassword: appPassword.password }) + '\n')

  const stop = async () => {
    await server.destroy().catch(() => {})
    await directory.destroy().catch(() => {})
    fs.rmSync(dataDirectory, { recursive: true, force: true })
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  process.stdin.on('end', stop)
  process.stdin.resume()
}

main().catch((error) => {
  process.stderr.write(`pds.cjs: ${error.stack || error}\n`)
  process.exit(1)
})
