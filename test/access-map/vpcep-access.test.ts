import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { accessMapOf } from '../../lib/access-map/map-inputs';
import { AccessMap } from '../../lib/access-map/model';
import { edgeLines } from '../support/access-map';

/** The map of a Terraform JSON configuration of one resource `r` of `type`. */
async function mapOf(type: string, args: Record<string, unknown>): Promise<AccessMap> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vpcep-access-')), 'main.tf.json');
  fs.writeFileSync(file, JSON.stringify({ resource: { [type]: { r: args } } }));
  return (await accessMapOf([file])).map;
}

describe('the access map of VPC endpoints', () => {
  test.each(['0::/0', '::0/0', '10.0.0.0/0'])('a whitelist entry %s, every address however written, is risky', async cidr => {
    // GIVEN a whitelist CIDR whose prefix length is 0
    // WHEN it is mapped
    const map = await mapOf('huaweicloud_vpcep_endpoint', { service_id: 's', vpc_id: 'v', enable_whitelist: true, whitelist: [cidr] });
    // THEN it is marked as every address
    expect(map.edges.map(e => e.risks)).toEqual([[`the whitelist lets every address reach the endpoint (${cidr})`]]);
  });
});
