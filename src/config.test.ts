import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const { paths, ...rest } = loadConfig({});
    assert.deepEqual(rest, {
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: 'sqlite:data/careerpath.db',
      redisUrl: null,
      smtpUrl: null,
      logLevel: 'info',
      rateLimitPerMinute: 600,
      publicUrl: 'http://localhost:3000',
      trustProxy: [],
      metricsToken: null,
      shutdownGraceMs: 10000,
    });
    assert.match(paths.contentDir, /content[/\\]careers$/);
    assert.match(paths.onetDir, /shared[/\\]data[/\\]onet[/\\]db_29_3$/);
  });

  it('resolves folders given relative to the working directory and keeps PUBLIC_URL to its origin', () => {
    const config = loadConfig({ CONTENT_DIR: 'drafts', PUBLIC_URL: 'https://careerpath.example/' });
    assert.equal(config.paths.contentDir, resolve('drafts'));
    assert.equal(config.publicUrl, 'https://careerpath.example');
  });

  const bad: Array<[NodeJS.ProcessEnv, string]> = [
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ RATE_LIMIT_PER_MINUTE: '-5' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ PUBLIC_URL: 'careerpath.example' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'https://careerpath.example/app' }, 'PUBLIC_URL'],
    [{ SMTP_URL: 'mail.example.com' }, 'SMTP_URL'],
    [{ TRUST_PROXY: 'everyone' }, 'TRUST_PROXY'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [{ SHUTDOWN_GRACE_MS: 'soon' }, 'SHUTDOWN_GRACE_MS'],
  ];
  for (const [env, name] of bad) {
    it(`names ${name} when it is ${Object.values(env)[0]}`, () => {
      assert.throws(
        () => loadConfig(env),
        (e: unknown) => e instanceof ConfigError && e.message.startsWith(name),
      );
    });
  }
});

describe('server start with a bad environment', () => {
  const server = fileURLToPath(new URL('./app/server.ts', import.meta.url));
  const start = (env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, ['--import', 'tsx', server], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 30_000 });

  for (const [env, name] of [
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, 'DATABASE_URL'],
  ] as const) {
    it(`stops with one line naming ${name} for ${Object.values(env)[0]}`, () => {
      const run = start(env);
      assert.equal(run.status, 1);
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0]!, new RegExp(`^careerpath: ${name}`));
    });
  }
});
