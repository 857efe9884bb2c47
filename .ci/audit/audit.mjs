// Runs every GraphQL-over-HTTP audit of graphql-http (MUST, SHOULD and MAY)
// against the GraphQL endpoint given as the first argument, with the API key
// of LATCHKEY_AUDIT_KEY (Latchkey answers 401 to a request without one),
// prints the ones that do not pass, and fails unless all pass.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
const key = process.env.LATCHKEY_AUDIT_KEY;
if (!key) {
  console.error('set LATCHKEY_AUDIT_KEY to a secret key of the server');
  process.exit(2);
}
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${key}`);
  return fetch(input, { ...init, headers });
};
let passed = 0;
let failed = 0;
for (const audit of serverAudits({ url, fetchFn })) {
  const result = await audit.fn();
  if (result.status === 'ok') {
    passed++;
  } else {
    failed++;
    console.log(`${result.status.toUpperCase()} ${audit.name}: ${result.reason}`);
  }
}
console.log(`graphql-http audit: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
