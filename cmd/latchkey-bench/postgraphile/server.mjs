// PostGraphile v5 over the benchmark database: the amber preset, the
// connection-filter plugin, no authentication and no row-level security.
// DATABASE_URL names the database and PORT the loopback port to listen on.
// Its pool keeps idle connections for five minutes, as Latchkey's does
// (node-postgres closes them after ten seconds unless told otherwise).
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";

const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [
    makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["public"], poolConfig: { max: 32, idleTimeoutMillis: 300_000 } }),
  ],
  grafserv: { graphqlPath: "/graphql", graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.keepAliveTimeout = 65_000;
serv.addTo(server).then(() => {
  server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => pgl.release().then(() => process.exit(0))));
}
