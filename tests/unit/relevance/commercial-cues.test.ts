import { describe, expect, it } from 'vitest';
import { commercialCues } from '@/utils/relevance/commercial-cues';
import { readPostText } from '@/utils/relevance/post-text';
import { DEV_RUST, makePost } from './helpers/make-post';

function cues(fields: Parameters<typeof makePost>[0]): Record<string, unknown>[] {
  return commercialCues(readPostText(makePost(fields), DEV_RUST.source)).map(
    ({ weight, reason }) => ({
      key: reason.key,
      weight,
      ...reason.params,
    }),
  );
}

const inText = (text: string) => cues({ summaryHtml: `<p>${text}</p>` });

describe('commercialCues', () => {
  it.each([
    '+92 300 1234567',
    '+1 (555) 123-4567',
    '(555) 123-4567',
    '555-123-4567',
    '0300-1234567',
  ])('finds the phone number %s', (phone) => {
    expect(inText(`Call ${phone} today.`)[0]).toEqual({ key: 'relevanceAdPhone', weight: 2 });
  });

  it('finds a tel: link', () => {
    expect(cues({ summaryHtml: '<a href="tel:+15551234567">Call</a>' })).toEqual([
      { key: 'relevanceAdPhone', weight: 2 },
    ]);
  });

  it.each([
    'Released on 2024-01-15 with 1.2.3 and 10.0.0.1',
    'It took 3 600 000 ms',
    'Issue #123456789 was closed',
    'Ports 8080-8090',
  ])('takes "%s" for no phone number', (text) => {
    expect(inText(text)).toEqual([]);
  });

  it.each([
    ['contact us', 'relevanceAdContact', 1],
    ['Contact us or book now', 'relevanceAdContact', 2],
    ['Get a free quote today', 'relevanceAdContact', 1],
    ['It costs $49, or €1,200 for a team', 'relevanceAdPrices', 1],
    ['$5, $10, $20 and 500 AED', 'relevanceAdPrices', 2],
    ['Our services cover it all', 'relevanceAdPitch', 1],
    ['We offer packages with years of experience behind them', 'relevanceAdPitch', 2],
    [
      'Our team of experts, trusted by thousands, with same-day delivery and our clinic',
      'relevanceAdPitch',
      3,
    ],
  ])('weighs "%s"', (text, key, weight) => {
    expect(inText(text)).toEqual([expect.objectContaining({ key, weight })]);
  });

  it('counts a link to a business site’s contact page as a call to get in touch', () => {
    const summaryHtml = '<a href="https://example.com/contact/">Talk to us</a>';
    expect(cues({ summaryHtml })).toEqual([
      { key: 'relevanceAdContact', weight: 1, phrases: '/contact' },
    ]);
  });

  it.each([
    ['Parcel Delivery Services', 'Services'],
    ['Hair Transplant Packages: What’s Included?', 'Packages'],
    ['Car Hire in Dubai', 'Hire'],
    ['Personal Injury Lawyer | Example Legal', 'Lawyer, | Example Legal'],
    ['Best Carpet Cleaning in Springfield', 'Best Carpet Cleaning in'],
  ])('reads the title "%s" as an offer', (title, words) => {
    expect(cues({ title })).toEqual([{ key: 'relevanceAdTitle', weight: 2, words }]);
  });

  it.each(['Microservices in Rust', 'The best crates in 2025', 'A web service with axum'])(
    'does not read the title "%s" as an offer',
    (title) => {
      expect(cues({ title })).toEqual([]);
    },
  );

  it('quotes at most three phrases', () => {
    const [pitch] = inText('Our services. We offer it. Hire us. Trusted by many. Why choose us.');
    expect(String(pitch!.phrases).split(', ')).toHaveLength(3);
  });
});
