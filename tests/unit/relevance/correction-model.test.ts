import { describe, expect, it } from 'vitest';
import {
  EMPTY_CORRECTION_MODEL,
  learn,
  learnTokens,
  MAX_TOKENS,
  score,
  type CorrectionModel,
} from '@/utils/relevance/correction-model';
import {
  coerceCorrectionModel,
  serializeCorrectionModel,
} from '@/utils/relevance/correction-model-json';
import { correctionTokens, MAX_TOKENS_PER_POST } from '@/utils/relevance/correction-tokens';
import { readPostText } from '@/utils/relevance/post-text';
import { DEV_RUST, makePost } from './helpers/make-post';

const CRYPTO = makePost({
  title: 'Why token airdrops beat staking rewards',
  tags: ['rust', 'crypto', 'web3'],
  summaryHtml: '<p>Airdrops, staking rewards and token launches explained for investors.</p>',
});
const GAME = makePost({
  title: 'Pathfinding for my roguelike',
  tags: ['rust', 'gamedev'],
  summaryHtml: '<p>Pathfinding on a grid for the roguelike, with sprites and tiles.</p>',
});

/** A deterministic stream of made-up words, for filling the model. */
function* words(seed: number): Generator<string> {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    yield `w${state.toString(36)}${'x'.repeat(state % 12)}`;
  }
}

function learnMany(count: number): CorrectionModel {
  const stream = words(42);
  let model = EMPTY_CORRECTION_MODEL;
  for (let i = 0; i < count; i++) {
    const tokens = Array.from({ length: MAX_TOKENS_PER_POST }, () => stream.next().value!);
    model = learnTokens(model, tokens, i % 3 === 0 ? 'rust' : 'not-rust');
  }
  return model;
}

describe('correction model', () => {
  it('leans toward the label of posts like the ones it learned', () => {
    const model = learn(learn(EMPTY_CORRECTION_MODEL, CRYPTO, 'not-rust'), GAME, 'rust');
    const likeCrypto = makePost({ title: 'Staking rewards and airdrops this week' });
    const likeGame = makePost({ title: 'Sprites and tiles for a roguelike' });
    expect(score(model, likeCrypto)).toBeGreaterThan(0);
    expect(score(model, likeGame)).toBeLessThan(0);
    expect(score(model, makePost({ title: 'Unrelated words entirely' }))).toBe(0);
  });

  it('learns neither Rust’s own words nor the feed’s tag', () => {
    const tokens = correctionTokens(
      readPostText(
        makePost({ title: 'Rust and tokio for staking', tags: ['rust', 'rustlang', 'web3'] }),
        DEV_RUST.source,
      ),
    );
    expect(tokens).toEqual(['staking', '#web3']);
  });

  it('never changes the model it was given', () => {
    const model = learn(EMPTY_CORRECTION_MODEL, CRYPTO, 'not-rust');
    const before = serializeCorrectionModel(model);
    learn(model, GAME, 'rust');
    expect(serializeCorrectionModel(model)).toEqual(before);
    expect(EMPTY_CORRECTION_MODEL.tokens.size).toBe(0);
  });

  it('is deterministic', () => {
    expect(serializeCorrectionModel(learnMany(50))).toEqual(
      serializeCorrectionModel(learnMany(50)),
    );
  });

  it('stays bounded after thousands of corrections: at most MAX_TOKENS words, under 100 kB', () => {
    const model = learnMany(3000);
    const json = JSON.stringify(serializeCorrectionModel(model));
    expect(model.tokens.size).toBeLessThanOrEqual(MAX_TOKENS);
    expect(new TextEncoder().encode(json).length).toBeLessThan(100_000);
    expect(model.docs.rust + model.docs['not-rust']).toBeLessThanOrEqual(1000);
  });

  it('keeps recent corrections when old ones are pruned', () => {
    const model = learn(learnMany(2000), CRYPTO, 'not-rust');
    expect(score(model, CRYPTO)).toBeGreaterThan(0);
  });

  it('reads back what it wrote', () => {
    const model = learnMany(20);
    const json = JSON.parse(JSON.stringify(serializeCorrectionModel(model))) as unknown;
    expect(serializeCorrectionModel(coerceCorrectionModel(json))).toEqual(
      serializeCorrectionModel(model),
    );
  });

  it('keeps a word spelled __proto__ as data', () => {
    const model = learnTokens(EMPTY_CORRECTION_MODEL, ['__proto__', 'constructor'], 'not-rust');
    const json = JSON.parse(JSON.stringify(serializeCorrectionModel(model))) as unknown;
    expect([...coerceCorrectionModel(json).tokens.keys()]).toEqual(['__proto__', 'constructor']);
  });

  const valid = serializeCorrectionModel(learn(EMPTY_CORRECTION_MODEL, CRYPTO, 'not-rust'));
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('hostile');
      },
    },
  );
  it.each([
    ['nothing', undefined],
    ['a string', 'model'],
    ['an array', [1, 2, 3]],
    ['another version', { ...valid, version: 2 }],
    ['negative counts', { ...valid, docs: [-1, 1] }],
    ['fractional counts', { ...valid, clock: 1.5 }],
    ['a word counted more often than posts were learned', { ...valid, tokens: { a: [0, 5, 1] } }],
    ['a word never counted', { ...valid, tokens: { a: [0, 0, 1] } }],
    ['a bad word entry', { ...valid, tokens: { a: 'x' } }],
    ['a word too long', { ...valid, tokens: { ['a'.repeat(300)]: [0, 1, 1] } }],
    [
      'too many words',
      {
        ...valid,
        tokens: Object.fromEntries(
          Array.from({ length: MAX_TOKENS + 1 }, (_, i) => [`w${i}`, [0, 1, 1]]),
        ),
      },
    ],
    ['an object whose properties throw', hostile],
  ])('reads %s as the empty model, without throwing', (_, value) => {
    expect(coerceCorrectionModel(value)).toBe(EMPTY_CORRECTION_MODEL);
  });
});
