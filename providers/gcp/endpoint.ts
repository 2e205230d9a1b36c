import * as grpc from '@grpc/grpc-js';
import type { GcpCollectorOptions } from './collector.js';

type ClientOptions = NonNullable<GcpCollectorOptions['clientOptions']>;

/** A bearer token that only ever goes to a loopback stand-in, never a real credential. */
const PLACEHOLDER_TOKEN = 'phiscan-loopback';

/**
 * Client options that send every Cloud Asset Inventory call to a stand-in server instead of
 * Google: testing only (loopback simulators). `grpc://HOST:PORT` speaks gRPC in plaintext;
 * `http://HOST:PORT` or `https://HOST:PORT` speak the client's REST transport ("fallback":
 * HTTP/1.1 JSON). Either way no Application Default Credentials are looked up and no real
 * token is sent.
 */
export function gcpEndpointClientOptions(url: URL): ClientOptions {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  // An explicit universe domain keeps google-auth-library from probing for credentials.
  const common = { apiEndpoint: host, port, universeDomain: 'googleapis.com' };
  if (url.protocol === 'grpc:') return { ...common, sslCreds: grpc.credentials.createInsecure() };
  // The REST transport asks its auth client for headers and to fetch; this one adds the placeholder token.
  const authClient = {
    universeDomain: 'googleapis.com',
    getRequestHeaders: () => Promise.resolve(new Headers({ authorization: `Bearer ${PLACEHOLDER_TOKEN}` })),
    fetch: (input: string, init: Pick<RequestInit, 'method' | 'headers' | 'body' | 'signal'>) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${PLACEHOLDER_TOKEN}`);
      return fetch(input, { method: init.method ?? 'GET', headers, ...(init.body ? { body: init.body } : {}), ...(init.signal ? { signal: init.signal } : {}) });
    },
  };
  return { ...common, fallback: true, protocol: url.protocol === 'https:' ? 'https' : 'http', authClient: authClient as unknown as NonNullable<ClientOptions['authClient']> };
}
