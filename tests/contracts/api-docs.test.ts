import { readFileSync } from 'node:fs';
import { apiDocPath, renderApiDocs } from '../../scripts/gen-api-docs';

describe('docs/api.md', () => {
  it('matches the contracts (run `npm run docs:api` after changing types/)', () => {
    expect(readFileSync(apiDocPath, 'utf8')).toBe(renderApiDocs());
  });
});
