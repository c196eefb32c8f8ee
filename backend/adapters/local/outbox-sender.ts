import type { MessageSender, SendResult, SubscribeMessage } from '../../ports';

/**
 * Locally nothing leaves the machine: a message counts as delivered, and the outbox document
 * (status, template id, shaped data) is what `GET /dev/outbox` shows. Tests replace `answer` to
 * play WeChat's error codes.
 */
export class LocalSender implements MessageSender {
  readonly delivered: SubscribeMessage[] = [];
  answer: (message: SubscribeMessage) => SendResult = () => ({ errCode: 0, errMsg: 'ok' });

  async send(message: SubscribeMessage): Promise<SendResult> {
    const result = this.answer(message);
    if (result.errCode === 0) this.delivered.push(message);
    return result;
  }
}
