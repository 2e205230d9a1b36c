import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * How IaC files are named in findings: relative to the working directory (the repository root
 * in CI, so SARIF annotations land on the pull request's files), with forward slashes.
 */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, resolve(cwd, path));
  const shown = rel === '' ? '.' : isAbsolute(rel) ? resolve(path) : rel;
  return shown.split(sep).join('/');
}
