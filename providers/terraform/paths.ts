import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * How IaC files are named in findings: relative to the working directory (the repository root
 * in CI, so SARIF annotations land on the pull request's files), with forward slashes; absolute
 * when outside it.
 */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, resolve(cwd, path));
  // Outside the working directory, a path climbing out with ../ helps nobody: show it absolute.
  const shown = rel === '' ? '.' : isAbsolute(rel) || rel.startsWith('..') ? resolve(cwd, path) : rel;
  return shown.split(sep).join('/');
}

/** `path` is `dir` or below it (both absolute, symlinks already resolved where that matters). */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
