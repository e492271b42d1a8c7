import { describe, expect, it } from 'vitest';
import { createPolicyDocument } from '../../src/engine/document';
import { assessAuditability } from '../../src/engine/verdict';

const kindOf = (text: string) => assessAuditability(createPolicyDocument({ text })).kind;

describe('auditability verdict', () => {
  it('accepts a privacy notice', () => {
    expect(
      kindOf(
        'Privacy notice. Fenwick Bakery Ltd is the controller of your personal data. We process your information to take orders. You have rights under data protection law.',
      ),
    ).toBe('privacy-notice');
  });

  it('calls an empty or whitespace page empty', () => {
    expect(kindOf('')).toBe('empty');
    expect(kindOf('  \n\t  ')).toBe('empty');
    expect(kindOf('Loading…')).toBe('empty');
  });

  it('calls NUL-laden data binary', () => {
    expect(kindOf('%PDF-1.7\u0000\u0001\u0002 stream')).toBe('binary');
  });

  it('calls a French or Japanese notice not English', () => {
    expect(
      kindOf(
        'Politique de confidentialité. Nous traitons vos données personnelles conformément au règlement général sur la protection des données. Vous disposez d’un droit d’accès, de rectification et d’effacement de vos données. Pour exercer ces droits, contactez notre délégué à la protection des données.',
      ),
    ).toBe('not-english');
    expect(kindOf('個人情報保護方針。当社は、お客様の個人情報を適切に取り扱います。'.repeat(5))).toBe('not-english');
  });

  it('calls a recipe and terms of sale not a policy', () => {
    expect(
      kindOf(
        'Lemon drizzle cake. Cream the butter and sugar, then beat in the eggs one at a time. Fold in the flour and the zest of two lemons. Bake for 45 minutes at 180C. While warm, pour over the lemon syrup and leave to cool in the tin.',
      ),
    ).toBe('not-a-policy');
    const terms =
      'These terms of sale apply to every order you place with us. Prices include VAT. Delivery takes three to five working days. You may cancel within 14 days of delivery and return the goods at your own cost. We are not liable for delays caused by events outside our control. ';
    expect(kindOf(`${terms.repeat(30)} See our privacy policy for how we use personal data.`)).toBe('not-a-policy');
  });
});
