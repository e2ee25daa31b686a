#!/usr/bin/env node
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startMockServer } from './adapters/server';
import {
  type LoginStyle,
  METHOD_NAMES,
  type MethodName,
  type OidcProvider,
  type OutOfBandMethod,
  type RegistrationStyle,
  type RequiredAal,
} from './options';
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
  --methods <list>           methods to turn on, comma-separated: password, code, oidc, totp,
                             lookup_secret, webauthn, passkey (password is on by default)
  --oidc-provider <id[:label]>
                             an OpenID Connect provider for --methods oidc, served by the mock's
                             fake provider page; repeat or comma-separate (default github:GitHub,
                             google:Google)
  --required-aal <a>         whoami's required AAL: highest_available | aal1 (default highest_available)
  --settings-required-aal <a>
                             settings flows' required AAL (default highest_available)
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
      methods: { type: 'string' },
      'oidc-provider': { type: 'string', multiple: true },
      'required-aal': { type: 'string' },
      'settings-required-aal': { type: 'string' },
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
    ...(values.methods ? { methods: parseMethods(values.methods) } : {}),
    ...(values['oidc-provider'] ? { oidcProviders: parseOidcProviders(values['oidc-provider']) } : {}),
    ...(values['required-aal'] ? { requiredAal: values['required-aal'] as RequiredAal } : {}),
    ...(values['settings-required-aal']
      ? { settingsRequiredAal: values['settings-required-aal'] as RequiredAal }
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
      `  methods:            ${METHOD_NAMES.filter((m) => o.methods[m]).join(', ')} (required aal: whoami ${o.requiredAal}, settings ${o.settingsRequiredAal})`,
      ...(o.methods.oidc
        ? [
            `  oidc providers:     ${o.oidcProviders.map((p) => `${p.id} (${p.label})`).join(', ')}; fake provider at ${server.url}/__mock/oidc/<id>/authorize`,
          ]
        : []),
      `  courier outbox:     ${server.url}/__mock/courier   reset: POST ${server.url}/__mock/reset`,
      `  next answer:        POST ${server.url}/__mock/next-error {"id":"session_aal2_required","path":"/sessions/whoami"} (any Kratos error id, or status + body)`,
      '',
    ].join('\n'),
  );
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** `--methods password,totp,lookup_secret`: the methods to turn on (the others keep their defaults). */
function parseMethods(list: string): Partial<Record<MethodName, boolean>> {
  const named = list
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);
  const unknown = named.filter((m) => !METHOD_NAMES.includes(m as MethodName));
  if (unknown.length > 0)
    throw new TypeError(`--methods: unknown ${unknown.join(', ')} (use ${METHOD_NAMES.join(', ')})`);
  return Object.fromEntries(named.map((m) => [m, true]));
}

/** `--oidc-provider github:GitHub,google` → `[{id: 'github', label: 'GitHub'}, {id: 'google'}]`. */
function parseOidcProviders(values: string[]): OidcProvider[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id = '', ...label] = entry.split(':');
      return label.length > 0 ? { id, label: label.join(':') } : { id };
    });
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
