import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { pushAll } from '../../lib/arrays.js';

/**
 * A self-signed certificate for 127.0.0.1, made at runtime. The Azure SDK's bearer-token policy
 * refuses plain-http URLs ("Bearer token authentication is not permitted for non-TLS protected
 * URLs"), so the loopback simulator speaks HTTPS and clients trust this certificate through the
 * pipeline's `tlsOptions.ca`. Generated in memory (P-256, minimal DER) so no key ever sits in the
 * repository and no openssl binary or extra dependency is needed.
 */
export interface LoopbackCertificate {
  readonly cert: string;
  readonly key: string;
}

let cached: LoopbackCertificate | undefined;

export function loopbackCertificate(): LoopbackCertificate {
  cached ??= makeCertificate();
  return cached;
}

/** A fresh certificate; `serial` only for tests (default 16 random bytes). */
export function makeCertificate(serial: Buffer = randomBytes(16)): LoopbackCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ecdsaSha256 = seq(oid('1.2.840.10045.4.3.2'));
  const name = seq(set(seq(oid('2.5.4.3'), tlv(0x0c, Buffer.from('phiscan loopback simulator')))));
  const now = Date.now();
  const subjectAltName = seq(oid('2.5.29.17'), tlv(0x04, seq(tlv(0x87, Buffer.from([127, 0, 0, 1])), tlv(0x82, Buffer.from('localhost')))));
  const tbs = seq(
    tlv(0xa0, derInteger(Buffer.from([2]))),
    derInteger(serial),
    ecdsaSha256,
    name,
    seq(utcTime(new Date(now - 3_600_000)), utcTime(new Date(now + 7 * 86_400_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    tlv(0xa3, seq(subjectAltName)),
  );
  const signature = sign('sha256', tbs, privateKey);
  const der = seq(tbs, ecdsaSha256, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const cert = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`.replace('\n\n', '\n');
  return { cert, key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

function tlv(tag: number, body: Buffer): Buffer {
  const n = body.length;
  let length: Buffer;
  if (n < 0x80) length = Buffer.from([n]);
  else {
    const bytes: number[] = [];
    for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
    length = Buffer.from([0x80 | bytes.length, ...bytes]);
  }
  return Buffer.concat([Buffer.from([tag]), length, body]);
}

const seq = (...parts: Buffer[]): Buffer => tlv(0x30, Buffer.concat(parts));
const set = (...parts: Buffer[]): Buffer => tlv(0x31, Buffer.concat(parts));
/**
 * DER INTEGER of an unsigned big-endian number: minimal (OpenSSL rejects a redundant leading zero
 * byte as "illegal padding", which a random serial starting 0x00 0x00-0x7f used to produce, 1 run in
 * 256) and positive (one 0x00 before a set top bit).
 */
export function derInteger(bytes: Buffer): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const body = bytes.subarray(start);
  return tlv(0x02, (body[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), body]) : body);
}

function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const out = [a * 40 + b];
  for (const v of rest) {
    const chunk: number[] = [v & 0x7f];
    for (let x = Math.floor(v / 128); x > 0; x = Math.floor(x / 128)) chunk.unshift((x & 0x7f) | 0x80);
    pushAll(out, chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

function utcTime(d: Date): Buffer {
  const p = (n: number) => String(n).padStart(2, '0');
  return tlv(0x17, Buffer.from(`${p(d.getUTCFullYear() % 100)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`));
}
