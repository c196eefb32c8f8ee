import type { MessageSender, SendResult, SubscribeMessage } from '../../ports';
import type { CloudSdk } from './sdk-types';

/** subscribeMessage.send through cloud openapi (declared in the function's config.json permissions). */
export class CloudSender implements MessageSender {
  constructor(
    private readonly sdk: CloudSdk,
    private readonly state: 'developer' | 'trial' | 'formal',
  ) {}

  async send(message: SubscribeMessage): Promise<SendResult> {
    try {
      const res = await this.sdk.openapi.subscribeMessage.send({ ...message, miniprogramState: this.state });
      return { errCode: res.errCode ?? 0, errMsg: res.errMsg ?? '' };
    } catch (e) {
      const err = e as { errCode?: number; errMsg?: string; message?: string };
      return { errCode: typeof err.errCode === 'number' ? err.errCode : -1, errMsg: err.errMsg ?? err.message ?? String(e) };
    }
  }
}
