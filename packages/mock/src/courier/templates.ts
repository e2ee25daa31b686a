import type { OutgoingMessage } from './courier';

// Plain-text versions of Kratos' built-in courier templates (courier/template/courier/builtin/templates), with the
// secret also given as a field so tests and demos need not parse the body.

type Message = Omit<OutgoingMessage, 'to'>;

export const courierTemplates = {
  recoveryCode: (code: string, expiresInMinutes: number): Message => ({
    template_type: 'recovery_code_valid',
    subject: `Use code ${code} to recover access to your account`,
    body: `Please recover access to your account by entering the following code:\n\n${code}\n\nThis code expires in ${expiresInMinutes} minutes.\n`,
    code,
  }),
  recoveryLink: (link: string): Message => ({
    template_type: 'recovery_valid',
    subject: 'Recover access to your account',
    body: `Hi,\n\nplease recover access to your account by clicking the following link:\n\n${link}\n`,
    link,
  }),
  verificationCode: (code: string, link: string): Message => ({
    template_type: 'verification_code_valid',
    subject: `Use code ${code} to verify your account`,
    body: `Hi,\n\nplease verify your account by entering the following code:\n\n${code}\n\nor clicking the following link:\n\n${link}\n`,
    code,
    link,
  }),
  verificationLink: (link: string): Message => ({
    template_type: 'verification_valid',
    subject: 'Please verify your email address',
    body: `Hi,\n\nplease verify your account by clicking the following link:\n\n${link}\n`,
    link,
  }),
  loginCode: (code: string, expiresInMinutes: number): Message => ({
    template_type: 'login_code_valid',
    subject: `Use code ${code} to sign in`,
    body: `Please sign in to your account by entering the following code:\n\n${code}\n\nThis code expires in ${expiresInMinutes} minutes.\n`,
    code,
  }),
  registrationCode: (code: string, expiresInMinutes: number): Message => ({
    template_type: 'registration_code_valid',
    subject: `Use code ${code} to complete your account registration`,
    body: `Complete your account registration with the following code:\n\n${code}\n\nThis code expires in ${expiresInMinutes} minutes.\n`,
    code,
  }),
};
