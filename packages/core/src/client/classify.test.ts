import { describe, expect, it } from 'vitest';
import { classifiesRows, type Row } from './__fixtures__/classify-table';
import { continueWith, FLOW_ID, flow, session, successes, TOKEN } from './__fixtures__/kratos-responses';
import { classify } from './classify';

const loginFlow = flow('login');
const validationFlow = flow('login', {
  ui: {
    ...loginFlow.ui,
    messages: [
      {
        id: 4000006,
        text: 'The provided credentials are invalid, check for spelling mistakes.',
        type: 'error',
      },
    ],
  },
});
const identifierFirstStep = flow('login', { state: 'choose_method' });
const codeSent = flow('login', { state: 'sent_email' });
const settingsDone = flow('settings', {
  state: 'success',
  ui: {
    ...flow('settings').ui,
    messages: [{ id: 1050001, text: 'Your changes have been saved!', type: 'success' }],
  },
});
const recoveryPassed = flow('recovery', {
  state: 'passed_challenge',
  continue_with: [continueWith.settings],
});
const nativeRecoveryPassed = flow(
  'recovery',
  { state: 'passed_challenge', continue_with: [continueWith.token, continueWith.settings] },
  'api',
);
const verificationPassed = flow('verification', { state: 'passed_challenge' });

const flowRows: Row[] = [
  {
    name: '200 create → flow',
    status: 200,
    body: loginFlow,
    phase: 'create',
    expected: { kind: 'flow', flow: loginFlow },
  },
  {
    name: '200 get → flow',
    status: 200,
    body: loginFlow,
    phase: 'get',
    expected: { kind: 'flow', flow: loginFlow },
  },
  {
    name: '400 submit with a flow (validation errors) → flow',
    status: 400,
    body: validationFlow,
    expected: { kind: 'flow', status: 400, flow: validationFlow },
  },
  {
    name: '400 submit with identifier_first step 2 → flow',
    status: 400,
    body: identifierFirstStep,
    expected: { kind: 'flow', flow: identifierFirstStep },
  },
  {
    name: '400 submit "code sent" → flow',
    status: 400,
    body: codeSent,
    expected: { kind: 'flow', flow: codeSent },
  },
  {
    name: '400 two-step registration (profile first) → flow',
    status: 400,
    flowType: 'registration',
    body: flow('registration'),
    expected: { kind: 'flow' },
  },
  {
    name: '200 code login for AAL2 → flow',
    status: 200,
    body: codeSent,
    expected: { kind: 'flow', status: 200 },
  },
  {
    name: '200 login flow in passed_challenge (a used login flow) → flow, not success',
    status: 200,
    phase: 'get',
    body: flow('login', { state: 'passed_challenge' }),
    expected: { kind: 'flow' },
  },
  {
    name: '200 recovery "code sent" → flow',
    status: 200,
    flowType: 'recovery',
    body: flow('recovery', { state: 'sent_email' }),
    expected: { kind: 'flow' },
  },
  {
    name: '400 settings with field errors → flow',
    status: 400,
    flowType: 'settings',
    body: flow('settings'),
    expected: { kind: 'flow' },
  },
];

const successRows: Row[] = [
  {
    name: '200 browser login {session, continue_with}',
    status: 200,
    body: successes.browserLogin,
    expected: { kind: 'success', session, sessionToken: undefined, continueWith: [continueWith.redirect] },
  },
  {
    name: '200 native login {session_token}',
    status: 200,
    body: successes.nativeLogin,
    expected: { kind: 'success', session, sessionToken: TOKEN, continueWith: [continueWith.token] },
  },
  {
    name: '200 native login with session_token_exchange_code',
    status: 200,
    body: successes.nativeLoginWithExchangeCode,
    expected: {
      kind: 'success',
      sessionToken: TOKEN,
      sessionTokenExchangeCode: 'exchange-code',
      continueWith: [],
    },
  },
  {
    name: '200 registration {identity, continue_with} without the session hook',
    status: 200,
    flowType: 'registration',
    body: successes.registrationWithoutSession,
    expected: {
      kind: 'success',
      session: undefined,
      identity: successes.registrationWithoutSession.identity,
      continueWith: [continueWith.verification, continueWith.redirect],
    },
  },
  {
    name: '200 registration with session',
    status: 200,
    flowType: 'registration',
    body: successes.registrationWithSession,
    expected: { kind: 'success', session, continueWith: [continueWith.verification] },
  },
  {
    name: '200 native registration: token only in continue_with set_ory_session_token',
    status: 200,
    flowType: 'registration',
    body: { identity: session.identity, continue_with: [continueWith.token, continueWith.verification] },
    expected: {
      kind: 'success',
      sessionToken: TOKEN,
      continueWith: [continueWith.token, continueWith.verification],
    },
  },
  {
    name: '200 settings flow in state success',
    status: 200,
    flowType: 'settings',
    body: settingsDone,
    expected: { kind: 'success', flow: settingsDone, session: undefined, continueWith: [] },
  },
  {
    name: '200 recovery flow passed_challenge with show_settings_ui',
    status: 200,
    flowType: 'recovery',
    body: recoveryPassed,
    expected: { kind: 'success', flow: recoveryPassed, continueWith: [continueWith.settings] },
  },
  {
    name: '200 native recovery passed_challenge with set_ory_session_token',
    status: 200,
    flowType: 'recovery',
    body: nativeRecoveryPassed,
    expected: {
      kind: 'success',
      sessionToken: TOKEN,
      continueWith: [continueWith.token, continueWith.settings],
    },
  },
  {
    name: '200 verification passed_challenge (submit)',
    status: 200,
    flowType: 'verification',
    body: verificationPassed,
    expected: { kind: 'success', flow: verificationPassed },
  },
  {
    name: '200 verification passed_challenge (get, after the email link)',
    status: 200,
    flowType: 'verification',
    phase: 'get',
    body: verificationPassed,
    expected: { kind: 'success', flow: verificationPassed },
  },
];

describe('classify → flow', () => {
  classifiesRows(flowRows);

  it('should keep the flow id of a 400 flow so the form stays on the same flow', () => {
    const outcome = classify(400, validationFlow, { flowType: 'login', phase: 'submit' });
    expect(outcome.kind === 'flow' && outcome.flow.id).toBe(FLOW_ID);
  });
});

describe('classify → success', () => {
  classifiesRows(successRows);

  it('should keep the whole success body for callers that need more', () => {
    const outcome = classify(200, successes.nativeRegistration, {
      flowType: 'registration',
      phase: 'submit',
    });
    expect(outcome).toMatchObject({
      kind: 'success',
      body: successes.nativeRegistration,
      sessionToken: TOKEN,
    });
  });
});
