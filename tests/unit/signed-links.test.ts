/** The emulator's signed links to private files: a signature binds the path, the expiry and the secret. */
import { LinkSigner } from '../../backend/adapters/local/signed-links';

const PATH = 'private/invoices/h-zzcentral/0123456789abcdef0123456789abcdef.pdf';
const NOW = 1_790_000_000_000;

describe('LinkSigner', () => {
  const signer = new LinkSigner('secret-one');
  const exp = NOW + 600_000;
  const sig = signer.sign(PATH, exp);

  it('accepts its own signature of the path until the expiry', () => {
    expect(sig).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(signer.verify(PATH, String(exp), sig, NOW)).toBe(true);
    expect(signer.verify(PATH, String(exp), sig, exp - 1)).toBe(true);
    expect(signer.verify(PATH, String(exp), sig, exp)).toBe(false);
  });

  it('refuses another path, another expiry, another secret and malformed values', () => {
    expect(signer.verify(PATH.replace('0123', '3210'), String(exp), sig, NOW)).toBe(false);
    expect(signer.verify(PATH, String(exp + 1), sig, NOW)).toBe(false);
    expect(new LinkSigner('secret-two').verify(PATH, String(exp), sig, NOW)).toBe(false);
    for (const [e, s] of [
      [null, sig],
      [String(exp), null],
      ['1e20', sig],
      [`${exp}.0`, sig],
      [String(exp), sig.slice(1)],
      [String(exp), `${sig}=`],
    ] as const) {
      expect(signer.verify(PATH, e, s, NOW)).toBe(false);
    }
    expect(() => new LinkSigner('')).toThrow();
  });
});
