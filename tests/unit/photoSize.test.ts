// The photo downscale maths: photos are made at most 1600 px on the longest side, keeping their shape.
import { describe, expect, it } from 'vitest';
import { fitWithin, maxPhotoSide } from '../../src/services/media/photo';

describe('fitWithin (photo downscale)', () => {
  it('shrinks a landscape or portrait photo so its longest side is the limit, keeping the shape', () => {
    expect(maxPhotoSide).toBe(1600);
    expect(fitWithin(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(4032, 4032, 1600)).toEqual({ width: 1600, height: 1600 });
  });

  it('rounds to whole pixels and never makes a side 0', () => {
    expect(fitWithin(4000, 2999, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(10000, 3, 1600)).toEqual({ width: 1600, height: 1 });
  });

  it('never makes a small photo larger', () => {
    expect(fitWithin(800, 600, 1600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(1600, 900, 1600)).toEqual({ width: 1600, height: 900 });
  });
});
