import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The deployment files in docker/ are linted with the Compose CLI: `docker compose config` (v2)
 * or, where only Debian's Compose v1 is installed, `docker-compose config`. No Docker engine is
 * needed for that, and none runs here. Skipped, saying why, only when neither binary exists (`npm test`
 * on a machine with only Node); CI installs Debian's docker-compose and sets REQUIRE_COMPOSE_LINT=1.
 */
const dockerDir = resolve(__dirname, '../../../docker');
const composeFile = join(dockerDir, 'docker-compose.yml');
const envExample = join(dockerDir, '.env.example');

function composeCli(): string[] | null {
  const v2 = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
  if (v2.status === 0) return ['docker', 'compose'];
  const v1 = spawnSync('docker-compose', ['version'], { encoding: 'utf8' });
  if (v1.status === 0) return ['docker-compose'];
  return null;
}

const cli = composeCli();
const config = (file: string, env = envExample) => spawnSync(cli![0], [...cli!.slice(1), '-f', file, '--env-file', env, 'config'], { encoding: 'utf8', cwd: dockerDir });

if (!cli && process.env.REQUIRE_COMPOSE_LINT) throw new Error('REQUIRE_COMPOSE_LINT is set but neither `docker compose` nor `docker-compose` is installed');
if (!cli) console.warn('deploy-files.spec: neither `docker compose` (v2) nor `docker-compose` (v1) is installed; compose lint skipped');
const withCompose = cli ? it : it.skip;

describe('docker/ deployment files', () => {
  withCompose(`docker-compose.yml validates with ${cli?.join(' ') ?? 'compose'} config (and .env.example)`, () => {
    const r = config(composeFile);
    expect(r.stderr).not.toMatch(/ERROR|invalid/i);
    expect(r.status).toBe(0);
    const out = r.stdout;
    for (const service of ['db:', 'meili:', 'backend:', 'web:']) expect(out).toMatch(new RegExp(`^  ${service}$`, 'm'));
    expect(out).toContain('image: mysql:8.4');
    expect(out).toMatch(/replicas: 2/);
    expect(out).toContain('/api/health/ready');
    // Every service has a healthcheck; the backend is reached only through nginx.
    expect(out.match(/^    healthcheck:$/gm)).toHaveLength(4);
    expect(out).toContain('DATABASE_URL: mysql://bangfu:@db:3306/bangfu');
    expect(out).toContain('MEILI_HOST: http://meili:7700');
  });

  withCompose('the lint fails on an invalid file (so the check above can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bangfu-compose-'));
    try {
      const broken = join(dir, 'docker-compose.yml');
      writeFileSync(broken, readFileSync(composeFile, 'utf8').replace('    restart: unless-stopped\n', '    restart: unless-stopped\n    depends_on: 42\n'));
      expect(config(broken).status).not.toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('nginx proxies /api to the replicas, keeps /api/metrics internal, and falls back to both SPAs', () => {
    const conf = readFileSync(join(dockerDir, 'nginx.conf'), 'utf8');
    expect(conf).toMatch(/location \/api\/ \{\s+proxy_pass http:\/\/bangfu_backend;/);
    expect(conf).toMatch(/server \$\{BACKEND_UPSTREAM\} resolve/);
    expect(conf).toMatch(/location = \/api\/metrics \{\s+return 404;/);
    expect(conf).toContain('try_files $uri $uri/ /admin/index.html;');
    expect(conf).toContain('try_files $uri /index.html;');
    const web = readFileSync(join(dockerDir, 'web.Dockerfile'), 'utf8');
    expect(web).toContain('COPY docker/nginx.conf /etc/nginx/templates/default.conf.template');
  });
});
