// Runs every GraphQL-over-HTTP audit of graphql-http (MUST, SHOULD and MAY)
// against the GraphQL endpoint given as the first argument, prints the
// ones that do not pass, and fails unless all pass.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
let passed = 0;
let failed = 0;
for (const audit of serverAudits({ url })) {
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
