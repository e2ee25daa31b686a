#!/usr/bin/env node
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startMockServer } from './adapters/server';
import type { LoginStyle, OutOfBandMethod, RegistrationStyle } from './options';
import { setMockRecorder } from './record';
import type { IdentitySchema } from './schema/identity-schema';

const HELP = `Usage: headless-ory-mock [options]   (in this repo: pnpm mock [options])

A local stand-in for Ory Kratos' public self-service API.

  --port <n>                 port to listen on (default 4433, 0 = random)
  --host <host>              interface to bind (default localhost)
  --public-url <url>         base URL clients use (default http://<host>:<port>)
  --ui-url <url>             the app rendering the flows (default http://localhost:5173)
  --origin <origin>          CORS origin allowed with credentials; repeat or comma-separate (default: ui url)
  --schema <file>            identity JSON Schema with the ory.sh/kratos extension
  --flow-lifespan <d>        flow lifespan, e.g. 10m, 30s (default 1h)
  --session-lifespan <d>     session lifespan (default 24h)
  --login-style <s>          unified | identifier_first (default unified)
  --registration-style <s>   unified | profile_first (default unified)
  --password-min-length <n>  minimum password length (default 8)
  --recovery-strategy <s>    code | link (default code)
  --verification-strategy <s>
                             code | link (default code)
  --privileged-session-max-age <d>
                             how long after signing in settings may change the password or
                             an email (default 15m)
  --record <file.jsonl>      append every response as a JSON line (for the OpenAPI contract suite)
  -h, --help                 show this help
`;

async function main(): Promise<void> {
  // `pnpm mock -- --port 1234` passes the separator through; it is not an argument.
  const args = process.argv.slice(2);
  if (args[0] === '--') args.shift();
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'public-url': { type: 'string' },
      'ui-url': { type: 'string' },
      origin: { type: 'string', multiple: true },
      schema: { type: 'string' },
      'flow-lifespan': { type: 'string' },
      'session-lifespan': { type: 'string' },
      'login-style': { type: 'string' },
      'registration-style': { type: 'string' },
      'password-min-length': { type: 'string' },
      'recovery-strategy': { type: 'string' },
      'verification-strategy': { type: 'string' },
      'privileged-session-max-age': { type: 'string' },
      record: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const schemaFile = values.schema ? resolve(values.schema) : undefined;
  if (values.record) recordTo(resolve(values.record));
  const server = await startMockServer({
    port: values.port === undefined ? 4433 : Number(values.port),
    ...(values.host ? { host: values.host } : {}),
    ...(values['public-url'] ? { publicUrl: values['public-url'] } : {}),
    ...(values['ui-url'] ? { uiUrl: values['ui-url'] } : {}),
    ...(values.origin
      ? { allowedOrigins: values.origin.flatMap((o) => o.split(',')).map((o) => o.trim()) }
      : {}),
    ...(schemaFile ? { identitySchema: JSON.parse(readFileSync(schemaFile, 'utf8')) as IdentitySchema } : {}),
    ...(values['flow-lifespan'] ? { flowLifespan: values['flow-lifespan'] } : {}),
    ...(values['session-lifespan'] ? { sessionLifespan: values['session-lifespan'] } : {}),
    ...(values['login-style'] ? { loginStyle: values['login-style'] as LoginStyle } : {}),
    ...(values['registration-style']
      ? { registrationStyle: values['registration-style'] as RegistrationStyle }
      : {}),
    ...(values['password-min-length'] ? { passwordMinLength: Number(values['password-min-length']) } : {}),
    ...(values['recovery-strategy']
      ? { recoveryStrategy: values['recovery-strategy'] as OutOfBandMethod }
      : {}),
    ...(values['verification-strategy']
      ? { verificationStrategy: values['verification-strategy'] as OutOfBandMethod }
      : {}),
    ...(values['privileged-session-max-age']
      ? { privilegedSessionMaxAge: values['privileged-session-max-age'] }
      : {}),
  });
  const o = server.app.options;
  process.stdout.write(
    [
      `Ory Kratos mock listening on ${server.url}`,
      `  ui url:             ${o.uiUrl} (login ${o.ui.login}, registration ${o.ui.registration}, error ${o.ui.error})`,
      `  cors origins:       ${o.allowedOrigins.join(', ')}`,
      `  return_to allowed:  ${o.returnToAllowlist.join(', ')}`,
      `  identity schema:    ${schemaFile ?? 'default (traits.email + traits.name.first/last)'}`,
      `  flow lifespan:      ${o.flowLifespanMs / 1000}s, session lifespan: ${o.sessionLifespanMs / 1000}s`,
      `  login style:        ${o.loginStyle}, registration style: ${o.registrationStyle}`,
      `  recovery:           ${o.recoveryStrategy}, verification: ${o.verificationStrategy}, privileged window: ${o.privilegedSessionMaxAgeMs / 1000}s`,
      `  courier outbox:     ${server.url}/__mock/courier   reset: POST ${server.url}/__mock/reset`,
      '',
    ].join('\n'),
  );
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Appends each exchange synchronously, so a server killed at the end of a run loses nothing. */
function recordTo(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  setMockRecorder((exchange) => appendFileSync(file, `${JSON.stringify(exchange)}\n`));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
