// Starts the DoH fixture server from the command line:
//   tsx tests/support/doh-server-cli.ts --port 8053 --zone a.zone.json --zone b.zone.json [--latency 40] [--host 127.0.0.1]
// Zones are merged (later files win per name and type). Prints the DoH URL on stdout, then
// serves until killed. POST /__control {zones|faults|latency} changes the state at run time.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Zone } from '../../src/lib/dns/zone.ts';
import { mergeZones, startDohServer } from './doh-server.ts';

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: doh-server-cli --port N --zone FILE [--zone FILE ...] [--latency MS] [--host ADDR]\n`);
  process.exit(2);
}

function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        host: { type: 'string', default: '127.0.0.1' },
        zone: { type: 'string', multiple: true, default: [] },
        latency: { type: 'string', default: '0' },
      },
    }));
  } catch (e) {
    usage((e as Error).message);
  }
  const port = Number(values.port);
  const latencyMs = Number(values.latency);
  if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`bad --port ${values.port}`);
  if (!Number.isFinite(latencyMs) || latencyMs < 0) usage(`bad --latency ${values.latency}`);
  const zones = values.zone.map((file): Zone => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Zone;
    } catch (e) {
      return usage(`cannot read zone ${file}: ${(e as Error).message}`);
    }
  });
  return startDohServer({ zones: mergeZones(...zones), port, host: values.host, latencyMs }).then((server) => {
    process.stdout.write(`${server.url}\n`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`doh-server-cli: ${(e as Error).message}\n`);
  process.exit(1);
});
