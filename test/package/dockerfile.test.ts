/**
 * The container image, checked without a Docker engine: the runtime stage holds exactly the
 * package as npm installs it from the packed tarball (so everything `npm pack` ships, e.g. the HTML
 * client sources, is there; test/package/install.test.ts renders every format from that install),
 * runs as a non-root user on a Node LTS line that `engines` declares, and the build context keeps
 * every file the build and the package need.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; engines: { node: string }; bin: Record<string, string> };
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

interface Stage { name: string; from: string; lines: string[] }
function stages(text: string): { args: Record<string, string>; stages: Stage[] } {
  const args: Record<string, string> = {};
  const out: Stage[] = [];
  const logical = text.replace(/\\\n\s*/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  for (const line of logical) {
    const from = /^FROM\s+(\S+)\s+AS\s+(\S+)$/i.exec(line);
    if (from) out.push({ name: from[2] ?? '', from: from[1] ?? '', lines: [] });
    else if (out.length === 0 && /^ARG\s+(\w+)=(\S+)$/.test(line)) {
      const [, k, v] = /^ARG\s+(\w+)=(\S+)$/.exec(line) ?? [];
      args[k ?? ''] = v ?? '';
    } else out.at(-1)?.lines.push(line);
  }
  return { args, stages: out };
}

const { args, stages: [build, runtime] } = stages(dockerfile);
const installDir = '/opt/phiscan';

describe('Dockerfile', () => {
  it('builds from source in one stage and runs in a second on a Node LTS line that engines declares', () => {
    expect([build?.name, runtime?.name]).toEqual(['build', 'runtime']);
    const image = (build?.from ?? '').replace(/^\$\{(\w+)\}$/, (_, k: string) => args[k] ?? '');
    expect(runtime?.from).toBe(build?.from);
    const major = /^node:(\d+)-[a-z]+-slim(?:@sha256:[0-9a-f]{64})?$/.exec(image)?.[1];
    expect(['22', '24']).toContain(major);
    expect(pkg.engines.node).toContain(`^${major}.`);
  });

  it('packs the package and installs the tarball with production dependencies only', () => {
    const run = build?.lines.filter((l) => l.startsWith('RUN ')).join(' ') ?? '';
    expect(run).toMatch(/npm run build/);
    expect(run).toMatch(/npm pack .*--pack-destination \/tmp/);
    expect(run).toContain(`npm install --prefix ${installDir} --omit=dev`);
    expect(run).toMatch(/\/tmp\/phiscan-\*\.tgz/);
  });

  it('runtime stage: only the installed package, a non-root user, the package\'s own CLI as entrypoint', () => {
    const copies = runtime?.lines.filter((l) => /^(COPY|ADD)\s/i.test(l)) ?? [];
    expect(copies).toEqual([`COPY --from=build ${installDir} ${installDir}`]);
    expect(runtime?.lines.some((l) => l.startsWith('RUN '))).toBe(false);
    const user = runtime?.lines.find((l) => l.startsWith('USER '))?.slice(5).split(':') ?? [];
    expect(user.length).toBe(2);
    for (const id of user) expect(Number(id)).toBeGreaterThanOrEqual(1000);
    const entry = JSON.parse(runtime?.lines.find((l) => l.startsWith('ENTRYPOINT '))?.slice(11) ?? '[]') as string[];
    expect(entry).toEqual(['node', `${installDir}/node_modules/${pkg.name}/${pkg.bin.phiscan}`]);
  });

  it('.dockerignore keeps every file the package ships and the build reads', () => {
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    const packed = (JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
    expect(packed).toContain('reports/html/client/main.ts');
    const sources = execFileSync('git', ['ls-files', 'src', 'checks', 'providers', 'reports', 'schemas', 'fixtures/worlds/demo', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    const needed = [...new Set([...packed.filter((p) => !p.startsWith('dist/')), ...sources])];
    const hits = needed.filter((p) => ignored.some((g) => matchesGlob(p, g) || matchesGlob(p, `${g}/**`) || p.split('/').some((part) => matchesGlob(part, g))));
    expect(hits).toEqual([]);
    for (const p of ['node_modules/x/index.js', 'dist/src/index.js', '.git/HEAD']) expect(ignored.some((g) => matchesGlob(p, `${g}/**`)), p).toBe(true);
  });
});
