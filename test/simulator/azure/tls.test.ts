import { X509Certificate } from 'node:crypto';
import { createServer } from 'node:https';
import { describe, expect, it } from 'vitest';
import { derInteger, makeCertificate } from '../../../src/simulator/azure/tls.js';

describe('loopback certificate', () => {
  it('encodes integers minimally and positive, as DER requires', () => {
    expect(derInteger(Buffer.from([0x00, 0x10, 0xff]))).toEqual(Buffer.from([0x02, 0x02, 0x10, 0xff]));
    expect(derInteger(Buffer.from([0x00, 0x00, 0x80]))).toEqual(Buffer.from([0x02, 0x02, 0x00, 0x80]));
    expect(derInteger(Buffer.from([0x80, 0x01]))).toEqual(Buffer.from([0x02, 0x03, 0x00, 0x80, 0x01]));
    expect(derInteger(Buffer.from([0x00]))).toEqual(Buffer.from([0x02, 0x01, 0x00]));
  });

  it('parses and serves whatever the random serial starts with (a 0x00 0x10 serial once made OpenSSL refuse it)', () => {
    for (const serial of [Buffer.alloc(16, 0x10), Buffer.from([0x00, 0x10, ...Buffer.alloc(14, 1)]), Buffer.from([0x00, 0x00, 0x90, ...Buffer.alloc(13, 2)]), Buffer.alloc(16, 0xff)]) {
      const { cert, key } = makeCertificate(serial);
      const x509 = new X509Certificate(cert);
      expect(x509.subjectAltName).toContain('IP Address:127.0.0.1');
      expect(() => createServer({ cert, key }).close()).not.toThrow();
    }
  });
});
