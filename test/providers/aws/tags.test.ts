import { describe, expect, it } from 'vitest';
import { tagsOf } from '../../../providers/aws/mappers.js';

describe('AWS tag lists as maps', () => {
  it('keeps every key as an own tag, prototype names included, and never touches Object.prototype', () => {
    const tags = tagsOf([{ Key: '__proto__', Value: 'x' }, { Key: 'constructor', Value: 'c' }, { Key: 'phi', Value: 'true' }, { Key: 'empty' }]);
    expect(Object.entries(tags)).toEqual([['__proto__', 'x'], ['constructor', 'c'], ['phi', 'true'], ['empty', '']]);
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
  });
});
