/**
 * A requested cloud provider resolved no identity at all: no credentials anywhere in its default
 * chain, or the ones found were refused. Scanning would read nothing and could only produce a
 * report of gaps, so the run stops before scanning (exit 2, src/cli/exit-codes.ts) with one line
 * naming the provider, the credential chain tried, the error and the fix.
 */
export class NoIdentityError extends Error {
  override readonly name = 'NoIdentityError';
  constructor(provider: string, chain: string, error: string, fix: string) {
    super(`${provider}: no identity could be resolved (tried ${chain}): ${error.trim().replace(/\.$/, '')}; ${fix}`);
  }
}
