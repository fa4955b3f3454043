import { changedSince, recordFields } from '../../lib/core/later-changes';

describe('changedSince', () => {
  const list = ['10.0.0.0/8'];
  test.each<[string, (resource: Record<string, unknown>, overrides: Record<string, unknown>) => void, boolean]>([
    ['nothing', () => undefined, false],
    ['a field read, not written', resource => void resource._whitelist, false],
    ['a field unrecorded', resource => { resource._other = 1; }, false],
    ['a recorded field given another value', resource => { resource._whitelist = ['10.0.0.1/8']; }, true],
    ['a recorded field given an equal but new list', resource => { resource._whitelist = [...list]; }, true],
    ['an override added', (_resource, overrides) => { overrides.description = 'x'; }, true],
  ])('%s → %s', (_case, change, expected) => {
    // GIVEN a resource's fields and overrides as recorded
    const resource: Record<string, unknown> = { _whitelist: list, _description: undefined };
    const overrides: Record<string, unknown> = {};
    const record = recordFields(resource, ['_whitelist', '_description'], overrides);
    // WHEN changed THEN
    change(resource, overrides);
    expect(changedSince(resource, record, overrides)).toBe(expected);
  });
});
