// The load generator of `npm run bench:api`, run as a second process: autocannon at a fixed overall
// rate against a list of paths (taken in turn), printing one JSON line with the latency percentiles.
// argv[2]: JSON {url, paths, rate, seconds, connections, headers}.
import autocannon from 'autocannon';

const { url, paths, rate, seconds, connections, headers } = JSON.parse(process.argv[2] ?? '{}');
let i = 0;
const result = await autocannon({
  url,
  connections: connections ?? 10,
  overallRate: rate,
  duration: seconds,
  headers: headers ?? {},
  requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
});
process.stdout.write(
  JSON.stringify({
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    rps: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  }) + '\n',
);
