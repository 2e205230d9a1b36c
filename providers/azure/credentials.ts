import type { AccessToken, TokenCredential } from '@azure/core-auth';

/**
 * A fixed bearer token for the loopback simulator (tests, demo, benchmark, `--azure-endpoint`).
 * Real scans use DefaultAzureCredential; a real token is never sent to an overridden endpoint.
 */
export function staticTokenCredential(token = 'phiscan-loopback-token'): TokenCredential {
  return {
    getToken: (): Promise<AccessToken> => Promise.resolve({ token, expiresOnTimestamp: Date.now() + 3_600_000, tokenType: 'Bearer' }),
  };
}
