import { uuid } from '../crypto';
import { type Exchange, jsonResponse } from '../http';
import type { CourierMessage, CourierTemplateType } from '../types';

/** What a strategy hands the courier; the courier adds the id and the time. */
export interface OutgoingMessage {
  to: string;
  template_type: CourierTemplateType;
  subject: string;
  body: string;
  code?: string;
  link?: string;
}

/** courier.QueueEmail: the mock "sends" by recording the message in the outbox (newest last). */
export function sendMessage(ex: Exchange, message: OutgoingMessage): CourierMessage {
  const sent: CourierMessage = {
    id: uuid(),
    to: message.to,
    subject: message.subject,
    body: message.body,
    ...(message.code !== undefined ? { code: message.code } : {}),
    ...(message.link !== undefined ? { link: message.link } : {}),
    sent_at: new Date(ex.now()).toISOString(),
    template_type: message.template_type,
  };
  ex.store.courier.push(sent);
  return sent;
}

/** `GET /__mock/courier[?to=]`: the outbox, oldest first, optionally only one recipient's messages. */
export function courierOutbox(ex: Exchange): Response {
  const to = ex.query('to')?.trim().toLowerCase();
  const messages = to ? ex.store.courier.filter((m) => m.to.toLowerCase() === to) : ex.store.courier;
  return jsonResponse(messages);
}
