/**
 * The CDKTF example app (cdktf.json points here): per cloud, a consumer stack and a provider-and-consumer stack. `npm run synth` writes cdktf.out/,
 * with each stack's access map beside its cdk.tf.json.
 */
import { App } from 'cdktf';
import { alicloudExample, alicloudServiceExample } from './alicloud';
import { huaweicloudExample, huaweicloudServiceExample } from './huaweicloud';
import { opentelekomcloudExample, opentelekomcloudServiceExample } from './opentelekomcloud';
import { AccessMapOutput } from '../../lib/terraform';

const app = new App();
huaweicloudExample(app);
opentelekomcloudExample(app);
alicloudExample(app);
huaweicloudServiceExample(app);
opentelekomcloudServiceExample(app);
alicloudServiceExample(app);
AccessMapOutput.addTo(app);
app.synth();
